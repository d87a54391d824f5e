/** A count as the IAM console writes it: 6144 → "6,144". */
export function formatCount(count: number): string {
  // Not toLocaleString or Intl.NumberFormat: the first use loads the
  // browser's locale data, which took 30 ms of the page's start-up (120 ms
  // with the CPU of a slow phone).
  return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}

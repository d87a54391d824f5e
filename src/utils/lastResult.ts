/**
 * A generator that remembers its last arguments and result, so that every
 * output on a page reads one generation per change of the form, however many
 * components ask for it.
 */
export function rememberLast<A extends object, B extends object, R>(
  generate: (a: A, b: B) => R,
): (a: A, b: B) => R {
  let last: {readonly a: A; readonly b: B; readonly result: R} | undefined;
  return (a, b) => {
    if (last?.a !== a || last.b !== b) {
      last = {a, b, result: generate(a, b)};
    }
    return last.result;
  };
}

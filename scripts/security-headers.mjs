// Response headers for any static host serving the site: the README shows
// them and scripts/serve.mjs sends them.
export function securityHeaders() {
  return {
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

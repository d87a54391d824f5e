// Response headers for any static host serving the site: scripts/serve.mjs
// sends them, scripts/write-headers.mjs writes them to build/_headers
// (Netlify and Cloudflare Pages format), and the README shows them.
//
// The Content-Security-Policy allows scripts from the site's own origin, plus
// Docusaurus's few inline scripts (the colour-mode script, the base URL check)
// by their SHA-256 hashes, read from the built HTML. Nothing else may run: no
// eval, no inline event handlers, no injected <script>, nothing from another
// origin, and nothing the page loads or sends may leave its own origin.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE_ATTRIBUTE =
  /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/** Inline scripts the browser runs: no type, or a JavaScript type (not JSON-LD). */
function isExecutable(attributes) {
  const match = TYPE_ATTRIBUTE.exec(attributes);
  const type = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '')
    .trim()
    .toLowerCase();
  return (
    type === '' ||
    type === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type)
  );
}

function htmlFiles(dir) {
  return readdirSync(dir, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));
}

/** `'sha256-…'` sources for every inline script of every page under `dir`. */
export function inlineScriptHashes(dir = 'build') {
  const hashes = new Set();
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
      if (body === '' || SRC_ATTRIBUTE.test(attributes)) {
        continue;
      }
      if (isExecutable(attributes)) {
        const digest = createHash('sha256').update(body, 'utf8');
        hashes.add(`'sha256-${digest.digest('base64')}'`);
      }
    }
  }
  return [...hashes].sort();
}

/** The Content-Security-Policy for a build whose inline scripts have these hashes. */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // Prism colours code with style attributes in the server-rendered HTML.
    "style-src 'self' 'unsafe-inline'",
    // Infima's icons are data: SVGs in the stylesheet.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const cache = new Map();

/**
 * Every security header, for the build in `dir`. The script hashes are read
 * once, and again whenever the build's index.html changes.
 */
export function securityHeaders(dir = 'build') {
  const stamp = statSync(join(dir, 'index.html')).mtimeMs;
  const cached = cache.get(dir);
  if (cached?.stamp === stamp) {
    return cached.headers;
  }
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(inlineScriptHashes(dir)),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Referrer-Policy': 'no-referrer',
    // Browsers ignore it over plain HTTP (local serving); hosts use HTTPS.
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
  cache.set(dir, {stamp, headers});
  return headers;
}

/** The headers as a `_headers` file (Netlify, Cloudflare Pages): every path. */
export function headersFile(dir = 'build') {
  const lines = Object.entries(securityHeaders(dir)).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `/*\n${lines.join('\n')}\n`;
}

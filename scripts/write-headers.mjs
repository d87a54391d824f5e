// Writes build/_headers (Netlify and Cloudflare Pages format) with the same
// security headers scripts/serve.mjs sends, hashes read from the built HTML.
// Usage: node scripts/write-headers.mjs [build-dir]
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {headersFile, inlineScriptHashes} from './security-headers.mjs';

const dir = process.argv[2] ?? 'build';
writeFileSync(join(dir, '_headers'), headersFile(dir));
console.log(
  `Wrote ${join(dir, '_headers')}: CSP allows ${inlineScriptHashes(dir).length} inline scripts by hash.`,
);

// Serves the production build as users get it: precompressed (brotli, gzip),
// hashed assets cached for a year, HTML revalidated on every visit.
// Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import sirv from 'sirv';
import {securityHeaders} from './security-headers.mjs';

const {values: args} = parseArgs({
  options: {
    port: {type: 'string', default: process.env.PORT ?? '3000'},
    host: {type: 'string', default: '127.0.0.1'},
    dir: {type: 'string', default: 'build'},
  },
});

if (!existsSync(join(args.dir, 'index.html'))) {
  console.error(`No ${args.dir}/index.html: run "npm run build" first.`);
  process.exit(1);
}

// Docusaurus puts a content hash in every file name under assets/.
const HASHED_ASSET = /^\/assets\//;

function setSecurityHeaders(res) {
  for (const [name, value] of Object.entries(securityHeaders(args.dir))) {
    res.setHeader(name, value);
  }
}

const serveStatic = sirv(args.dir, {
  brotli: true,
  gzip: true,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    res.setHeader(
      'Cache-Control',
      HASHED_ASSET.test(pathname)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
    );
    setSecurityHeaders(res);
  },
});

const notFoundPage = readFileSync(join(args.dir, '404.html'));

const server = createServer((req, res) =>
  serveStatic(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    setSecurityHeaders(res);
    res.end(notFoundPage);
  }),
);

server.listen(Number(args.port), args.host, () => {
  console.log(`Serving ${args.dir}/ at http://${args.host}:${args.port}/`);
});

// Serves the build with scripts/serve.mjs, as users get it, for the
// benchmark's browsers.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {ROOT} from './util.mjs';

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/**
 * Starts scripts/serve.mjs on `port` (a free one if not given) and resolves
 * once it answers.
 * @param {{dir: string, port?: number}} options
 * @returns {Promise<{origin: string, stop: () => void}>}
 */
export async function startServer({dir, port}) {
  const listenPort = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', String(listenPort)],
    {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']},
  );
  const origin = `http://127.0.0.1:${listenPort}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) {
        return {origin, stop: () => child.kill()};
      }
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`scripts/serve.mjs did not start on port ${listenPort}`);
}

// Writes .br and .gz beside every text file of the build, so the server sends
// them compressed without compressing on each request.
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|svg|json|xml|txt|map)$/;
const dir = process.argv[2] ?? 'build';

let files = 0;
let rawBytes = 0;
let brotliBytes = 0;
for (const entry of await readdir(dir, {
  recursive: true,
  withFileTypes: true,
})) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) {
    continue;
  }
  const path = join(entry.parentPath, entry.name);
  const content = await readFile(path);
  const brotli = brotliCompressSync(content, {
    params: {[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY},
  });
  await writeFile(`${path}.br`, brotli);
  await writeFile(`${path}.gz`, gzipSync(content, {level: 9}));
  files += 1;
  rawBytes += content.length;
  brotliBytes += brotli.length;
}
console.log(
  `Precompressed ${files} files: ${(rawBytes / 1024).toFixed(0)} KiB raw, ${(brotliBytes / 1024).toFixed(0)} KiB brotli.`,
);

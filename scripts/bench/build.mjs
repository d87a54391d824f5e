// The cold production build's time. Measured only with --build (or when the
// build is missing), since it clears every cache; otherwise the last
// measurement for the same output folder is reported, with its date.
import {existsSync} from 'node:fs';
import {readFile, rm, writeFile} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {log, packageFile, RESULTS_DIR, ROOT, run} from './util.mjs';

const BUILD_TIMES = join(RESULTS_DIR, 'build-times.json');

/** A hash of the build's index.html: tells whether a stored time is for this build. */
async function buildId(dir) {
  const html = await readFile(join(dir, 'index.html'));
  return createHash('sha256').update(html).digest('hex').slice(0, 16);
}

async function readBuildTimes() {
  try {
    return JSON.parse(await readFile(BUILD_TIMES, 'utf8'));
  } catch {
    return {};
  }
}

/** What `docusaurus clear` removes, with the output folder given by --dir. */
async function clearCaches(dir) {
  for (const path of [
    dir,
    join(ROOT, '.docusaurus'),
    join(ROOT, 'node_modules', '.cache'),
  ]) {
    await rm(path, {recursive: true, force: true});
  }
}

async function coldBuild(dir, label) {
  log(`cold build into ${label}/ (caches cleared)`);
  await clearCaches(dir);
  const docusaurus = packageFile('@docusaurus/core', 'bin', 'docusaurus.mjs');
  const start = performance.now();
  await run(process.execPath, [docusaurus, 'build', '--out-dir', dir]);
  const bundled = performance.now();
  await run(process.execPath, ['scripts/precompress.mjs', dir]);
  await run(process.execPath, ['scripts/write-headers.mjs', dir]);
  const end = performance.now();
  const entry = {
    seconds: (end - start) / 1000,
    docusaurusSeconds: (bundled - start) / 1000,
    precompressSeconds: (end - bundled) / 1000,
    measuredAt: new Date().toISOString(),
    buildId: await buildId(dir),
  };
  const times = await readBuildTimes();
  times[label] = entry;
  await writeFile(BUILD_TIMES, JSON.stringify(times, null, 2) + '\n');
  return entry;
}

/**
 * The build time to report: measured now (`fresh`), or the stored one for
 * this output folder (`sameBuild` says whether it was this very build), or
 * null when there is none.
 * @param {{dir: string, label: string, force: boolean}} options
 *   dir: the output folder; label: as given on the command line (the key
 *   in build-times.json); force: build even if the folder holds a build.
 */
export async function buildTime({dir, label, force}) {
  if (force || !existsSync(join(dir, 'index.html'))) {
    return {...(await coldBuild(dir, label)), fresh: true};
  }
  const entry = (await readBuildTimes())[label];
  if (!entry) {
    return null;
  }
  return {
    ...entry,
    fresh: false,
    sameBuild: entry.buildId === (await buildId(dir)),
  };
}

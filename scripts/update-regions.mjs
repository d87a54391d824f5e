// Writes src/utils/policy/partitions.generated.json from the AWS SDK's
// partitions data, so the region list follows the SDK rather than a hand-kept
// list. Refresh after `npm update @aws-sdk/core` with:
//   node scripts/update-regions.mjs
import {writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const OUTPUT_PATH = fileURLToPath(
  new URL('../src/utils/policy/partitions.generated.json', import.meta.url),
);

/**
 * @typedef {{
 *   partitions: {
 *     id: string;
 *     regionRegex: string;
 *     outputs: {dnsSuffix: string};
 *     regions: Record<string, {description?: string}>;
 *   }[];
 * }} PartitionsInfo
 * @typedef {{id: string; description: string}} RegionData
 * @typedef {{id: string; regionRegex: string; dnsSuffix: string; regions: RegionData[]}} PartitionData
 */

/** Loads `partitionsInfo` from the installed `@aws-sdk/core`. */
export async function loadPartitionsInfo() {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@aws-sdk/core/package.json'));
  const file = join(
    packageDir,
    'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js',
  );
  /** @type {{partitionsInfo: PartitionsInfo}} */
  const module = await import(pathToFileURL(file).href);
  return module.partitionsInfo;
}

// Plain code-unit order: localeCompare would depend on the machine's locale.
/** @param {string} a @param {string} b */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pure transform: partitions in the data's order, each with its real
 * regions sorted by id. Pseudo-regions such as `aws-global` name endpoints,
 * not places, and never appear in an ARN, so they are left out.
 * @param {PartitionsInfo} partitionsInfo
 * @returns {PartitionData[]}
 */
export function toPartitionsData(partitionsInfo) {
  return partitionsInfo.partitions.map((partition) => {
    const regionRegex = new RegExp(partition.regionRegex);
    const regions = Object.entries(partition.regions)
      .filter(([id]) => !id.endsWith('-global') && regionRegex.test(id))
      .map(([id, region]) => ({id, description: region.description ?? id}))
      .sort((a, b) => byCodeUnits(a.id, b.id));
    return {
      id: partition.id,
      regionRegex: partition.regionRegex,
      dnsSuffix: partition.outputs.dnsSuffix,
      regions,
    };
  });
}

/** @param {PartitionData[]} data */
export function serializePartitionsData(data) {
  return `${JSON.stringify(data, null, 2)}\n`;
}

async function main() {
  const data = toPartitionsData(await loadPartitionsInfo());
  await writeFile(OUTPUT_PATH, serializePartitionsData(data));
  const regionCount = data.reduce((sum, p) => sum + p.regions.length, 0);
  console.log(
    `Wrote ${data.length} partitions and ${regionCount} regions to ${OUTPUT_PATH}.`,
  );
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await main();
}

// Writes src/utils/setup/instanceTypes.generated.json from the AWS SDK's
// SageMaker model (the `TrainingInstanceType` enum, the values CreateTrainingJob's
// `ResourceConfig.InstanceType` accepts), so the instance types follow the SDK
// rather than a hand-kept list. Refresh after
// `npm update @aws-sdk/client-sagemaker` with:
//   node scripts/update-instance-types.mjs
import {writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const OUTPUT_PATH = fileURLToPath(
  new URL('../src/utils/setup/instanceTypes.generated.json', import.meta.url),
);

/**
 * The installed SDK's `TrainingInstanceType` enum object (constant name to
 * value, e.g. `ML_M5_XLARGE: "ml.m5.xlarge"`), from its public entry point.
 * @returns {Record<string, unknown>}
 */
export function loadTrainingInstanceTypeEnum() {
  const require = createRequire(import.meta.url);
  /** @type {{TrainingInstanceType: Record<string, unknown>}} */
  const sdk = require('@aws-sdk/client-sagemaker');
  return sdk.TrainingInstanceType;
}

// Plain code-unit order: localeCompare would depend on the machine's locale.
/** @param {string} a @param {string} b */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pure transform: the enum's string values, each once, sorted. Anything
 * that is not an `ml.` instance type name is an error, not data: it would mean
 * the SDK changed shape and the list needs a look.
 * @param {Record<string, unknown>} enumObject
 * @returns {string[]}
 */
export function toInstanceTypes(enumObject) {
  const values = new Set();
  for (const [name, value] of Object.entries(enumObject)) {
    if (
      typeof value !== 'string' ||
      !/^ml\.[a-z0-9-]+\.[a-z0-9-]+$/.test(value)
    ) {
      throw new Error(
        `TrainingInstanceType.${name} is ${JSON.stringify(value)}, not an ml.<family>.<size> name.`,
      );
    }
    values.add(value);
  }
  return [...values].sort(byCodeUnits);
}

/**
 * Two-space JSON, one name a line, as Prettier writes it: the bundler parses
 * the file, so its white space never reaches the browser.
 * @param {string[]} types
 */
export function serializeInstanceTypes(types) {
  return `${JSON.stringify(types, null, 2)}\n`;
}

async function main() {
  const types = toInstanceTypes(loadTrainingInstanceTypeEnum());
  await writeFile(OUTPUT_PATH, serializeInstanceTypes(types));
  console.log(
    `Wrote ${types.length} training instance types to ${OUTPUT_PATH}.`,
  );
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await main();
}

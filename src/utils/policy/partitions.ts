/**
 * Typed access to the AWS partitions and regions, generated from the AWS SDK's
 * partitions data by `node scripts/update-regions.mjs`.
 */
import generated from './partitions.generated.json';

export interface Region {
  /** The region ID used in ARNs, e.g. `us-east-1`. */
  readonly id: string;
  /** The SDK's human name, e.g. `US East (N. Virginia)`. */
  readonly description: string;
}

export interface Partition {
  /** The partition as written in ARNs: `aws`, `aws-cn`, `aws-us-gov`, ... */
  readonly id: string;
  /** The SDK's pattern for this partition's region IDs. */
  readonly regionRegex: string;
  readonly dnsSuffix: string;
  /** Real regions only (no `aws-global`-style pseudo-regions), sorted by ID. */
  readonly regions: readonly Region[];
}

export interface RegionMatch {
  readonly region: Region;
  readonly partition: Partition;
}

/** Every partition, in the SDK data's order (`aws` first). */
export const PARTITIONS: readonly Partition[] = generated;

const regionsById = new Map<string, RegionMatch>(
  PARTITIONS.flatMap((partition) =>
    partition.regions.map(
      (region) => [region.id, {region, partition}] as const,
    ),
  ),
);

const partitionsById = new Map<string, Partition>(
  PARTITIONS.map((partition) => [partition.id, partition]),
);

const regionsByName = new Map<string, RegionMatch>(
  [...regionsById.values()].map(
    (match) => [match.region.description.toLowerCase(), match] as const,
  ),
);

const regionPatterns = PARTITIONS.map(
  (partition) => new RegExp(partition.regionRegex),
);

/** How many real regions the SDK data knows, in every partition. */
export const REGION_COUNT = PARTITIONS.reduce(
  (sum, partition) => sum + partition.regions.length,
  0,
);

/** The region with exactly this ID (case-sensitive), with its partition. */
export function findRegion(id: string): RegionMatch | undefined {
  return regionsById.get(id);
}

/** The partition of a known region ID; undefined for unknown or pseudo-regions. */
export function partitionOfRegion(id: string): Partition | undefined {
  return regionsById.get(id)?.partition;
}

/** The partition with exactly this ID, e.g. `aws-cn`. */
export function findPartition(id: string): Partition | undefined {
  return partitionsById.get(id);
}

/** The region with this SDK name, in any case, e.g. `US East (N. Virginia)`. */
export function findRegionByName(name: string): RegionMatch | undefined {
  return regionsByName.get(name.toLowerCase());
}

/**
 * Whether a region's ID or name holds every word of the query, in any case:
 * the Region list's filter, and the regions the field's messages suggest.
 */
export function regionMatcher(query: string): (region: Region) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (region) => {
    const haystack = `${region.id} ${region.description}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}

/** The regions the Region list finds for the query, in the data's order. */
export function findRegions(query: string): RegionMatch[] {
  const matches = regionMatcher(query);
  return [...regionsById.values()].filter(({region}) => matches(region));
}

/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The known region ID two edits or fewer from `value`, the nearest first. */
export function nearestRegionId(value: string): string | undefined {
  let nearest: string | undefined;
  let distance = 3;
  for (const id of regionsById.keys()) {
    const edits = editDistance(value, id);
    if (edits < distance) {
      [nearest, distance] = [id, edits];
    }
  }
  return nearest;
}

/** Whether the value has the shape of a region ID of some partition, known or not. */
export function looksLikeRegionId(value: string): boolean {
  return regionPatterns.some((pattern) => pattern.test(value));
}

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

import {PARTITIONS, regionMatcher} from './policy/partitions';
import type {Partition, Region} from './policy/partitions';

/** Partition names with their ARN ID; a partition new to this list shows its ID. */
const PARTITION_NAMES: Readonly<Record<string, string>> = {
  aws: 'Commercial (aws)',
  'aws-cn': 'China (aws-cn)',
  'aws-us-gov': 'GovCloud US (aws-us-gov)',
  'aws-iso': 'ISO US (aws-iso)',
  'aws-iso-b': 'ISOB US (aws-iso-b)',
  'aws-iso-e': 'ISOE Europe (aws-iso-e)',
  'aws-iso-f': 'ISOF US (aws-iso-f)',
  'aws-eusc': 'European Sovereign Cloud (aws-eusc)',
};

export function partitionName(partition: Partition): string {
  return PARTITION_NAMES[partition.id] ?? partition.id;
}

export interface RegionGroup {
  readonly partition: Partition;
  readonly name: string;
  readonly regions: readonly Region[];
}

/**
 * Regions whose ID or name contains every word of the query (any case),
 * grouped by partition in the data's order. An empty query lists them all.
 */
export function searchRegions(query: string): RegionGroup[] {
  const matches = regionMatcher(query);
  return PARTITIONS.map((partition) => ({
    partition,
    name: partitionName(partition),
    regions: partition.regions.filter(matches),
  })).filter((group) => group.regions.length > 0);
}

import {describe, expect, it} from 'vitest';
import {
  findPartition,
  findRegion,
  findRegionByName,
  looksLikeRegionId,
  PARTITIONS,
  partitionOfRegion,
  REGION_COUNT,
} from './partitions';

describe('PARTITIONS', () => {
  it('lists the partitions in the SDK data order, aws first', () => {
    expect(PARTITIONS[0]?.id).toBe('aws');
    expect(PARTITIONS.map((partition) => partition.id)).toEqual(
      expect.arrayContaining([
        'aws',
        'aws-cn',
        'aws-us-gov',
        'aws-iso',
        'aws-iso-b',
      ]),
    );
  });

  it('holds only real regions, each matching its partition pattern, each once', () => {
    const ids = PARTITIONS.flatMap((partition) =>
      partition.regions.map((region) => region.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const partition of PARTITIONS) {
      const pattern = new RegExp(partition.regionRegex);
      for (const region of partition.regions) {
        expect(region.id).toMatch(pattern);
        expect(region.id).not.toMatch(/-global$/);
        expect(region.description).not.toBe('');
      }
      const sorted = [...partition.regions].map((region) => region.id).sort();
      expect(partition.regions.map((region) => region.id)).toEqual(sorted);
    }
  });
});

describe('findRegion and partitionOfRegion', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-west-3', 'aws'],
    ['il-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
  ])('%s is in %s', (id, partition) => {
    expect(findRegion(id)?.region.id).toBe(id);
    expect(findRegion(id)?.partition.id).toBe(partition);
    expect(partitionOfRegion(id)?.id).toBe(partition);
  });

  it.each([
    'aws-global',
    'aws-cn-global',
    'aws-us-gov-global',
    'US-EAST-1',
    'us-east-1a',
    'us-east-9',
    '',
    'constructor',
    '__proto__',
  ])('%j is not a region', (id) => {
    expect(findRegion(id)).toBeUndefined();
    expect(partitionOfRegion(id)).toBeUndefined();
  });

  it('finds partitions by ID', () => {
    expect(findPartition('aws-cn')?.dnsSuffix).toBe('amazonaws.com.cn');
    expect(findPartition('aws-us-gov')?.dnsSuffix).toBe('amazonaws.com');
    expect(findPartition('awz')).toBeUndefined();
  });
});

describe('region look-ups for messages', () => {
  it('counts every region of every partition', () => {
    expect(REGION_COUNT).toBe(
      PARTITIONS.flatMap((partition) => partition.regions).length,
    );
    expect(REGION_COUNT).toBeGreaterThan(30);
  });

  it.each([
    ['US East (N. Virginia)', 'us-east-1'],
    ['us east (n. virginia)', 'us-east-1'],
    ['Europe (Ireland)', 'eu-west-1'],
  ])('finds %j by its name', (name, id) => {
    expect(findRegionByName(name)?.region.id).toBe(id);
  });

  it.each(['us-east-1', 'N.Virginia', '', 'constructor'])(
    '%j is no region name',
    (name) => {
      expect(findRegionByName(name)).toBeUndefined();
    },
  );

  it('tells the shape of a region ID from a known region', () => {
    expect(looksLikeRegionId('us-east-1')).toBe(true);
    expect(looksLikeRegionId('us-east-9')).toBe(true);
    expect(findRegion('us-east-9')).toBeUndefined();
    expect(looksLikeRegionId('useast1')).toBe(false);
    expect(looksLikeRegionId('US-EAST-1')).toBe(false);
  });
});

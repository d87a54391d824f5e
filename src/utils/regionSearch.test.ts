import {describe, expect, it} from 'vitest';
import {PARTITIONS} from './policy';
import {searchRegions} from './regionSearch';

const ids = (query: string) =>
  searchRegions(query).flatMap((group) => group.regions.map((r) => r.id));

describe('searchRegions', () => {
  it('lists every region of the data, grouped by partition, for an empty query', () => {
    const groups = searchRegions('');
    expect(groups.map((group) => group.partition.id)).toEqual(
      PARTITIONS.filter((p) => p.regions.length > 0).map((p) => p.id),
    );
    expect(groups[0]?.name).toBe('Commercial (aws)');
    expect(ids('')).toContain('us-east-1');
    expect(ids('')).toContain('cn-north-1');
    expect(ids('')).toContain('us-gov-west-1');
  });

  it('finds regions by ID or by name, in any case', () => {
    expect(ids('Frankfurt')).toEqual(['eu-central-1']);
    expect(ids('EU-CENTRAL-1')).toEqual(['eu-central-1']);
    expect(ids('virginia')).toContain('us-east-1');
  });

  it('needs every word of the query to match', () => {
    expect(ids('east ohio')).toEqual(['us-east-2', 'us-isob-east-1']);
    expect(ids('us-east ohio')).toEqual(['us-east-2']);
  });

  it('keeps only the partitions that still have a match', () => {
    const groups = searchRegions('beijing');
    expect(groups.map((group) => group.partition.id)).toEqual(['aws-cn']);
    expect(groups[0]?.name).toBe('China (aws-cn)');
  });

  it('finds nothing for a query no region matches', () => {
    expect(searchRegions('atlantis')).toEqual([]);
  });
});

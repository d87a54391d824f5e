import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  loadPartitionsInfo,
  OUTPUT_PATH,
  serializePartitionsData,
  toPartitionsData,
} from './update-regions.mjs';

describe('toPartitionsData', () => {
  const info = {
    partitions: [
      {
        id: 'aws',
        regionRegex: '^(us|eu)\\-\\w+\\-\\d+$',
        outputs: {dnsSuffix: 'amazonaws.com'},
        regions: {
          'us-west-2': {description: 'US West (Oregon)'},
          'aws-global': {description: 'AWS Standard global region'},
          'eu-west-1': {description: 'Europe (Ireland)'},
          'us-east-1': {description: 'US East (N. Virginia)'},
          'somewhere-else-global': {},
          'cn-north-1': {description: 'Wrong partition'},
        },
      },
      {
        id: 'aws-cn',
        regionRegex: '^cn\\-\\w+\\-\\d+$',
        outputs: {dnsSuffix: 'amazonaws.com.cn'},
        regions: {
          'aws-cn-global': {description: 'AWS China global region'},
          'cn-north-1': {},
        },
      },
    ],
  };

  it('keeps the partition order, sorts regions and drops pseudo-regions', () => {
    expect(toPartitionsData(info)).toEqual([
      {
        id: 'aws',
        regionRegex: '^(us|eu)\\-\\w+\\-\\d+$',
        dnsSuffix: 'amazonaws.com',
        regions: [
          {id: 'eu-west-1', description: 'Europe (Ireland)'},
          {id: 'us-east-1', description: 'US East (N. Virginia)'},
          {id: 'us-west-2', description: 'US West (Oregon)'},
        ],
      },
      {
        id: 'aws-cn',
        regionRegex: '^cn\\-\\w+\\-\\d+$',
        dnsSuffix: 'amazonaws.com.cn',
        regions: [{id: 'cn-north-1', description: 'cn-north-1'}],
      },
    ]);
  });

  it('serializes as two-space JSON with a trailing newline', () => {
    expect(serializePartitionsData([])).toBe('[]\n');
    expect(serializePartitionsData(toPartitionsData(info))).toMatch(
      /^\[\n {2}\{\n {4}"id": "aws",\n[^]*\]\n$/,
    );
  });
});

describe('partitions.generated.json', () => {
  it('matches the installed @aws-sdk/core (refresh with: node scripts/update-regions.mjs)', async () => {
    const expected = serializePartitionsData(
      toPartitionsData(await loadPartitionsInfo()),
    );
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(expected);
  });
});

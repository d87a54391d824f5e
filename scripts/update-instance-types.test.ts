import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  loadTrainingInstanceTypeEnum,
  OUTPUT_PATH,
  serializeInstanceTypes,
  toInstanceTypes,
} from './update-instance-types.mjs';

describe('toInstanceTypes', () => {
  it('keeps each value once, sorted by code units', () => {
    expect(
      toInstanceTypes({
        ML_P5_48XLARGE: 'ml.p5.48xlarge',
        ML_C5_XLARGE: 'ml.c5.xlarge',
        ML_C5_2XLARGE: 'ml.c5.2xlarge',
        ML_TRN1N_32XLARGE: 'ml.trn1n.32xlarge',
        ALIAS_OF_C5_XLARGE: 'ml.c5.xlarge',
        ML_M5_LARGE: 'ml.m5.large',
      }),
    ).toEqual([
      'ml.c5.2xlarge',
      'ml.c5.xlarge',
      'ml.m5.large',
      'ml.p5.48xlarge',
      'ml.trn1n.32xlarge',
    ]);
  });

  it('refuses values that are not instance type names', () => {
    expect(() => toInstanceTypes({ML_X: 42})).toThrow(
      /TrainingInstanceType\.ML_X/,
    );
    expect(() => toInstanceTypes({ML_X: 'm5.large'})).toThrow(/not an ml\./);
    expect(() => toInstanceTypes({ML_X: 'ml.m5.large '})).toThrow();
  });

  it('serializes as two-space JSON with a trailing newline', () => {
    expect(serializeInstanceTypes([])).toBe('[]\n');
    expect(serializeInstanceTypes(['ml.a.b', 'ml.c.d'])).toBe(
      '[\n  "ml.a.b",\n  "ml.c.d"\n]\n',
    );
  });
});

describe('instanceTypes.generated.json', () => {
  it('matches the installed @aws-sdk/client-sagemaker (refresh with: node scripts/update-instance-types.mjs)', () => {
    const expected = serializeInstanceTypes(
      toInstanceTypes(loadTrainingInstanceTypeEnum()),
    );
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(expected);
  });

  it('holds the instance types W&B and AWS name in their examples', () => {
    const types: unknown = JSON.parse(readFileSync(OUTPUT_PATH, 'utf8'));
    // ml.m4.xlarge: W&B's SageMaker queue example; ml.m5.xlarge, ml.p4d.24xlarge:
    // the SDK's own ResourceConfig documentation and API reference.
    expect(types).toEqual(
      expect.arrayContaining([
        'ml.m4.xlarge',
        'ml.m5.xlarge',
        'ml.p4d.24xlarge',
      ]),
    );
    expect((types as string[]).length).toBeGreaterThan(100);
  });
});

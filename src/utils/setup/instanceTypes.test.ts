import {TrainingInstanceType} from '@aws-sdk/client-sagemaker';
import {describe, expect, it} from 'vitest';
import {isTrainingInstanceType, TRAINING_INSTANCE_TYPES} from './instanceTypes';

describe('TRAINING_INSTANCE_TYPES', () => {
  it("is the SDK's TrainingInstanceType enum, each value once", () => {
    const sdk = new Set<string>(Object.values(TrainingInstanceType));
    expect(new Set(TRAINING_INSTANCE_TYPES)).toEqual(sdk);
    expect(TRAINING_INSTANCE_TYPES).toHaveLength(sdk.size);
  });
});

describe('isTrainingInstanceType', () => {
  it('accepts exactly the names CreateTrainingJob accepts', () => {
    expect(isTrainingInstanceType('ml.m5.xlarge')).toBe(true);
    expect(isTrainingInstanceType('ml.p4d.24xlarge')).toBe(true);
    expect(isTrainingInstanceType('ML.M5.XLARGE')).toBe(false);
    expect(isTrainingInstanceType('m5.xlarge')).toBe(false);
    expect(isTrainingInstanceType(' ml.m5.xlarge')).toBe(false);
    // An inference-only type: not in TrainingInstanceType.
    expect(isTrainingInstanceType('ml.inf1.xlarge')).toBe(false);
    expect(isTrainingInstanceType('<INSTANCE-TYPE>')).toBe(false);
  });
});

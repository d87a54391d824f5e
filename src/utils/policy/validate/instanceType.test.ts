import {TrainingInstanceType} from '@aws-sdk/client-sagemaker';
import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../fields';
import type {IssueCode} from '../types';
import {ALL_RULES, validateFields} from './all';
import {instanceTypeRule, nearestInstanceTypes} from './instanceType';
import {codesOf, messageOf} from './testing';

// Read from the SDK here, independently of the page's generated list.
const SDK_TYPES: readonly string[] = Object.values(TrainingInstanceType);

const RULES = {...ALL_RULES, 'INSTANCE-TYPE': instanceTypeRule(SDK_TYPES)};

function knownCodes(value: string): IssueCode[] {
  return validateFields(
    {...EMPTY_VALUES, 'INSTANCE-TYPE': value},
    ['INSTANCE-TYPE'],
    RULES,
  ).map((issue) => issue.code);
}

function knownMessage(value: string): string {
  return validateFields(
    {...EMPTY_VALUES, 'INSTANCE-TYPE': value},
    ['INSTANCE-TYPE'],
    RULES,
  )
    .map((issue) => issue.message)
    .join(' ');
}

describe('INSTANCE-TYPE', () => {
  it('the SDK lists training instance types', () => {
    expect(SDK_TYPES.length).toBeGreaterThan(50);
    expect(SDK_TYPES).toContain('ml.m5.xlarge');
  });

  it('accepts every SageMaker training instance type, by shape and by list', () => {
    for (const type of SDK_TYPES) {
      expect(codesOf('INSTANCE-TYPE', type)).toEqual([]);
      expect(knownCodes(type)).toEqual([]);
    }
  });

  it.each<[string, IssueCode, RegExp]>([
    ['ML.M5.XLARGE', 'instance-type-case', /lower case: enter ml\.m5\.xlarge/],
    ['ml.M5.xlarge', 'instance-type-case', /ml\.m5\.xlarge/],
    [
      'm5.xlarge',
      'instance-type-format',
      /start with “ml\.”: enter ml\.m5\.xlarge/,
    ],
    ['ml.m5', 'instance-type-format', /ml\.FAMILY\.SIZE/],
    ['ml..xlarge', 'instance-type-format', /ml\.FAMILY\.SIZE/],
    ['ml.m5.xlarge.', 'instance-type-format', /not a SageMaker instance type/],
    ['ml.-m5.xlarge', 'instance-type-format', /ml\.FAMILY\.SIZE/],
    ['ml.m5_xlarge', 'instance-type-format', /ml\.FAMILY\.SIZE/],
    [`ml.${'m'.repeat(62)}`, 'instance-type-format', /65 characters long/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('INSTANCE-TYPE', value)).toEqual([code]);
    expect(messageOf('INSTANCE-TYPE', value)).toMatch(message);
  });

  it('with the list, names the nearest known types of a well-formed unknown one', () => {
    expect(codesOf('INSTANCE-TYPE', 'ml.m5.3xlarge')).toEqual([]);
    expect(knownCodes('ml.m5.3xlarge')).toEqual(['instance-type-unknown']);
    expect(knownMessage('ml.m5.3xlarge')).toMatch(
      /not one of SageMaker's \d+ training instance types.*nearest are ml\.m5\.\d*xlarge/,
    );
    expect(knownCodes('ml.q9.xlarge')).toEqual(['instance-type-unknown']);
  });

  it('nearest types come from the same family when there is one', () => {
    const nearest = nearestInstanceTypes('ml.g5.3xlarge', SDK_TYPES);
    expect(nearest).toHaveLength(3);
    for (const type of nearest) {
      expect(type.startsWith('ml.g5.')).toBe(true);
    }
    expect(nearestInstanceTypes('ml.x.y', [])).toEqual([]);
  });

  it.each([
    ['ml.m5.*', 'wildcard-not-allowed'],
    ['ml.m5.xlarge\u200b', 'invalid-characters'],
    ['ml. m5.xlarge', 'invalid-characters'],
  ])('refuses %j with the shared character check', (value, code) => {
    expect(codesOf('INSTANCE-TYPE', value)).toEqual([code]);
  });
});

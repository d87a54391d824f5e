import {describe, expect, it} from 'vitest';
import {codesOf, itAccepts, messageOf} from './testing';

describe('ACCOUNT-ID', () => {
  itAccepts('ACCOUNT-ID', 'accepts %s', [
    '123456789012',
    '000000000000',
    '012345678901',
  ]);

  it.each<[string, RegExp]>([
    [
      '12345678901',
      /^The AWS account ID must be exactly 12 digits; this one has 11\. .*zeros/,
    ],
    ['1234567890123', /this one has 13\.$/],
    ['1', /this one has 1\./],
    [
      '1234-5678-9012',
      /without hyphens: remove the hyphens and enter 123456789012\./,
    ],
    ['123-456-789-012', /enter 123456789012/],
    [
      'abcdefghijkl',
      /12 digits \(0–9\); “abcdefghijkl” has other characters\./,
    ],
    ['12345678901O', /other characters/],
    [
      'arn:aws:iam::123456789012:root',
      /ARN; enter only its 12-digit account ID, 123456789012\./,
    ],
  ])('refuses %j with account-id-format', (value, message) => {
    expect(codesOf('ACCOUNT-ID', value)).toEqual(['account-id-format']);
    expect(messageOf('ACCOUNT-ID', value)).toMatch(message);
  });
});

import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../fields';
import type {FieldId} from '../types';
import {validValues} from './all';
import {codesOf, KEY, messageOf, ROLE} from './testing';

describe('every field', () => {
  it.each<[FieldId, string]>([
    ['REGION', 'us-*'],
    ['REGION', 'us-east-?'],
    ['ACCOUNT-ID', '12345678901?'],
    ['YOUR-REPO-NAME', 'my-repo*'],
    ['BUCKET-NAME', 'my-bucket-*'],
    ['ARN-OF-ROLE-TO-PASS', 'arn:aws:iam::123456789012:role/*'],
    ['ARN-OF-ROLE-TO-PASS', '*'],
    ['ARN-OF-KMS-KEY', 'arn:aws:kms:us-east-1:123456789012:key/*'],
    [
      'ARN-OF-KMS-KEY',
      'arn:aws:kms:*:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890a?',
    ],
  ])('%s: %j is refused as a wildcard', (field, value) => {
    expect(codesOf(field, value)).toEqual(['wildcard-not-allowed']);
    expect(messageOf(field, value)).toMatch(/wildcard/);
    expect(
      validValues({...EMPTY_VALUES, [field]: value})[field],
    ).toBeUndefined();
  });

  it.each<[FieldId, string, RegExp]>([
    [
      'REGION',
      'us-east-1\u200b',
      /zero-width space \(U\+200B\) at character 10.*type the value again/,
    ],
    ['REGION', 'us east 1', /a space inside it/],
    ['REGION', '\u202eus-east-1', /right-to-left override mark \(U\+202E\)/],
    ['REGION', 'us-éast-1', /“é” \(U\+00E9\)/],
    ['ACCOUNT-ID', '1234 5678 9012', /a space/],
    ['ACCOUNT-ID', '1234\u00a05678\u00a09012', /no-break space/],
    ['ACCOUNT-ID', '123456789012\u0000', /control character \(U\+0000\)/],
    ['YOUR-REPO-NAME', 'my\u200drepo', /zero-width joiner/],
    ['YOUR-REPO-NAME', 'my-repo\u2066', /isolate/],
    ['BUCKET-NAME', 'my\ufeffbucket', /byte order mark/],
    ['BUCKET-NAME', 'my\nbucket', /line break/],
    ['BUCKET-NAME', 'bucket😀', /U\+1F600/],
    [
      'ARN-OF-ROLE-TO-PASS',
      'arn:aws:iam::123456789012:role/na\u2060me',
      /word joiner/,
    ],
    ['ARN-OF-ROLE-TO-PASS', `${ROLE}\ud800`, /U\+D800/],
    ['ARN-OF-KMS-KEY', `${KEY}\u200f`, /right-to-left mark/],
    [
      'ARN-OF-KMS-KEY',
      'arn:aws:kms:us-east-1:123456789012:key/\u00ad1234',
      /soft hyphen/,
    ],
  ])('%s: %j has invalid characters', (field, value, message) => {
    expect(codesOf(field, value)).toEqual(['invalid-characters']);
    expect(messageOf(field, value)).toMatch(message);
  });

  it('reports a wildcard and an invalid character together', () => {
    expect(codesOf('BUCKET-NAME', 'my bucket*')).toEqual([
      'wildcard-not-allowed',
      'invalid-characters',
    ]);
  });

  it('never quotes more than 40 characters of input', () => {
    const value = `arn:aws:iam::123456789012:user/${'x'.repeat(60)}`;
    const message = messageOf('YOUR-REPO-NAME', `My${'x'.repeat(200)}`);
    expect(message).toContain(`“My${'x'.repeat(37)}…”`);
    expect(messageOf('ARN-OF-ROLE-TO-PASS', value)).not.toContain(
      'x'.repeat(41),
    );
  });
});

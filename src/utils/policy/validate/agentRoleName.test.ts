import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf} from './testing';

describe('AGENT-ROLE-NAME', () => {
  itAccepts('AGENT-ROLE-NAME', 'accepts %j', [
    'WandbLaunchAgent',
    'a',
    'n'.repeat(64),
    'Name+=,.@_-09',
  ]);

  it.each<[string, IssueCode, RegExp]>([
    ['n'.repeat(65), 'agent-role-name-length', /has 65 characters.*1 to 64/],
    [
      'arn:aws:iam::123456789012:role/WandbLaunchAgent',
      'agent-role-name-is-arn',
      /name only, “WandbLaunchAgent”/,
    ],
    [
      'arn:aws:iam::123456789012:role/path/WandbLaunchAgent',
      'agent-role-name-is-arn',
      /“WandbLaunchAgent”/,
    ],
    ['arn:aws:iam::123456789012:user/alice', 'agent-role-name-is-arn', /ARN/],
    [
      'service-role/WandbLaunchAgent',
      'agent-role-name-format',
      /without a path, “WandbLaunchAgent”/,
    ],
    ['role/', 'agent-role-name-format', /without a path:/],
    ['na#me', 'agent-role-name-format', /must not contain “#”/],
    ['na:me', 'agent-role-name-format', /“:”/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('AGENT-ROLE-NAME', value)).toEqual([code]);
    expect(messageOf('AGENT-ROLE-NAME', value)).toMatch(message);
  });

  it.each([
    ['na me', 'invalid-characters'],
    ['näme', 'invalid-characters'],
    ['name\u0000', 'invalid-characters'],
    ['Agent*', 'wildcard-not-allowed'],
  ])('refuses %j with the shared character check', (value, code) => {
    expect(codesOf('AGENT-ROLE-NAME', value)).toEqual([code]);
  });
});

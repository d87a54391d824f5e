import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf} from './testing';

describe('YOUR-REPO-NAME', () => {
  itAccepts('YOUR-REPO-NAME', 'accepts %j', [
    'my-repo',
    'ab',
    'a1',
    'project-a/web-app',
    'ns/sub/name',
    'a.b',
    'a_b',
    'a__b',
    'a---b',
    'wandb-launch/agent.v2',
    'a'.repeat(256),
  ]);

  it.each<[string, IssueCode[], RegExp]>([
    ['a', ['repo-name-length'], /2 to 256 characters long; this one has 1\./],
    ['A', ['repo-name-length', 'repo-name-format'], /lowercase/],
    ['My-Repo', ['repo-name-format'], /lowercase/],
    [
      '-repo',
      ['repo-name-format'],
      /start and end with a lowercase letter or digit/,
    ],
    ['repo-', ['repo-name-format'], /not valid/],
    ['a___b', ['repo-name-format'], /not valid/],
    ['a._b', ['repo-name-format'], /not valid/],
    ['a/-b', ['repo-name-format'], /not valid/],
    ['a//b', ['repo-name-format'], /not valid/],
    ['/repo', ['repo-name-format'], /not valid/],
    ['repo/', ['repo-name-format'], /not valid/],
    ['my_repo!', ['repo-name-format'], /not valid/],
    ['my-repo:latest', ['repo-name-format'], /without an image tag/],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-repo',
      ['repo-name-format'],
      /repository URI; enter only the repository name, “my-repo”\./,
    ],
    [
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/team/app:v1',
      ['repo-name-format'],
      /repository URI; enter only the repository name, “team\/app”\./,
    ],
    [
      'arn:aws:ecr:us-east-1:123456789012:repository/project-a/web-app',
      ['repo-name-format'],
      /ARN; enter only the repository name, “project-a\/web-app”\./,
    ],
  ])('refuses %j', (value, codes, message) => {
    expect(codesOf('YOUR-REPO-NAME', value)).toEqual(codes);
    expect(messageOf('YOUR-REPO-NAME', value)).toMatch(message);
  });
});

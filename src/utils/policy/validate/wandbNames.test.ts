import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf} from './testing';

describe('QUEUE-NAME', () => {
  itAccepts('QUEUE-NAME', 'accepts %j', [
    'sagemaker-queue',
    'q',
    'q'.repeat(64),
    'My SageMaker queue',
    'queue:#1*?',
  ]);

  it.each<[string, IssueCode, RegExp]>([
    [
      'q'.repeat(65),
      'queue-name-length',
      /1 to 64 characters long; this one has 65/,
    ],
    ['my  queue', 'invalid-characters', /two spaces in a row/],
    ['my\tqueue', 'invalid-characters', /a tab/],
    ['queue\u200b', 'invalid-characters', /zero-width space/],
    ['café', 'invalid-characters', /“é”/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('QUEUE-NAME', value)).toEqual([code]);
    expect(messageOf('QUEUE-NAME', value)).toMatch(message);
  });
});

describe('ENTITY', () => {
  itAccepts('ENTITY', 'accepts %j', [
    'my-team',
    'a',
    'e'.repeat(128),
    'My Team',
    'team_1.x*',
  ]);

  it.each<[string, IssueCode, RegExp]>([
    ['e'.repeat(129), 'entity-length', /1 to 128/],
    ['team/project', 'entity-characters', /“\/”.*not a path/],
    ['team?', 'entity-characters', /“\?”/],
    ['a%20b', 'entity-characters', /“%”/],
    ['a:b', 'entity-characters', /“:”/],
    ['a\\b', 'entity-characters', /“\\”/],
    ['a#b', 'entity-characters', /“#”/],
    [
      'https://wandb.ai/my-team/my-project',
      'entity-characters',
      /web address.*“my-team”/,
    ],
    ['my  team', 'invalid-characters', /two spaces/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('ENTITY', value)).toEqual([code]);
    expect(messageOf('ENTITY', value)).toMatch(message);
  });
});

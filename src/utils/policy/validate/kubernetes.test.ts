import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf} from './testing';

describe('K8S-NAMESPACE', () => {
  itAccepts('K8S-NAMESPACE', 'accepts %j', [
    'wandb',
    'a',
    '0',
    'ml-team-1',
    'n'.repeat(63),
  ]);

  it.each<[string, IssueCode, RegExp]>([
    ['n'.repeat(64), 'k8s-name-length', /1 to 63/],
    ['Wandb', 'k8s-name-format', /lower case/],
    ['-wandb', 'k8s-name-format', /start and end/],
    ['wandb-', 'k8s-name-format', /start and end/],
    ['w.andb', 'k8s-name-format', /“\.”/],
    ['w_andb', 'k8s-name-format', /“_”/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('K8S-NAMESPACE', value)).toEqual([code]);
    expect(messageOf('K8S-NAMESPACE', value)).toMatch(message);
  });
});

describe('K8S-SERVICE-ACCOUNT', () => {
  itAccepts('K8S-SERVICE-ACCOUNT', 'accepts %j', [
    'wandb-launch-serviceaccount-wandb-launch',
    'a',
    'agent.v1',
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`,
  ]);

  it.each<[string, IssueCode, RegExp]>([
    ['s'.repeat(254), 'k8s-name-length', /1 to 253/],
    ['Agent', 'k8s-name-format', /lower case/],
    ['a..b', 'k8s-name-format', /two in a row/],
    ['.a', 'k8s-name-format', /start or end with a period/],
    ['a.', 'k8s-name-format', /period/],
    ['a.-b', 'k8s-name-format', /start and end/],
    ['a_b', 'k8s-name-format', /“_”/],
    [
      'system:serviceaccount:wandb:launch-agent',
      'k8s-name-format',
      /full subject; enter only its name, “launch-agent”/,
    ],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('K8S-SERVICE-ACCOUNT', value)).toEqual([code]);
    expect(messageOf('K8S-SERVICE-ACCOUNT', value)).toMatch(message);
  });

  it('checks a long hostile name fast', () => {
    const start = performance.now();
    expect(codesOf('K8S-SERVICE-ACCOUNT', `${'a-'.repeat(126)}!`)).toEqual([
      'k8s-name-format',
    ]);
    expect(performance.now() - start).toBeLessThan(50);
  });
});

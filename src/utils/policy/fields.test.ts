import {describe, expect, it} from 'vitest';
import {
  EMPTY_VALUES,
  FIELD_IDS,
  FIELD_NAMES,
  FIELD_SPECS,
  placeholderOf,
  POLICY_FIELD_IDS,
  SETUP_FIELD_IDS,
} from './fields';
import {ALL_RULES, validateFields} from './validate/all';
import {POLICY_RULES} from './validate';
import {SETUP_RULES} from './validate/setupRules';

const POLICY_IDS = [
  'REGION',
  'ACCOUNT-ID',
  'YOUR-REPO-NAME',
  'BUCKET-NAME',
  'ARN-OF-ROLE-TO-PASS',
  'ARN-OF-KMS-KEY',
];

// The IDs other modules code against: a rename must fail here.
const SETUP_IDS = [
  'AGENT-ROLE-NAME',
  'OUTPUT-PREFIX',
  'INSTANCE-TYPE',
  'INSTANCE-COUNT',
  'VOLUME-SIZE-GB',
  'MAX-RUNTIME-SECONDS',
  'QUEUE-NAME',
  'ENTITY',
  'MAX-JOBS',
  'EKS-CLUSTER-NAME',
  'OIDC-ISSUER',
  'K8S-NAMESPACE',
  'K8S-SERVICE-ACCOUNT',
  'TRUSTED-PRINCIPAL-ARN',
];

it('placeholderOf writes the page placeholders', () => {
  expect(POLICY_FIELD_IDS.map(placeholderOf)).toEqual([
    '<REGION>',
    '<ACCOUNT-ID>',
    '<YOUR-REPO-NAME>',
    '<BUCKET-NAME>',
    '<ARN-OF-ROLE-TO-PASS>',
    '<ARN-OF-KMS-KEY>',
  ]);
  expect(placeholderOf('OIDC-ISSUER')).toBe('<OIDC-ISSUER>');
});

describe('the field table', () => {
  it('lists the policy fields, then the set-up fields, in order', () => {
    expect(POLICY_FIELD_IDS).toEqual(POLICY_IDS);
    expect(SETUP_FIELD_IDS).toEqual(SETUP_IDS);
    expect(FIELD_IDS).toEqual([...POLICY_IDS, ...SETUP_IDS]);
  });

  it('derives every lookup from its rows', () => {
    expect(Object.keys(EMPTY_VALUES)).toEqual(FIELD_IDS);
    expect(Object.values(EMPTY_VALUES)).toEqual(FIELD_IDS.map(() => ''));
    for (const id of FIELD_IDS) {
      expect(FIELD_SPECS[id].id).toBe(id);
      expect(FIELD_NAMES[id]).toBe(FIELD_SPECS[id].label);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(EMPTY_VALUES)).toBe(true);
    expect(Object.isFrozen(FIELD_NAMES)).toBe(true);
    expect(Object.isFrozen(FIELD_SPECS)).toBe(true);
  });

  it('gives every field a rule, the policy and set-up sets apart', () => {
    expect(Object.keys(ALL_RULES).sort()).toEqual([...FIELD_IDS].sort());
    expect(Object.keys(POLICY_RULES)).toEqual(POLICY_IDS);
    expect(Object.keys(SETUP_RULES)).toEqual(SETUP_IDS);
  });

  it.each(FIELD_IDS)('%s: its example validates clean', (id) => {
    const values = {...EMPTY_VALUES, [id]: FIELD_SPECS[id].example};
    expect(validateFields(values, [id])).toEqual([]);
  });

  it.each(FIELD_IDS)('%s: its hint is one short sentence', (id) => {
    const {hint, label} = FIELD_SPECS[id];
    expect(hint.length).toBeLessThan(160);
    expect(hint).toMatch(/^[A-Z].*\.$/);
    expect(label.length).toBeLessThan(50);
  });
});

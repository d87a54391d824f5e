import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES, POLICY_FIELD_IDS} from '../fields';
import type {FieldValues} from '../types';
import * as policy from '.';
import * as all from './all';
import {validateWith} from './engine';
import {POLICY_RULES} from './policyRules';
import {VALID} from './testing';

const BAD: FieldValues = {
  ...EMPTY_VALUES,
  REGION: 'cn-north-1',
  'ACCOUNT-ID': '1',
  'QUEUE-NAME': 'q'.repeat(65),
  'OIDC-ISSUER': 'nope',
  'TRUSTED-PRINCIPAL-ARN': 'arn:aws:iam::123456789012:user/ci',
};

describe('validation per field set', () => {
  it('validates only the fields asked for', () => {
    expect(
      all.validateFields(BAD, ['QUEUE-NAME']).map((i) => [i.field, i.code]),
    ).toEqual([['QUEUE-NAME', 'queue-name-length']]);
    expect(all.validValues(BAD, undefined, ['OIDC-ISSUER'])).toEqual({});
    expect(all.validValues(VALID, undefined, ['ENTITY', 'MAX-JOBS'])).toEqual({
      ENTITY: 'my-team',
      'MAX-JOBS': '1',
    });
  });

  it('still compares an ARN with the region when only the ARN is asked for', () => {
    expect(
      all
        .validateFields(BAD, ['TRUSTED-PRINCIPAL-ARN'])
        .map((i) => [i.field, i.code, i.severity]),
    ).toEqual([['TRUSTED-PRINCIPAL-ARN', 'arn-partition-mismatch', 'error']]);
  });

  it('lists the issues in FIELD_IDS order, whatever order the fields are asked in', () => {
    expect(
      all.validateFields(BAD, ['QUEUE-NAME', 'ACCOUNT-ID']).map((i) => i.field),
    ).toEqual(['ACCOUNT-ID', 'QUEUE-NAME']);
  });

  it('the policy entry point agrees with the full one on the policy fields', () => {
    for (const values of [VALID, BAD, EMPTY_VALUES]) {
      expect(policy.validateFields(values)).toEqual(
        all.validateFields(values, POLICY_FIELD_IDS),
      );
      expect(policy.validValues(values)).toEqual(
        all.validValues(values, undefined, POLICY_FIELD_IDS),
      );
    }
  });

  it('refuses to validate a field its rule set has no rule for', () => {
    expect(() => validateWith(POLICY_RULES, VALID, ['QUEUE-NAME'])).toThrow(
      /No validation rule for the field QUEUE-NAME/,
    );
  });
});

describe('bundles', () => {
  const here = dirname(fileURLToPath(import.meta.url));

  /** Every file the module imports, transitively, type-only imports left out. */
  function importGraph(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) {
      return seen;
    }
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(
      /^(?:import|export) (?!type )[^;]*? from '(\.[^']*)';$/gms,
    )) {
      const base = resolve(dirname(file), specifier ?? '');
      const target = [`${base}.ts`, `${base}/index.ts`, base].find((path) => {
        try {
          readFileSync(path);
          return true;
        } catch {
          return false;
        }
      });
      if (target !== undefined && target.endsWith('.ts')) {
        importGraph(target, seen);
      }
    }
    return seen;
  }

  it('the policy entry point loads none of the set-up rules', () => {
    const loaded = [...importGraph(resolve(here, 'index.ts'))].map((path) =>
      path.slice(here.length + 1),
    );
    expect(loaded).toContain('policyRules.ts');
    for (const file of [
      'setupRules.ts',
      'all.ts',
      'agentRoleName.ts',
      'outputPrefix.ts',
      'instanceType.ts',
      'wholeNumbers.ts',
      'wandbNames.ts',
      'eksCluster.ts',
      'kubernetes.ts',
      'principalArn.ts',
    ]) {
      expect(loaded).not.toContain(file);
    }
  });

  it('the full entry point loads them', () => {
    const loaded = [...importGraph(resolve(here, 'all.ts'))];
    expect(loaded.some((path) => path.endsWith('/setupRules.ts'))).toBe(true);
  });
});

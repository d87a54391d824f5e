import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES, FIELD_SPECS, SETUP_FIELD_IDS} from '../fields';
import {validateFields, validValues} from './all';

const HOSTILE = [
  '*',
  '?',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u0000',
  '\u202e',
  '\u200b',
  '\ufeff',
  'é',
  '１',
  '🙂',
  '/',
  '//',
  '..',
  ':',
  '#',
  '%',
  '"',
  "'",
  '\\',
  '${x}',
  '{{x}}',
  '-',
  '0',
  '-1',
  'arn:aws:iam::123456789012:role/',
  's3://',
  'https://',
  'ml.',
  'oidc.eks.us-east-1.amazonaws.com/id/',
  'system:serviceaccount:',
];

describe.each(SETUP_FIELD_IDS)('%s, with hostile input', (field) => {
  const example = FIELD_SPECS[field].example;
  const value = fc
    .array(
      fc.oneof(
        fc.constant(example),
        fc.constantFrom(...HOSTILE),
        fc.string({maxLength: 8}),
        fc.string({unit: 'binary', maxLength: 8}),
      ),
      {maxLength: 6},
    )
    .map((parts) => parts.join(''));

  it('answers every value with issues, never an exception, and gives on only clean values', () => {
    fc.assert(
      fc.property(value, (raw) => {
        const values = {...EMPTY_VALUES, [field]: raw};
        const issues = validateFields(values, [field]);
        for (const issue of issues) {
          expect(issue.field).toBe(field);
          expect(issue.message).toMatch(/^\S.*[.)]$/s);
          expect(issue.message.length).toBeLessThan(400);
        }
        const valid = validValues(values, issues, [field])[field];
        if (valid !== undefined) {
          // Printable ASCII; single inner spaces only for the W&B names.
          expect(valid).toMatch(/^[!-~]+(?: [!-~]+)*$/);
          if (field !== 'QUEUE-NAME' && field !== 'ENTITY') {
            expect(valid).not.toMatch(/ /);
          }
          expect(issues.some((issue) => issue.severity === 'error')).toBe(
            false,
          );
          // What is given on validates again, as is.
          expect(
            validateFields({...EMPTY_VALUES, [field]: valid}, [field]),
          ).toEqual([]);
        }
      }),
      {numRuns: 300},
    );
  });
});

import {describe, expect, it} from 'vitest';
import {FIELD_IDS, placeholderOf} from './policy/fields';
import {formatSize, placeholderHighlightMetastring} from './policyDisplay';

describe('placeholderHighlightMetastring', () => {
  it('highlights the lines that still hold a placeholder', () => {
    const text = [
      '{',
      '  "Resource": "arn:aws:ecr:<REGION>:<ACCOUNT-ID>:repository/x",',
      '  "Action": "ecr:PutImage",',
      '  "Role": "<ARN-OF-ROLE-TO-PASS>"',
      '}',
    ].join('\n');
    expect(placeholderHighlightMetastring(text)).toBe('{2,4}');
  });

  it('knows every placeholder of the page', () => {
    const text = ['{', ...FIELD_IDS.map(placeholderOf), '}'].join('\n');
    // Line 1 is "{": each of the 20 placeholders is on a line of its own.
    expect(FIELD_IDS).toHaveLength(20);
    expect(placeholderHighlightMetastring(text)).toBe(
      `{${Array.from({length: 20}, (_, index) => index + 2).join(',')}}`,
    );
  });

  it('highlights nothing in a complete policy', () => {
    expect(placeholderHighlightMetastring('{\n  "Resource": "*"\n}')).toBe('');
  });
});

describe('formatSize', () => {
  it('groups thousands as the IAM console does', () => {
    expect(formatSize(1234, 6144)).toBe('1,234 of 6,144 characters');
    expect(formatSize(0, 6144)).toBe('0 of 6,144 characters');
    expect(formatSize(999, 1000)).toBe('999 of 1,000 characters');
    expect(formatSize(1234567, 10240)).toBe('1,234,567 of 10,240 characters');
  });
});

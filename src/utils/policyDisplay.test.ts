import {describe, expect, it} from 'vitest';
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

  it('highlights nothing in a complete policy', () => {
    expect(placeholderHighlightMetastring('{\n  "Resource": "*"\n}')).toBe('');
  });
});

describe('formatSize', () => {
  it('groups thousands as the IAM console does', () => {
    expect(formatSize(1234, 6144)).toBe('1,234 of 6,144 characters');
  });
});

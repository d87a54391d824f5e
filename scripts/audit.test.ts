import {describe, expect, it} from 'vitest';
import {auditVerdict} from './audit.mjs';

const report = (counts: Record<string, number>, vulnerabilities = {}) =>
  JSON.stringify({metadata: {vulnerabilities: counts}, vulnerabilities});

describe('auditVerdict', () => {
  it('passes with no high or critical advisory', () => {
    const verdict = auditVerdict({
      stdout: report({critical: 0, high: 0, moderate: 2, low: 1}),
      status: 1,
    });
    expect(verdict.ok).toBe(true);
    expect(verdict.message).toContain('0 critical, 0 high, 2 moderate');
  });

  it('fails on a high or a critical advisory, and names it', () => {
    const verdict = auditVerdict({
      stdout: report(
        {critical: 1, high: 0},
        {'some-package': {severity: 'critical', range: '<1.2.3'}},
      ),
      status: 1,
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('critical: some-package <1.2.3');
  });

  const unreachable = {
    stdout: JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    }),
    stderr: 'npm error audit endpoint returned an error\n',
    status: 1,
  };

  it('says so, and passes, when the endpoint cannot be reached', () => {
    const verdict = auditVerdict(unreachable);
    expect(verdict.ok).toBe(true);
    expect(verdict.message).toMatch(/could not be checked.*405/);
  });

  it('fails then if the check is required', () => {
    expect(auditVerdict({...unreachable, required: true}).ok).toBe(false);
  });

  it('reads npm’s error line when there is no JSON at all', () => {
    const verdict = auditVerdict({
      stdout: '',
      stderr: 'npm warn x\nnpm error network ENOTFOUND\n',
      status: 1,
    });
    expect(verdict.message).toContain('npm error network ENOTFOUND');
  });
});

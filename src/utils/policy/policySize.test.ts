/**
 * IAM counts a policy's characters without white space: at most 6,144 for a
 * managed policy, and 10,240 for all of a role's inline policies together
 * (IAM and AWS STS quotas). The generated policies must stay within both
 * with the longest values the form accepts, in every partition and every
 * option combination.
 */
import {afterAll, describe, expect, it} from 'vitest';
import {generatePolicies} from './generate';
import {EMPTY_VALUES} from './fields';
import {allOptionCombinations} from './options';
import {PARTITIONS} from './partitions';
import {KEY_ID, policiesOf} from './testing/fixtures';
import type {FieldValues, PolicyId} from './types';

const MANAGED_POLICY_LIMIT = 6144;
const INLINE_POLICIES_LIMIT = 10240;

/** The longest valid value of each field, in the partition's longest Region. */
function longestValues(partition: string, region: string): FieldValues {
  const account = '123456789012';
  // A role path is at most 512 characters, "/" at both ends; a name at most 64.
  const path = `/${'p'.repeat(510)}/`;
  return {
    ...EMPTY_VALUES,
    REGION: region,
    'ACCOUNT-ID': account,
    'YOUR-REPO-NAME': 'a'.repeat(256),
    'BUCKET-NAME': 'b'.repeat(63),
    'ARN-OF-ROLE-TO-PASS': `arn:${partition}:iam::${account}:role${path}${'n'.repeat(64)}`,
    'ARN-OF-KMS-KEY': `arn:${partition}:kms:${region}:${account}:key/${KEY_ID}`,
  };
}

const LONGEST = PARTITIONS.map((partition) => {
  const region = partition.regions
    .map((candidate) => candidate.id)
    .reduce((longest, id) => (id.length > longest.length ? id : longest), '');
  return {partition: partition.id, region};
});

const largest: Record<PolicyId | 'both', number> = {
  agent: 0,
  sagemaker: 0,
  both: 0,
};

afterAll(() => {
  console.log(
    `Largest policies with the longest values: agent ${largest.agent}, SageMaker ${largest.sagemaker}, both ${largest.both} characters (limits ${MANAGED_POLICY_LIMIT} each, ${INLINE_POLICIES_LIMIT} inline together)`,
  );
});

describe.each(LONGEST)('$partition ($region)', ({partition, region}) => {
  const values = longestValues(partition, region);

  it('accepts the longest values', () => {
    expect(values['ARN-OF-ROLE-TO-PASS'].split('/')[1]).toHaveLength(510);
    expect(generatePolicies(values).issues).toEqual([]);
  });

  it.each(allOptionCombinations())(
    'stays within the size limits for %o',
    (options) => {
      const policies = policiesOf(generatePolicies(values, options));
      let both = 0;
      for (const policy of policies) {
        const size = policy.text.replace(/\s/g, '').length;
        expect(policy.size).toBe(size);
        // The longest values are in, not left out as invalid.
        expect(policy.text).toContain(
          policy.id === 'agent'
            ? values['YOUR-REPO-NAME']
            : values['ARN-OF-ROLE-TO-PASS'],
        );
        expect(size).toBeLessThanOrEqual(MANAGED_POLICY_LIMIT);
        largest[policy.id] = Math.max(largest[policy.id], size);
        both += size;
      }
      expect(both).toBeLessThanOrEqual(INLINE_POLICIES_LIMIT);
      largest.both = Math.max(largest.both, both);
    },
  );
});

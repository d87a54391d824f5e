/**
 * Test-only values shared by the policy tests. Never imported by code that
 * ships (src/shippedCode.test.ts checks that).
 */
import type {ArnInputs} from '../agentCalls';
import {EMPTY_VALUES} from '../fields';
import {PARTITIONS} from '../partitions';
import type {Partition} from '../partitions';
import type {FieldValues, GeneratedPolicy, GenerationResult} from '../types';

export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const ACCOUNT = '123456789012';
/** An account that is not ours, for the neighbour checks. */
export const OTHER_ACCOUNT = '210987654321';

/** The Region each partition is tested in: the best-known one, else the first. */
const PREFERRED_REGIONS: Readonly<Record<string, string>> = {
  aws: 'us-east-1',
  'aws-cn': 'cn-north-1',
  'aws-us-gov': 'us-gov-west-1',
};

export function sampleRegion(partition: Partition): string {
  const region =
    PREFERRED_REGIONS[partition.id] ?? partition.regions[0]?.id ?? undefined;
  if (region === undefined) {
    throw new Error(`The partition ${partition.id} lists no region`);
  }
  return region;
}

/** Every partition of the SDK data, with the Region it is tested in. */
export const PARTITION_REGIONS: readonly {
  readonly partition: string;
  readonly region: string;
}[] = PARTITIONS.map((partition) => ({
  partition: partition.id,
  region: sampleRegion(partition),
}));

/** Valid values for every field, in this partition and Region. */
export function filledValues(
  partition: string,
  region: string,
  account = ACCOUNT,
): FieldValues {
  return {
    ...EMPTY_VALUES,
    REGION: region,
    'ACCOUNT-ID': account,
    'YOUR-REPO-NAME': 'project-a/web-app',
    'BUCKET-NAME': 'my-launch-bucket',
    'ARN-OF-ROLE-TO-PASS': `arn:${partition}:iam::${account}:role/service-role/SageMakerExecutionRole`,
    'ARN-OF-KMS-KEY': `arn:${partition}:kms:${region}:${account}:key/${KEY_ID}`,
  };
}

/** The ARN inputs of filled values, with the partition the test expects. */
export function arnInputsOf(partition: string, values: FieldValues): ArnInputs {
  return {
    partition,
    region: values.REGION,
    account: values['ACCOUNT-ID'],
    repository: values['YOUR-REPO-NAME'],
    bucket: values['BUCKET-NAME'],
    role: values['ARN-OF-ROLE-TO-PASS'],
    kmsKey: values['ARN-OF-KMS-KEY'],
  };
}

/** The agent's policy, which the Kaniko and Docker builders always have. */
export function agentPolicyOf(result: GenerationResult): GeneratedPolicy {
  if (result.agent === undefined) {
    throw new Error('Expected an agent policy');
  }
  return result.agent;
}

/** The policies generated, the agent's first when there is one. */
export function policiesOf(result: GenerationResult): GeneratedPolicy[] {
  return result.agent === undefined
    ? [result.sagemaker]
    : [result.agent, result.sagemaker];
}

/** The actions of a statement, as a list. */
export function listOf<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

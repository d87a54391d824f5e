/**
 * Issues that compare fields which are each valid on their own: warnings, but
 * for an ARN in another partition than the region's, which can never match.
 */
import {findRegion} from '../partitions';
import type {Issue, IssueCode, IssueSeverity} from '../types';
import {splitArn} from './arn';

/** The fields whose ARNs are compared with the region and the account. */
export const ARN_FIELDS = [
  'ARN-OF-ROLE-TO-PASS',
  'ARN-OF-KMS-KEY',
  'TRUSTED-PRINCIPAL-ARN',
] as const;

type ArnField = (typeof ARN_FIELDS)[number];

const ARN_NAMES: Readonly<Record<ArnField, string>> = {
  'ARN-OF-ROLE-TO-PASS': 'role',
  'ARN-OF-KMS-KEY': 'KMS key',
  'TRUSTED-PRINCIPAL-ARN': 'trusted principal',
};

/**
 * A principal in another account assuming the agent's role is the usual
 * cross-account set-up, not a slip: no account warning for it. Another
 * partition still cannot work (IAM: a role's trust policy cannot name a
 * principal of another partition).
 */
const COMPARES_ACCOUNT: Readonly<Record<ArnField, boolean>> = {
  'ARN-OF-ROLE-TO-PASS': true,
  'ARN-OF-KMS-KEY': true,
  'TRUSTED-PRINCIPAL-ARN': false,
};

/** Warnings between valid fields: legal combinations that are rarely meant or cannot work. */
export function crossFieldWarnings(
  field: ArnField,
  arnValue: string,
  region: string | undefined,
  account: string | undefined,
): Issue[] {
  const arn = splitArn(arnValue);
  if (arn === undefined) {
    return [];
  }
  const what = ARN_NAMES[field];
  const warnings: Issue[] = [];
  const warn = (
    code: IssueCode,
    message: string,
    severity: IssueSeverity = 'warning',
  ) => warnings.push({field, code, severity, message});
  if (
    COMPARES_ACCOUNT[field] &&
    account !== undefined &&
    arn.account !== account
  ) {
    warn(
      'arn-account-mismatch',
      field === 'ARN-OF-KMS-KEY'
        ? `The KMS key is in the account ${arn.account}, but the AWS account ID is ${account}. A key in another account works only if its key policy allows your account too; check that this is the key you mean.`
        : `The role is in the account ${arn.account}, but the AWS account ID is ${account}. Passing a role from another account is legal but rarely meant; check that this is the role you mean.`,
    );
  }
  const regionPartition =
    region === undefined ? undefined : findRegion(region)?.partition;
  if (regionPartition !== undefined && arn.partition !== regionPartition.id) {
    warn(
      'arn-partition-mismatch',
      `The ${what} ARN is in the partition ${arn.partition}, but the region ${region} is in ${regionPartition.id}. A policy cannot reach across partitions, so this statement would never match: fix the region or the ARN.`,
      'error',
    );
  } else if (
    field === 'ARN-OF-KMS-KEY' &&
    region !== undefined &&
    arn.region !== region
  ) {
    warn(
      'arn-region-mismatch',
      `The KMS key is in ${arn.region}, but the AWS Region is ${region}. SageMaker uses a key in the training job's region, and the policy's kms:ViaService condition names sagemaker.${region}.amazonaws.com: use a key in ${region} (a multi-Region key has a replica ARN there).`,
    );
  }
  return warnings;
}

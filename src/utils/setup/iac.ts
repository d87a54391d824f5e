/**
 * What the three ways of creating everything (the AWS CLI script, the
 * CloudFormation template, the Terraform configuration) share: the inline
 * policies' names, the documents they hold, and the execution role's name
 * and path as its ARN gives them.
 */
import type {PolicyDocument} from '../policy/types';
import type {TrustPolicyDocument} from './principals';

/** The inline policies' names, the same in all three. */
export const IAC_POLICY_NAMES = {
  execution: 'WandbLaunchExecutionRolePolicy',
  agent: 'WandbLaunchAgentPolicy',
  sagemaker: 'WandbLaunchSageMakerPolicy',
} as const;

/** The policies they create: the documents the other pages show. */
export interface IacDocuments {
  readonly executionTrust: TrustPolicyDocument;
  readonly executionPermissions: PolicyDocument;
  readonly agentTrust: TrustPolicyDocument;
  /** Absent for a prebuilt image: the agent then needs no ECR or S3 access. */
  readonly agentPolicy?: PolicyDocument | undefined;
  readonly sagemakerPolicy: PolicyDocument;
}

export interface IacOptions {
  /** Also create the ECR repository and the S3 bucket when they do not exist. */
  readonly createResources: boolean;
}

/**
 * A role ARN's name and path: `arn:P:iam::A:role/service-role/X` is X under
 * `/service-role/`. A placeholder is no ARN: it stays the name, and the code
 * refuses to run.
 */
export function roleNameAndPath(arn: string): {name: string; path: string} {
  const marker = arn.indexOf(':role/');
  const pathAndName = marker < 0 ? arn : arn.slice(marker + ':role/'.length);
  const slash = pathAndName.lastIndexOf('/');
  return {
    name: pathAndName.slice(slash + 1),
    path: `/${pathAndName.slice(0, slash + 1)}`,
  };
}

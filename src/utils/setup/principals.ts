/**
 * What both roles' policies share: the shape of a trust policy, the
 * statement IDs of every role policy (the keys of roleSources.ts), and the
 * service principals of each partition. Each role's generator is in its own
 * module (executionRole.ts, agentRole.ts), so that a page loads only the
 * role it shows.
 */
import type {ConditionValue} from '../policy/types';

/** Who a trust policy lets assume the role. */
export type TrustPrincipal =
  | {readonly Service: string}
  | {readonly AWS: string}
  | {readonly Federated: string};

/** A statement of a role's trust policy: a principal, and no Resource (the role is the resource). */
export interface TrustStatement {
  Sid: TrustSid;
  Effect: 'Allow';
  Principal: TrustPrincipal;
  Action: string | string[];
  Condition?: Record<string, Record<string, ConditionValue>>;
}

export interface TrustPolicyDocument {
  Version: '2012-10-17';
  Statement: TrustStatement[];
}

export type TrustSid =
  | 'SageMakerTrainingJobs'
  | 'Ec2InstanceProfile'
  | 'EksPodIdentity'
  | 'EksServiceAccount'
  | 'TrustedPrincipal';

export type PermissionSid =
  | 'EcrAuthorizationToken'
  | 'EcrPullTrainingImage'
  | 'OutputPrefixList'
  | 'OutputObjects'
  | 'TrainingJobLogs'
  | 'TrainingJobMetrics'
  | 'VolumeKeyGrant';

/** Every statement ID of the roles' policies: the keys of the sources table. */
export type RoleSid = TrustSid | PermissionSid;

/**
 * The service principals and the IRSA audience in each partition of the SDK's
 * partitions data: one row per partition, each row's sources in its comment
 * (and, for the page, in roleSources.ts under PRINCIPAL_SOURCES).
 */
export interface PartitionPrincipals {
  /** SageMaker, which assumes the execution role. */
  readonly sagemaker: string;
  /** EC2, which hands the agent's role to an instance through its instance profile. */
  readonly ec2: string;
  /** EKS Pod Identity's agent. */
  readonly eksPods: string;
  /** The `aud` of the service-account tokens that EKS projects for IRSA. */
  readonly irsaAudience: string;
}

/**
 * AWS has standardized service principals to `SERVICE.amazonaws.com` in every
 * partition (AWS CDK's @aws-cdk/aws-iam:standardizedServicePrincipals flag,
 * "all service principals names have been standardized to their global
 * form"); EC2's partition-specific principals, which IAM required before that
 * (kubernetes/kops#27: `ec2.amazonaws.com` rejected in cn-north-1), are the
 * ones AWS's own China and isolated-Region templates use, so they stay where
 * AWS wrote them.
 */
const GLOBAL: PartitionPrincipals = {
  // SageMaker developer guide, "Cross-service confused deputy prevention"
  // (the same sagemaker.amazonaws.com on docs.amazonaws.cn).
  sagemaker: 'sagemaker.amazonaws.com',
  // IAM User Guide, "Use an IAM role to grant permissions to applications running on Amazon EC2 instances".
  ec2: 'ec2.amazonaws.com',
  // EKS User Guide, "Create IAM role with trust policy required by EKS Pod Identity".
  eksPods: 'pods.eks.amazonaws.com',
  // EKS User Guide, "Assign IAM roles to Kubernetes service accounts".
  irsaAudience: 'sts.amazonaws.com',
};

export const PARTITION_PRINCIPALS: Readonly<
  Record<string, PartitionPrincipals>
> = {
  aws: GLOBAL,
  // EC2: the partition's own principal, as in AWS's China templates and the
  // CDK region-info rule (`ec2.${urlSuffix}`). Pod Identity and IRSA: the China
  // EKS User Guide (docs.amazonaws.cn) writes pods.eks.amazonaws.com and
  // sts.amazonaws.com.
  'aws-cn': {...GLOBAL, ec2: 'ec2.amazonaws.com.cn'},
  // GovCloud's DNS suffix is amazonaws.com: every principal is the global one.
  'aws-us-gov': GLOBAL,
  // The isolated partitions: EC2's partitional principal from the CDK
  // region-info rule; the rest in their standardized global form.
  'aws-iso': {...GLOBAL, ec2: 'ec2.c2s.ic.gov'},
  'aws-iso-b': {...GLOBAL, ec2: 'ec2.sc2s.sgov.gov'},
  // Created after the standardization: only the global form was ever documented.
  'aws-iso-e': GLOBAL,
  'aws-iso-f': GLOBAL,
  'aws-eusc': GLOBAL,
};

/** The principals of the input's partition; the commercial ones for a partition the table lacks. */
export function principalsOf(partition: string): PartitionPrincipals {
  return PARTITION_PRINCIPALS[partition] ?? GLOBAL;
}

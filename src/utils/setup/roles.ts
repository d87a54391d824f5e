/**
 * The two roles' policies: the execution role that SageMaker assumes for each
 * training job (its trust policy and its permissions), and the agent's role,
 * whose trust policy follows where the agent runs. Pure functions of the
 * set-up's inputs, returning objects the page serializes with JSON.stringify:
 * no value is ever spliced into text, and a placeholder passes through as it
 * is. Why each statement is there, with its AWS source: roleSources.ts (kept
 * apart so that a page that does not show them does not load them).
 */
import {TRAINING_JOB_LOG_GROUP} from '../policy/logGroups';
import type {ConditionValue, PolicyDocument} from '../policy/types';
import type {AgentHost, SetupInputs} from './inputs';
import {AGENT_TRUST_SIDS} from './trustSids';

export {AGENT_TRUST_SIDS};

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

/** The agent's role ARN, for the pages that name it (roles live in IAM: no Region). */
export function agentRoleArn(inputs: SetupInputs): string {
  return `arn:${inputs.partition}:iam::${inputs.account}:role/${inputs.agentRoleName}`;
}

/** `prefix/` for a prefix, nothing for the bucket's root. */
const prefixPath = (prefix: string) => (prefix === '' ? '' : `${prefix}/`);

/**
 * SageMaker may assume the execution role only for this account's training
 * jobs in this Region (the confused-deputy conditions of AWS's example).
 */
export function executionRoleTrustPolicy(
  inputs: SetupInputs,
): TrustPolicyDocument {
  const {partition, region, account} = inputs;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'SageMakerTrainingJobs',
        Effect: 'Allow',
        Principal: {Service: principalsOf(partition).sagemaker},
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: {'aws:SourceAccount': account},
          ArnLike: {
            'aws:SourceArn': `arn:${partition}:sagemaker:${region}:${account}:training-job/*`,
          },
        },
      },
    ],
  };
}

/** What a training job does with the execution role: SageMaker's CreateTrainingJob permissions, scoped. */
export function executionRolePermissionsPolicy(
  inputs: SetupInputs,
): PolicyDocument {
  const {partition, region, account, repository, bucket, outputPrefix} = inputs;
  const path = prefixPath(outputPrefix);
  const logGroup = `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}`;
  const document: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EcrAuthorizationToken',
        Effect: 'Allow',
        // The SAR: GetAuthorizationToken applies to no resource, "*" only.
        Action: 'ecr:GetAuthorizationToken',
        Resource: '*',
      },
      {
        Sid: 'EcrPullTrainingImage',
        Effect: 'Allow',
        Action: [
          'ecr:BatchCheckLayerAvailability',
          'ecr:GetDownloadUrlForLayer',
          'ecr:BatchGetImage',
        ],
        Resource: `arn:${partition}:ecr:${region}:${account}:repository/${repository}`,
      },
      {
        Sid: 'OutputPrefixList',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:${partition}:s3:::${bucket}`,
        Condition: {StringLike: {'s3:prefix': `${path}*`}},
      },
      {
        Sid: 'OutputObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `arn:${partition}:s3:::${bucket}/${path}*`,
      },
      {
        Sid: 'TrainingJobLogs',
        Effect: 'Allow',
        Action: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          'logs:DescribeLogStreams',
        ],
        // The ":*" form: the group's own actions and its streams' (AWS
        // authorizes group actions against it; CloudWatch Logs guide).
        Resource: `${logGroup}:*`,
      },
      {
        Sid: 'TrainingJobMetrics',
        Effect: 'Allow',
        // The SAR: PutMetricData names no required resource type.
        Action: 'cloudwatch:PutMetricData',
        Resource: '*',
        Condition: {
          StringEquals: {'cloudwatch:namespace': TRAINING_JOB_LOG_GROUP},
        },
      },
    ],
  };
  if (inputs.kmsKeyArn !== undefined) {
    document.Statement.push({
      Sid: 'VolumeKeyGrant',
      Effect: 'Allow',
      // SageMaker: "If you specify a volume KMS key in the resource
      // configuration of your training job", kms:CreateGrant; the KMS guide's
      // condition keeps the grants to those AWS services make for the role.
      Action: 'kms:CreateGrant',
      Resource: inputs.kmsKeyArn,
      Condition: {Bool: {'kms:GrantIsForAWSResource': true}},
    });
  }
  return document;
}

/** Each host's trust statement: who may assume the agent's role, and on which conditions. */
const AGENT_TRUST: Readonly<
  Record<AgentHost, (inputs: SetupInputs) => TrustStatement>
> = {
  ec2: ({partition}) => ({
    Sid: AGENT_TRUST_SIDS.ec2,
    Effect: 'Allow',
    Principal: {Service: principalsOf(partition).ec2},
    Action: 'sts:AssumeRole',
  }),
  'eks-pod-identity': ({
    partition,
    region,
    account,
    eksClusterName,
    k8sNamespace,
    k8sServiceAccount,
  }) => ({
    Sid: AGENT_TRUST_SIDS['eks-pod-identity'],
    Effect: 'Allow',
    Principal: {Service: principalsOf(partition).eksPods},
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    // The session tags Pod Identity sends, as the EKS guide restricts them.
    Condition: {
      StringEquals: {
        'aws:RequestTag/eks-cluster-arn': `arn:${partition}:eks:${region}:${account}:cluster/${eksClusterName}`,
        'aws:RequestTag/kubernetes-namespace': k8sNamespace,
        'aws:RequestTag/kubernetes-service-account': k8sServiceAccount,
      },
    },
  }),
  'eks-irsa': ({
    partition,
    account,
    oidcIssuer,
    k8sNamespace,
    k8sServiceAccount,
  }) => ({
    Sid: AGENT_TRUST_SIDS['eks-irsa'],
    Effect: 'Allow',
    Principal: {
      Federated: `arn:${partition}:iam::${account}:oidc-provider/${oidcIssuer}`,
    },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${oidcIssuer}:aud`]: principalsOf(partition).irsaAudience,
        [`${oidcIssuer}:sub`]: `system:serviceaccount:${k8sNamespace}:${k8sServiceAccount}`,
      },
    },
  }),
  'assume-role': ({trustedPrincipalArn}) => ({
    Sid: AGENT_TRUST_SIDS['assume-role'],
    Effect: 'Allow',
    Principal: {AWS: trustedPrincipalArn},
    Action: 'sts:AssumeRole',
  }),
};

/** Who may assume the agent's role: the principal of where the agent runs, and only it. */
export function agentRoleTrustPolicy(inputs: SetupInputs): TrustPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [AGENT_TRUST[inputs.agentHost](inputs)],
  };
}

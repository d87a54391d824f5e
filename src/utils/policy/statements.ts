/**
 * The statements of both policies: where each applies and, for those the
 * original page has, its actions as the page wrote them. Which statements a
 * policy holds, and their other actions, follow from the agent's calls
 * (agentCalls.ts).
 */
import type {ArnInputs} from './agentCalls';
import {TRAINING_JOB_LOG_GROUP} from './agentCalls';
import {passesRoleToSageMakerOnly} from './options';
import type {PolicyId, PolicyOptions, PolicyStatement} from './types';

export type StatementId =
  | 'EcrRepository'
  | 'EcrToken'
  | 'EcrLayerCheck'
  | 'BuildContextBucket'
  | 'BuildContextObjects'
  | 'TrainingJobs'
  | 'PassExecutionRole'
  | 'VolumeKeyGrant'
  | 'TrainingJobLogs';

export interface StatementSpec {
  readonly id: StatementId;
  readonly policy: PolicyId;
  readonly resource: (inputs: ArnInputs) => string;
  /** The page wrote the resource as a one-item list. */
  readonly resourceAsList?: boolean;
  readonly condition?: (
    inputs: ArnInputs,
    options: PolicyOptions,
  ) => PolicyStatement['Condition'];
  /** The original page's actions, in its order, and how it wrote them. */
  readonly original?: {
    readonly actions: readonly string[];
    readonly asList: boolean;
    readonly sid?: string;
  };
}

/**
 * The original page's ECR actions on the repository. With least privilege
 * only those a call needs stay (UploadLayerPart, PutImage, …).
 */
export const ORIGINAL_ECR_REPOSITORY_ACTIONS = [
  'ecr:PutLifecyclePolicy',
  'ecr:PutImageTagMutability',
  'ecr:StartImageScan',
  'ecr:CreateRepository',
  'ecr:PutImageScanningConfiguration',
  'ecr:UploadLayerPart',
  'ecr:BatchDeleteImage',
  'ecr:DeleteLifecyclePolicy',
  'ecr:DeleteRepository',
  'ecr:PutImage',
  'ecr:CompleteLayerUpload',
  'ecr:StartLifecyclePolicyPreview',
  'ecr:InitiateLayerUpload',
  'ecr:DeleteRepositoryPolicy',
] as const;

const repositoryArn = ({partition, region, account, repository}: ArnInputs) =>
  `arn:${partition}:ecr:${region}:${account}:repository/${repository}`;

/** Both policies' statements, in the order they appear. */
export const STATEMENTS = [
  {
    id: 'EcrRepository',
    policy: 'agent',
    resource: repositoryArn,
    original: {actions: ORIGINAL_ECR_REPOSITORY_ACTIONS, asList: true},
  },
  {
    id: 'EcrToken',
    policy: 'agent',
    // ecr:GetAuthorizationToken applies to no resource: "*" only.
    resource: () => '*',
    original: {actions: ['ecr:GetAuthorizationToken'], asList: false},
  },
  {
    id: 'EcrLayerCheck',
    policy: 'agent',
    resource: repositoryArn,
    original: {actions: ['ecr:BatchCheckLayerAvailability'], asList: false},
  },
  {
    id: 'BuildContextBucket',
    policy: 'agent',
    resource: ({partition, bucket}) => `arn:${partition}:s3:::${bucket}`,
    resourceAsList: true,
    original: {
      actions: ['s3:ListBucket'],
      asList: true,
      sid: 'ListObjectsInBucket',
    },
  },
  {
    id: 'BuildContextObjects',
    policy: 'agent',
    resource: ({partition, bucket}) => `arn:${partition}:s3:::${bucket}/*`,
    resourceAsList: true,
    original: {actions: ['s3:*Object'], asList: false, sid: 'AllObjectActions'},
  },
  {
    id: 'TrainingJobs',
    policy: 'sagemaker',
    // The page's arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>/* matches no job.
    resource: ({partition, region, account}) =>
      `arn:${partition}:sagemaker:${region}:${account}:training-job/*`,
    original: {actions: ['sagemaker:CreateTrainingJob'], asList: false},
  },
  {
    id: 'PassExecutionRole',
    policy: 'sagemaker',
    resource: ({role}) => role,
    condition: (_, options) =>
      passesRoleToSageMakerOnly(options)
        ? // The service principal, as in AWS's managed SageMaker policies.
          {StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'}}
        : undefined,
    original: {actions: ['iam:PassRole'], asList: false},
  },
  {
    id: 'VolumeKeyGrant',
    policy: 'sagemaker',
    resource: ({kmsKey}) => kmsKey,
    condition: ({region}) => ({
      // KMS: use the .amazonaws.com suffix of a ViaService name in every partition.
      StringEquals: {'kms:ViaService': `sagemaker.${region}.amazonaws.com`},
      Bool: {'kms:GrantIsForAWSResource': true},
    }),
    original: {actions: ['kms:CreateGrant'], asList: false},
  },
  {
    id: 'TrainingJobLogs',
    policy: 'sagemaker',
    // The ":*" form covers the group's own actions and its streams' events.
    resource: ({partition, region, account}) =>
      `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}:*`,
  },
] as const satisfies readonly StatementSpec[];

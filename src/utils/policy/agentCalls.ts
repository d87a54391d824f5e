/**
 * Every AWS call the W&B Launch agent makes for a SageMaker queue, read from
 * its code (wandb/wandb, wandb/sdk/launch/) and checked against AWS's
 * documentation: the policies are generated from this table, so no call can
 * be forgotten and nothing is granted that no call needs (except the page's
 * own actions, which its default mode keeps). Pure data: no React.
 *
 * What each call's request holds (callRequests.ts), why it is made, with
 * AWS's source (callNotes.ts), and where and by whom (callSources.ts) are
 * keyed by the same IDs, and typed so that no call can lack them; they live
 * apart because the form's code needs none of them.
 */
import {TRAINING_JOB_LOG_GROUP} from './logGroups';
import type {Builder, PolicyOptions} from './types';
import type {StatementId} from './statements';

/** The values a call's ARNs are built from: typed values, or placeholders. */
export interface ArnInputs {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly repository: string;
  readonly bucket: string;
  readonly role: string;
  readonly kmsKey: string;
}

export type CallTiming =
  | 'every-job'
  | 'while-running'
  | 'on-cancel'
  | 'on-failed-start'
  | 'every-build';

export interface AgentCall {
  readonly id: string;
  /** The IAM actions the request is authorized as; none for sts:GetCallerIdentity. */
  readonly actions: readonly string[];
  /** The statement that allows it in the page's mode, and with least privilege if other. */
  readonly statement: StatementId | undefined;
  readonly leastPrivilegeStatement?: StatementId;
  readonly when: CallTiming;
  /** The builders that make it; absent: every builder. */
  readonly builders?: readonly Builder[];
  /** The switch that must be on for it, if any. */
  readonly requires?: 'includeKmsGrant';
}

export {TRAINING_JOB_LOG_GROUP};

/** The tag the agent always adds when it creates a training job. */
export const RUN_ID_TAG = 'WandbRunId';

const BUILDING: readonly Builder[] = ['kaniko', 'docker'];

export const AGENT_CALLS = [
  {
    id: 'get-caller-identity',
    actions: [],
    statement: undefined,
    when: 'every-job',
  },
  {
    id: 'create-training-job',
    actions: ['sagemaker:CreateTrainingJob'],
    statement: 'TrainingJobs',
    when: 'every-job',
  },
  {
    id: 'tag-on-create',
    actions: ['sagemaker:AddTags'],
    statement: 'TrainingJobs',
    when: 'every-job',
  },
  {
    id: 'pass-role',
    actions: ['iam:PassRole'],
    statement: 'PassExecutionRole',
    when: 'every-job',
  },
  {
    id: 'volume-key-grant',
    actions: ['kms:CreateGrant'],
    statement: 'VolumeKeyGrant',
    when: 'every-job',
    requires: 'includeKmsGrant',
  },
  {
    id: 'describe-training-job',
    actions: ['sagemaker:DescribeTrainingJob'],
    statement: 'TrainingJobs',
    when: 'while-running',
  },
  {
    id: 'stop-training-job',
    actions: ['sagemaker:StopTrainingJob'],
    statement: 'TrainingJobs',
    when: 'on-cancel',
  },
  {
    id: 'describe-log-streams',
    actions: ['logs:DescribeLogStreams'],
    statement: 'TrainingJobLogs',
    when: 'on-failed-start',
  },
  {
    id: 'get-log-events',
    actions: ['logs:GetLogEvents'],
    statement: 'TrainingJobLogs',
    when: 'on-failed-start',
  },
  {
    id: 'ecr-token',
    actions: ['ecr:GetAuthorizationToken'],
    statement: 'EcrToken',
    when: 'every-build',
    builders: BUILDING,
  },
  {
    id: 'describe-images',
    actions: ['ecr:DescribeImages'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
  },
  {
    id: 'push-check-layers',
    actions: ['ecr:BatchCheckLayerAvailability'],
    statement: 'EcrLayerCheck',
    leastPrivilegeStatement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
  },
  {
    id: 'push-layers',
    actions: [
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
    ],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
  },
  {
    id: 'push-image',
    actions: ['ecr:PutImage', 'ecr:BatchGetImage'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
  },
  {
    id: 'kaniko-cache',
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: ['kaniko'],
  },
  {
    id: 'head-bucket',
    actions: ['s3:ListBucket'],
    statement: 'BuildContextBucket',
    when: 'every-build',
    builders: ['kaniko'],
  },
  {
    id: 'upload-context',
    actions: ['s3:PutObject'],
    statement: 'BuildContextObjects',
    when: 'every-build',
    builders: ['kaniko'],
  },
  {
    id: 'kaniko-read-context',
    actions: ['s3:GetObject'],
    statement: 'BuildContextObjects',
    when: 'every-build',
    builders: ['kaniko'],
  },
] as const satisfies readonly AgentCall[];

/** The calls the agent makes with these options, in the table's order. */
export function activeCalls(options: PolicyOptions): readonly AgentCall[] {
  return (AGENT_CALLS as readonly AgentCall[]).filter(
    (call) =>
      (call.builders === undefined ||
        call.builders.includes(options.builder)) &&
      (call.requires === undefined || options[call.requires]),
  );
}

/** The statement that allows a call in the chosen mode. */
export function statementOf(
  call: AgentCall,
  options: PolicyOptions,
): StatementId | undefined {
  return options.leastPrivilege
    ? (call.leastPrivilegeStatement ?? call.statement)
    : call.statement;
}

export type CallId = (typeof AGENT_CALLS)[number]['id'];

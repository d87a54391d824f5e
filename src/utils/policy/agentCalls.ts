/**
 * Every AWS call the W&B Launch agent makes for a SageMaker queue, read from
 * its code (wandb/wandb, wandb/sdk/launch/) and checked against AWS's
 * documentation: the policies are generated from this table, so no call can
 * be forgotten and nothing is granted that no call needs (except the page's
 * own actions, which its default mode keeps). Pure data: no React.
 *
 * What each call's request holds (callRequests.ts) and why it is made, with
 * AWS's source (callNotes.ts), are keyed by the same IDs, and typed so that
 * no call can lack them; they live apart because the browser needs neither.
 */
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

/** When each kind of call happens, in words. */
export const TIMING_LABELS: Readonly<Record<CallTiming, string>> = {
  'every-job': 'Every job',
  'while-running': 'While a job runs, twice every 10 seconds',
  'on-cancel': 'When its run is stopped in W&B',
  'on-failed-start': 'When a run never reports to W&B',
  'every-build': 'Every image build',
};

/** Who sends the request, with the agent's credentials or on its behalf. */
export type Caller = 'agent' | 'kaniko' | 'sagemaker';

export const CALLER_LABELS: Readonly<Record<Caller, string>> = {
  agent: 'the agent',
  kaniko: 'the Kaniko build pod',
  sagemaker: 'SageMaker, for the agent',
};

export interface AgentCall {
  readonly id: string;
  /** The request as the agent's code makes it, e.g. `sagemaker.create_training_job`. */
  readonly api: string;
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
  readonly caller: Caller;
  /** The line of wandb/wandb that makes it. */
  readonly code: {readonly file: string; readonly lines: string};
}

/** The wandb/wandb commit the table was read from. */
export const WANDB_COMMIT = 'b6e29505884ea60c79ca12091f1f75bd39d2f955';

export function codeUrl(code: AgentCall['code']): string {
  const [first, last = first] = code.lines.split('-');
  return `https://github.com/wandb/wandb/blob/${WANDB_COMMIT}/wandb/sdk/launch/${code.file}#L${first}-L${last}`;
}

/** SageMaker's log group for training jobs, named by the agent's code. */
export const TRAINING_JOB_LOG_GROUP = '/aws/sagemaker/TrainingJobs';

/** The tag the agent always adds when it creates a training job. */
export const RUN_ID_TAG = 'WandbRunId';

const BUILDING: readonly Builder[] = ['kaniko', 'docker'];

export const AGENT_CALLS = [
  {
    id: 'get-caller-identity',
    api: 'sts.get_caller_identity',
    actions: [],
    statement: undefined,
    when: 'every-job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '180-181'},
  },
  {
    id: 'create-training-job',
    api: 'sagemaker.create_training_job',
    actions: ['sagemaker:CreateTrainingJob'],
    statement: 'TrainingJobs',
    when: 'every-job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '393-394'},
  },
  {
    id: 'tag-on-create',
    api: 'sagemaker.create_training_job (Tags)',
    actions: ['sagemaker:AddTags'],
    statement: 'TrainingJobs',
    when: 'every-job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '370-373'},
  },
  {
    id: 'pass-role',
    api: 'sagemaker.create_training_job (RoleArn)',
    actions: ['iam:PassRole'],
    statement: 'PassExecutionRole',
    when: 'every-job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '408-426'},
  },
  {
    id: 'volume-key-grant',
    api: 'sagemaker.create_training_job (VolumeKmsKeyId)',
    actions: ['kms:CreateGrant'],
    statement: 'VolumeKeyGrant',
    when: 'every-job',
    requires: 'includeKmsGrant',
    caller: 'sagemaker',
    code: {file: 'runner/sagemaker_runner.py', lines: '353-356'},
  },
  {
    id: 'describe-training-job',
    api: 'sagemaker.describe_training_job',
    actions: ['sagemaker:DescribeTrainingJob'],
    statement: 'TrainingJobs',
    when: 'while-running',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '105-111'},
  },
  {
    id: 'stop-training-job',
    api: 'sagemaker.stop_training_job',
    actions: ['sagemaker:StopTrainingJob'],
    statement: 'TrainingJobs',
    when: 'on-cancel',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '98-103'},
  },
  {
    id: 'describe-log-streams',
    api: 'logs.describe_log_streams',
    actions: ['logs:DescribeLogStreams'],
    statement: 'TrainingJobLogs',
    when: 'on-failed-start',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '57-60'},
  },
  {
    id: 'get-log-events',
    api: 'logs.get_log_events',
    actions: ['logs:GetLogEvents'],
    statement: 'TrainingJobLogs',
    when: 'on-failed-start',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '68-71'},
  },
  {
    id: 'ecr-token',
    api: 'ecr.get_authorization_token',
    actions: ['ecr:GetAuthorizationToken'],
    statement: 'EcrToken',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    code: {file: 'registry/elastic_container_registry.py', lines: '139-141'},
  },
  {
    id: 'describe-images',
    api: 'ecr.describe_images',
    actions: ['ecr:DescribeImages'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    code: {file: 'registry/elastic_container_registry.py', lines: '181-193'},
  },
  {
    id: 'push-check-layers',
    api: 'docker push (layer check)',
    actions: ['ecr:BatchCheckLayerAvailability'],
    statement: 'EcrLayerCheck',
    leastPrivilegeStatement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    code: {file: 'builder/docker_builder.py', lines: '170'},
  },
  {
    id: 'push-layers',
    api: 'docker push (layer upload)',
    actions: [
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
    ],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    code: {file: 'builder/docker_builder.py', lines: '170'},
  },
  {
    id: 'push-image',
    api: 'docker push (manifest)',
    actions: ['ecr:PutImage', 'ecr:BatchGetImage'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    code: {file: 'builder/docker_builder.py', lines: '170'},
  },
  {
    id: 'kaniko-cache',
    api: 'Kaniko --cache-repo',
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'kaniko',
    code: {file: 'builder/kaniko_builder.py', lines: '542-550'},
  },
  {
    id: 'head-bucket',
    api: 's3.head_bucket',
    actions: ['s3:ListBucket'],
    statement: 'BuildContextBucket',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'agent',
    code: {file: 'environment/aws_environment.py', lines: '308-309'},
  },
  {
    id: 'upload-context',
    api: 's3.upload_file',
    actions: ['s3:PutObject'],
    statement: 'BuildContextObjects',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'agent',
    code: {file: 'environment/aws_environment.py', lines: '223-224'},
  },
  {
    id: 'kaniko-read-context',
    api: 'Kaniko --context s3://…',
    actions: ['s3:GetObject'],
    statement: 'BuildContextObjects',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'kaniko',
    code: {file: 'builder/kaniko_builder.py', lines: '542-550'},
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

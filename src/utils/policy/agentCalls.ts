/**
 * Every AWS call the W&B Launch agent makes for a SageMaker queue, read from
 * its code (wandb/wandb, wandb/sdk/launch/) and checked against AWS's
 * documentation: the policies are generated from this table, so no call can
 * be forgotten and nothing is granted that no call needs (except the page's
 * own actions, which its default mode keeps). Pure data: no React.
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

export interface Source {
  readonly title: string;
  readonly url: string;
}

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
  /** The resource the request names, for the inputs given. */
  readonly resource: (inputs: ArnInputs) => string;
  /** The request context IAM conditions can see (values as AWS sends them: strings). */
  readonly context?: (
    inputs: ArnInputs,
  ) => Readonly<Record<string, string | readonly string[]>>;
  /** One sentence: why the agent makes this call. */
  readonly reason: string;
  /** The line of wandb/wandb that makes it. */
  readonly code: {readonly file: string; readonly lines: string};
  /** AWS's word on the action and resource. */
  readonly source: Source;
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

// Stand-ins for names the agent makes up at run time (a run ID, an image
// tag): the policies cover every such name with `*`.
const EXAMPLE_JOB = 'wandb-run-1a2b3c4d';
const EXAMPLE_TAG = 'wandb-job-1a2b3c4d';

const trainingJob = ({partition, region, account}: ArnInputs) =>
  `arn:${partition}:sagemaker:${region}:${account}:training-job/${EXAMPLE_JOB}`;
const repository = ({partition, region, account, repository}: ArnInputs) =>
  `arn:${partition}:ecr:${region}:${account}:repository/${repository}`;
const contextObject = ({partition, bucket}: ArnInputs) =>
  `arn:${partition}:s3:::${bucket}/launch/${EXAMPLE_TAG}.tgz`;

const SAR = {
  sagemaker: {
    title:
      'Service Authorization Reference: Actions, resources, and condition keys for Amazon SageMaker',
    url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemaker.html',
  },
  ecr: {
    title:
      'Service Authorization Reference: Actions, resources, and condition keys for Amazon Elastic Container Registry',
    url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html',
  },
} as const satisfies Record<string, Source>;

const ECR_PUSH: Source = {
  title:
    'Amazon ECR User Guide: IAM permissions for pushing an image to an Amazon ECR private repository',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-push-iam.html',
};

const BUILDING: readonly Builder[] = ['kaniko', 'docker'];

export const AGENT_CALLS = [
  {
    id: 'get-caller-identity',
    api: 'sts.get_caller_identity',
    actions: [],
    statement: undefined,
    when: 'every-job',
    caller: 'agent',
    resource: () => '*',
    reason:
      'The agent reads its own account and partition to build the role ARN; AWS needs no permission for it.',
    code: {file: 'runner/sagemaker_runner.py', lines: '180-181'},
    source: {
      title: 'AWS STS API Reference: GetCallerIdentity',
      url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    },
  },
  {
    id: 'create-training-job',
    api: 'sagemaker.create_training_job',
    actions: ['sagemaker:CreateTrainingJob'],
    statement: 'TrainingJobs',
    when: 'every-job',
    caller: 'agent',
    resource: trainingJob,
    context: () => ({
      'aws:TagKeys': [RUN_ID_TAG],
      [`aws:RequestTag/${RUN_ID_TAG}`]: EXAMPLE_JOB,
      'sagemaker:InstanceTypes': ['ml.m5.xlarge'],
      'sagemaker:MaxRuntimeInSeconds': '3600',
    }),
    reason: 'The agent starts each run as a SageMaker training job.',
    code: {file: 'runner/sagemaker_runner.py', lines: '393-394'},
    source: SAR.sagemaker,
  },
  {
    id: 'tag-on-create',
    api: 'sagemaker.create_training_job (Tags)',
    actions: ['sagemaker:AddTags'],
    statement: 'TrainingJobs',
    when: 'every-job',
    caller: 'agent',
    resource: trainingJob,
    context: () => ({
      'aws:TagKeys': [RUN_ID_TAG],
      [`aws:RequestTag/${RUN_ID_TAG}`]: EXAMPLE_JOB,
    }),
    reason: `The agent always tags the job with ${RUN_ID_TAG}, and SageMaker authorizes tags given at creation as sagemaker:AddTags, so without it every job is denied.`,
    code: {file: 'runner/sagemaker_runner.py', lines: '370-373'},
    source: {
      title:
        'Amazon SageMaker AI Developer Guide: Provide permissions for tagging SageMaker AI resources',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html#grant-tagging-permissions',
    },
  },
  {
    id: 'pass-role',
    api: 'sagemaker.create_training_job (RoleArn)',
    actions: ['iam:PassRole'],
    statement: 'PassExecutionRole',
    when: 'every-job',
    caller: 'agent',
    resource: ({role}) => role,
    context: () => ({'iam:PassedToService': 'sagemaker.amazonaws.com'}),
    reason:
      'The job runs as the execution role named in the queue, which the agent passes to SageMaker.',
    code: {file: 'runner/sagemaker_runner.py', lines: '408-426'},
    source: {
      title:
        'IAM User Guide: Grant a user permissions to pass a role to an AWS service',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    },
  },
  {
    id: 'volume-key-grant',
    api: 'sagemaker.create_training_job (ResourceConfig.VolumeKmsKeyId)',
    actions: ['kms:CreateGrant'],
    statement: 'VolumeKeyGrant',
    when: 'every-job',
    requires: 'includeKmsGrant',
    caller: 'sagemaker',
    resource: ({kmsKey}) => kmsKey,
    context: ({region}) => ({
      'kms:ViaService': `sagemaker.${region}.amazonaws.com`,
      'kms:GrantIsForAWSResource': 'true',
    }),
    reason:
      'With a VolumeKmsKeyId in the queue’s ResourceConfig, SageMaker creates a grant on the key for the job, with the agent’s permissions.',
    code: {file: 'runner/sagemaker_runner.py', lines: '353-356'},
    source: {
      title: 'AWS KMS Developer Guide: kms:ViaService',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service',
    },
  },
  {
    id: 'describe-training-job',
    api: 'sagemaker.describe_training_job',
    actions: ['sagemaker:DescribeTrainingJob'],
    statement: 'TrainingJobs',
    when: 'while-running',
    caller: 'agent',
    resource: trainingJob,
    reason:
      'The agent polls each job’s status while it runs; when the call is denied, the agent fails the run while the job goes on in SageMaker.',
    code: {file: 'runner/sagemaker_runner.py', lines: '105-111'},
    source: SAR.sagemaker,
  },
  {
    id: 'stop-training-job',
    api: 'sagemaker.stop_training_job',
    actions: ['sagemaker:StopTrainingJob'],
    statement: 'TrainingJobs',
    when: 'on-cancel',
    caller: 'agent',
    resource: trainingJob,
    reason:
      'The agent stops the job when its run is stopped in W&B, so the job does not run (and bill) on.',
    code: {file: 'runner/sagemaker_runner.py', lines: '98-103'},
    source: SAR.sagemaker,
  },
  {
    id: 'describe-log-streams',
    api: 'logs.describe_log_streams',
    actions: ['logs:DescribeLogStreams'],
    statement: 'TrainingJobLogs',
    when: 'on-failed-start',
    caller: 'agent',
    // AWS authorizes log-group actions against this form of the group's ARN
    // (see the CloudWatch Logs guide on the two forms of log group ARNs).
    resource: ({partition, region, account}) =>
      `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}:log-stream:`,
    reason:
      'When a run never reports to W&B, the agent finds its job’s log stream to show why.',
    code: {file: 'runner/sagemaker_runner.py', lines: '57-60'},
    source: {
      title:
        'Amazon CloudWatch Logs User Guide: Overview of managing access permissions to your CloudWatch Logs resources',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html',
    },
  },
  {
    id: 'get-log-events',
    api: 'logs.get_log_events',
    actions: ['logs:GetLogEvents'],
    statement: 'TrainingJobLogs',
    when: 'on-failed-start',
    caller: 'agent',
    resource: ({partition, region, account}) =>
      `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}:log-stream:${EXAMPLE_JOB}/algo-1-1700000000`,
    reason: 'It then reads that stream’s events into the run’s error.',
    code: {file: 'runner/sagemaker_runner.py', lines: '68-71'},
    source: {
      title:
        'Amazon CloudWatch Logs User Guide: Overview of managing access permissions to your CloudWatch Logs resources',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html',
    },
  },
  {
    id: 'ecr-token',
    api: 'ecr.get_authorization_token',
    actions: ['ecr:GetAuthorizationToken'],
    statement: 'EcrToken',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    resource: () => '*',
    reason:
      'The builder logs in to ECR before it pushes (with Kaniko, the build pod does, with the same credentials).',
    code: {file: 'registry/elastic_container_registry.py', lines: '139-141'},
    source: ECR_PUSH,
  },
  {
    id: 'describe-images',
    api: 'ecr.describe_images',
    actions: ['ecr:DescribeImages'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    resource: repository,
    reason:
      'Before a build the agent checks whether the image is already in the repository; any error but “not found” fails the job.',
    code: {file: 'registry/elastic_container_registry.py', lines: '181-193'},
    source: SAR.ecr,
  },
  {
    id: 'push-check-layers',
    api: 'docker push: BatchCheckLayerAvailability',
    actions: ['ecr:BatchCheckLayerAvailability'],
    statement: 'EcrLayerCheck',
    leastPrivilegeStatement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    resource: repository,
    reason: 'A push first asks which of the image’s layers ECR already has.',
    code: {file: 'builder/docker_builder.py', lines: '170'},
    source: ECR_PUSH,
  },
  {
    id: 'push-layers',
    api: 'docker push: InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload',
    actions: [
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
    ],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    resource: repository,
    reason: 'It uploads the layers ECR lacks.',
    code: {file: 'builder/docker_builder.py', lines: '170'},
    source: ECR_PUSH,
  },
  {
    id: 'push-image',
    api: 'docker push: PutImage, BatchGetImage',
    actions: ['ecr:PutImage', 'ecr:BatchGetImage'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: BUILDING,
    caller: 'agent',
    resource: repository,
    reason:
      'It writes the image manifest, reading the existing one first: AWS lists ecr:BatchGetImage among the push permissions.',
    code: {file: 'builder/docker_builder.py', lines: '170'},
    source: ECR_PUSH,
  },
  {
    id: 'kaniko-cache',
    api: 'Kaniko --cache=true --cache-repo: BatchGetImage, GetDownloadUrlForLayer',
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    statement: 'EcrRepository',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'kaniko',
    resource: repository,
    reason:
      'The agent runs Kaniko with its layer cache in the same repository, which Kaniko reads back.',
    code: {file: 'builder/kaniko_builder.py', lines: '542-550'},
    source: SAR.ecr,
  },
  {
    id: 'head-bucket',
    api: 's3.head_bucket',
    actions: ['s3:ListBucket'],
    statement: 'BuildContextBucket',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'agent',
    resource: ({partition, bucket}) => `arn:${partition}:s3:::${bucket}`,
    reason:
      'Before each Kaniko build the agent checks that the build-context bucket exists; S3 authorizes HeadBucket as s3:ListBucket.',
    code: {file: 'environment/aws_environment.py', lines: '308-309'},
    source: {
      title: 'Amazon S3 API Reference: HeadBucket',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html',
    },
  },
  {
    id: 'upload-context',
    api: 's3.upload_file',
    actions: ['s3:PutObject'],
    statement: 'BuildContextObjects',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'agent',
    resource: contextObject,
    reason:
      'The agent uploads the build context for Kaniko (multipart uploads need s3:PutObject too).',
    code: {file: 'environment/aws_environment.py', lines: '223-224'},
    source: {
      title: 'Amazon S3 API Reference: PutObject',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html',
    },
  },
  {
    id: 'kaniko-read-context',
    api: 'Kaniko --context s3://…: GetObject',
    actions: ['s3:GetObject'],
    statement: 'BuildContextObjects',
    when: 'every-build',
    builders: ['kaniko'],
    caller: 'kaniko',
    resource: contextObject,
    reason: 'Kaniko downloads that build context.',
    code: {file: 'builder/kaniko_builder.py', lines: '542-550'},
    source: {
      title: 'Amazon S3 API Reference: GetObject',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html',
    },
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

/**
 * Where each of the agent's calls is made, and by whom: the request as the
 * agent's code writes it and the line of wandb/wandb that makes it, keyed
 * like the call table (agentCalls.ts) and typed so that no call can lack
 * them. Only what the page shows reads them (the call table, the list of
 * additions), not the generator, so the form's code does not carry them
 * until the call table must be redrawn.
 */
import type {CallId, CallTiming} from './agentCalls';

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

export interface CallSource {
  /** The request as the agent's code makes it, e.g. `sagemaker.create_training_job`. */
  readonly api: string;
  readonly caller: Caller;
  /** The line of wandb/wandb that makes it. */
  readonly code: {readonly file: string; readonly lines: string};
}

/** The wandb/wandb commit the table was read from. */
export const WANDB_COMMIT = 'b6e29505884ea60c79ca12091f1f75bd39d2f955';

export function codeUrl(code: CallSource['code']): string {
  const [first, last = first] = code.lines.split('-');
  return `https://github.com/wandb/wandb/blob/${WANDB_COMMIT}/wandb/sdk/launch/${code.file}#L${first}-L${last}`;
}

export const CALL_SOURCES = {
  'get-caller-identity': {
    api: 'sts.get_caller_identity',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '180-181'},
  },
  'create-training-job': {
    api: 'sagemaker.create_training_job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '393-394'},
  },
  'tag-on-create': {
    api: 'sagemaker.create_training_job (Tags)',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '370-373'},
  },
  'pass-role': {
    api: 'sagemaker.create_training_job (RoleArn)',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '408-426'},
  },
  'volume-key-grant': {
    api: 'sagemaker.create_training_job (VolumeKmsKeyId)',
    caller: 'sagemaker',
    code: {file: 'runner/sagemaker_runner.py', lines: '353-356'},
  },
  'describe-training-job': {
    api: 'sagemaker.describe_training_job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '105-111'},
  },
  'stop-training-job': {
    api: 'sagemaker.stop_training_job',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '98-103'},
  },
  'describe-log-streams': {
    api: 'logs.describe_log_streams',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '57-60'},
  },
  'get-log-events': {
    api: 'logs.get_log_events',
    caller: 'agent',
    code: {file: 'runner/sagemaker_runner.py', lines: '68-71'},
  },
  'ecr-token': {
    api: 'ecr.get_authorization_token',
    caller: 'agent',
    code: {file: 'registry/elastic_container_registry.py', lines: '139-141'},
  },
  'describe-images': {
    api: 'ecr.describe_images',
    caller: 'agent',
    code: {file: 'registry/elastic_container_registry.py', lines: '181-193'},
  },
  'push-check-layers': {
    api: 'docker push (layer check)',
    caller: 'agent',
    code: {file: 'builder/docker_builder.py', lines: '170'},
  },
  'push-layers': {
    api: 'docker push (layer upload)',
    caller: 'agent',
    code: {file: 'builder/docker_builder.py', lines: '170'},
  },
  'push-image': {
    api: 'docker push (manifest)',
    caller: 'agent',
    code: {file: 'builder/docker_builder.py', lines: '170'},
  },
  'kaniko-cache': {
    api: 'Kaniko --cache-repo',
    caller: 'kaniko',
    code: {file: 'builder/kaniko_builder.py', lines: '542-550'},
  },
  'head-bucket': {
    api: 's3.head_bucket',
    caller: 'agent',
    code: {file: 'environment/aws_environment.py', lines: '308-309'},
  },
  'upload-context': {
    api: 's3.upload_file',
    caller: 'agent',
    code: {file: 'environment/aws_environment.py', lines: '223-224'},
  },
  'kaniko-read-context': {
    api: 'Kaniko --context s3://…',
    caller: 'kaniko',
    code: {file: 'builder/kaniko_builder.py', lines: '542-550'},
  },
} as const satisfies Readonly<Record<CallId, CallSource>>;

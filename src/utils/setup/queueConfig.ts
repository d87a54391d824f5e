/**
 * The SageMaker launch queue's resource configuration: the JSON a W&B queue
 * for SageMaker holds, which the agent turns into CreateTrainingJob's request.
 *
 * How the agent uses it (wandb/wandb, wandb/sdk/launch/runner/sagemaker_runner.py,
 * main as of 2026-08-21, b6e2950):
 * - `build_sagemaker_args` (lines 293-383) copies every key to the request
 *   (keys with `_` go through `to_camel_case`, utils.py line 785; ours are
 *   CamelCase already), raises without `OutputDataConfig` (321),
 *   `ResourceConfig` (353) or `StoppingCondition` (358), and adds
 *   `TrainingJobName`, `Environment` and the `WandbRunId` tag itself.
 * - `get_role_arn` (408-426) passes an `arn:<partition>:iam::` ARN through.
 * - Without `AlgorithmSpecification` it writes
 *   `{TrainingImage: <the image the agent built or the job names>,
 *   TrainingInputMode: "File"}` (275-279): right for the docker and kaniko
 *   builders, so their configuration leaves it out.
 * - With `AlgorithmSpecification.TrainingImage` set, it runs that image for
 *   every job on the queue (199-224) and copies the given
 *   AlgorithmSpecification as is (280-282): it then adds no
 *   `TrainingInputMode`, which CreateTrainingJob requires (botocore's
 *   SageMaker model: AlgorithmSpecification `required: [TrainingInputMode]`),
 *   so the noop configuration writes it.
 * - The `${image_uri}` macro cannot name that image: on this path the runner
 *   passes the unfilled TrainingImage itself as the image (211-213) to
 *   `fill_macros` (304; _project_spec.py 326-365), which replaces
 *   `${image_uri}` by `${image_uri}`. So the noop queue names a fixed image.
 */
import type {Placeholder, SetupInputs} from './inputs';
import {ecrRepositoryUri, s3Uri} from './uris';
import {isTrainingInstanceType} from './instanceTypes';
import type {TrainingInstanceType} from './instanceTypes';

/**
 * CreateTrainingJob's limits on the values the reader types (botocore's
 * SageMaker model, shapes `TrainingInstanceCount`, `OptionalVolumeSizeInGB`,
 * `MaxRuntimeInSeconds`; API reference
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
 * and API_StoppingCondition.html: "The maximum value is 28 days").
 * The API allows 0 instances and 0 GB (warm pools, instance groups and
 * instances with only local storage); a single-instance-type job needs at least one of each.
 */
export const QUEUE_LIMITS = {
  instanceCount: {min: 1},
  volumeSizeGb: {min: 1},
  maxRuntimeSeconds: {min: 1, max: 28 * 24 * 60 * 60},
} as const;

/** The tag of the prebuilt image a noop queue runs, unless told otherwise. */
export const DEFAULT_IMAGE_TAG = 'latest';

/** The placeholder an instance type that is neither valid nor a placeholder becomes. */
const INSTANCE_TYPE_PLACEHOLDER: Placeholder = '<INSTANCE-TYPE>';

export interface QueueConfig {
  readonly RoleArn: string;
  readonly OutputDataConfig: {readonly S3OutputPath: string};
  readonly ResourceConfig: {
    readonly InstanceType: TrainingInstanceType | Placeholder;
    readonly InstanceCount: number | Placeholder;
    readonly VolumeSizeInGB: number | Placeholder;
    readonly VolumeKmsKeyId?: string;
  };
  readonly StoppingCondition: {
    readonly MaxRuntimeInSeconds: number | Placeholder;
  };
  /** Only for the noop builder: the prebuilt image every job on the queue runs. */
  readonly AlgorithmSpecification?: {
    readonly TrainingImage: string;
    readonly TrainingInputMode: 'File';
  };
}

export interface QueueConfigOptions {
  /** The noop builder's image tag; `latest` if not given. */
  readonly imageTag?: string;
}

const isPlaceholder = (value: string): value is Placeholder =>
  /^<[^<>]+>$/.test(value);

/** The image a noop queue names: the repository URI and a tag. */
export function prebuiltImageUri(
  inputs: SetupInputs,
  imageTag: string = DEFAULT_IMAGE_TAG,
): string {
  return `${ecrRepositoryUri(inputs)}:${imageTag}`;
}

/** The queue's resource configuration for the chosen builder. */
export function queueConfig(
  inputs: SetupInputs,
  options: QueueConfigOptions = {},
): QueueConfig {
  const instanceType =
    isTrainingInstanceType(inputs.instanceType) ||
    isPlaceholder(inputs.instanceType)
      ? inputs.instanceType
      : INSTANCE_TYPE_PLACEHOLDER;
  return {
    RoleArn: inputs.executionRoleArn,
    OutputDataConfig: {S3OutputPath: s3Uri(inputs.bucket, inputs.outputPrefix)},
    ResourceConfig: {
      InstanceType: instanceType,
      InstanceCount: inputs.instanceCount,
      VolumeSizeInGB: inputs.volumeSizeGb,
      // Exactly when the kms:CreateGrant statement is on: the key is what
      // makes SageMaker create a grant (the original page's note).
      ...(inputs.kmsKeyArn === undefined
        ? {}
        : {VolumeKmsKeyId: inputs.kmsKeyArn}),
    },
    StoppingCondition: {MaxRuntimeInSeconds: inputs.maxRuntimeSeconds},
    ...(inputs.builder === 'noop'
      ? {
          AlgorithmSpecification: {
            TrainingImage: prebuiltImageUri(inputs, options.imageTag),
            TrainingInputMode: 'File',
          },
        }
      : {}),
  };
}

/** The queue configuration as the page shows, copies and downloads it. */
export function queueConfigText(
  inputs: SetupInputs,
  options: QueueConfigOptions = {},
): string {
  return JSON.stringify(queueConfig(inputs, options), null, 2);
}

/** Plain sentences about the queue configuration the reader should know. */
export function queueConfigNotices(
  inputs: SetupInputs,
  options: QueueConfigOptions = {},
): string[] {
  const notices: string[] = [];
  if (inputs.builder === 'noop') {
    notices.push(
      `Every job on this queue runs the image ${prebuiltImageUri(inputs, options.imageTag)}, whatever image the job names: push it to the repository before you launch.`,
    );
  }
  if (inputs.kmsKeyArn !== undefined) {
    // The SDK's ResourceConfig.VolumeKmsKeyId documentation.
    notices.push(
      'SageMaker refuses VolumeKmsKeyId for instance types with local NVMe storage (such as ml.g4dn, ml.g5 and ml.p4d), which it encrypts itself: choose an instance type with EBS storage, or turn off the KMS key.',
    );
  }
  return notices;
}

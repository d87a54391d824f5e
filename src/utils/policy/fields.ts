/**
 * The page's fields: one row each, the only place a field's facts are
 * written. Everything else about the fields (their IDs, empty values,
 * placeholders, the words messages use) is derived from this table.
 */
import type {FieldValues} from './types';

/** How the page presents one field. */
export interface FieldSpec<Id extends string = FieldId> {
  /** The placeholder's name in the page's policies, e.g. `REGION`. */
  readonly id: Id;
  /** The field in plain words, in the form and in validation messages. */
  readonly label: string;
  readonly hint: string;
  readonly example: string;
  /** Lets the browser offer sensible keyboards and skip autocorrection. */
  readonly inputMode: 'text' | 'numeric';
}

/** The fields in the order the page introduces their placeholders. */
export const FIELDS = [
  {
    id: 'REGION',
    label: 'AWS Region',
    hint: 'The Region where the agent pushes images and SageMaker runs your training jobs. It also decides the partition (aws, aws-cn, aws-us-gov, …) of every ARN.',
    example: 'us-east-1',
    inputMode: 'text',
  },
  {
    id: 'ACCOUNT-ID',
    label: 'AWS account ID',
    hint: 'The 12-digit ID of the account that owns the ECR repository and runs the training jobs.',
    example: '123456789012',
    inputMode: 'numeric',
  },
  {
    id: 'YOUR-REPO-NAME',
    label: 'ECR repository name',
    hint: 'The name only, not the repository URI. Namespaces are allowed.',
    example: 'wandb-launch/agent-images',
    inputMode: 'text',
  },
  {
    id: 'BUCKET-NAME',
    label: 'S3 bucket name',
    hint: 'The bucket for the Kaniko builder’s build contexts and your jobs’ output. The name only, without s3://.',
    example: 'my-launch-build-context',
    inputMode: 'text',
  },
  {
    id: 'ARN-OF-ROLE-TO-PASS',
    label: 'ARN of the SageMaker execution role',
    hint: 'The role your training jobs assume; the agent passes it to SageMaker.',
    example: 'arn:aws:iam::123456789012:role/SageMakerExecutionRole',
    inputMode: 'text',
  },
  {
    id: 'ARN-OF-KMS-KEY',
    label: 'ARN of the KMS key',
    hint: 'The key set as VolumeKmsKeyId in your queue’s ResourceConfig. A key ARN, not an alias.',
    example:
      'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    inputMode: 'text',
  },
  // The set-up pages' fields. Their rules live in validate/ too, each page
  // importing those of its own fields, so a page that validates only the six
  // above never loads them.
  {
    id: 'AGENT-ROLE-NAME',
    label: 'IAM role name for the agent',
    hint: 'The name of the IAM role the launch agent uses (the name only, not the ARN).',
    example: 'WandbLaunchAgent',
    inputMode: 'text',
  },
  {
    id: 'OUTPUT-PREFIX',
    label: 'S3 output prefix',
    hint: 'The folder (key prefix) in the S3 bucket where SageMaker writes each job’s output, without slashes at either end.',
    example: 'launch-output',
    inputMode: 'text',
  },
  {
    id: 'INSTANCE-TYPE',
    label: 'SageMaker instance type',
    hint: 'The training instance type each job runs on, such as ml.m5.xlarge (SageMaker console: Training, Training jobs).',
    example: 'ml.m5.xlarge',
    inputMode: 'text',
  },
  {
    id: 'INSTANCE-COUNT',
    label: 'SageMaker instance count',
    hint: 'How many instances each training job uses; more than 1 only for distributed training.',
    example: '1',
    inputMode: 'numeric',
  },
  {
    id: 'VOLUME-SIZE-GB',
    label: 'ML storage volume size in GB',
    hint: 'The size of each instance’s ML storage volume, in GB (ignored by instance types with local NVMe storage).',
    example: '2',
    inputMode: 'numeric',
  },
  {
    id: 'MAX-RUNTIME-SECONDS',
    label: 'SageMaker maximum run time in seconds',
    hint: 'SageMaker stops a job that runs longer than this: 3600 is one hour, 2419200 (28 days) the most.',
    example: '3600',
    inputMode: 'numeric',
  },
  {
    id: 'QUEUE-NAME',
    label: 'W&B launch queue name',
    hint: 'The name of the W&B launch queue the agent polls (W&B app: Launch).',
    example: 'sagemaker-queue',
    inputMode: 'text',
  },
  {
    id: 'ENTITY',
    label: 'W&B entity',
    hint: 'The W&B team or user name that owns the queue, as in your W&B URLs.',
    example: 'my-team',
    inputMode: 'text',
  },
  {
    id: 'MAX-JOBS',
    label: 'W&B agent’s job limit (max_jobs)',
    hint: 'How many jobs the agent runs at once; -1 for no limit.',
    example: '1',
    // Not numeric: phone keypads for inputmode=numeric may have no minus sign, and -1 is a value.
    inputMode: 'text',
  },
  {
    id: 'EKS-CLUSTER-NAME',
    label: 'EKS cluster name',
    hint: 'The name of the Amazon EKS cluster the agent runs in (aws eks list-clusters).',
    example: 'ml-cluster',
    inputMode: 'text',
  },
  {
    id: 'OIDC-ISSUER',
    label: 'OIDC issuer of the EKS cluster',
    hint: 'What aws eks describe-cluster --query cluster.identity.oidc.issuer prints, with or without https://.',
    example:
      'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
    inputMode: 'text',
  },
  {
    id: 'K8S-NAMESPACE',
    label: 'Kubernetes namespace',
    hint: 'The namespace the agent runs in (the W&B Helm chart’s default is wandb).',
    example: 'wandb',
    inputMode: 'text',
  },
  {
    id: 'K8S-SERVICE-ACCOUNT',
    label: 'Kubernetes service account',
    hint: 'The agent pod’s service account (the W&B Helm chart names it wandb-launch-serviceaccount- and the release name).',
    example: 'wandb-launch-serviceaccount-wandb-launch',
    inputMode: 'text',
  },
  {
    id: 'TRUSTED-PRINCIPAL-ARN',
    label: 'ARN of the trusted IAM user or role',
    hint: 'The IAM user or role your workstation or CI runner signs in as, which assumes the agent role (aws sts get-caller-identity).',
    example: 'arn:aws:iam::123456789012:user/ci-runner',
    inputMode: 'text',
  },
] as const satisfies readonly FieldSpec<string>[];

export type FieldId = (typeof FIELDS)[number]['id'];

/** The page's placeholders, in the order the page introduces them. */
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((field) => field.id);

/** The fields of the page's two policies ("Set up SageMaker"). */
export const POLICY_FIELD_IDS = [
  'REGION',
  'ACCOUNT-ID',
  'YOUR-REPO-NAME',
  'BUCKET-NAME',
  'ARN-OF-ROLE-TO-PASS',
  'ARN-OF-KMS-KEY',
] as const satisfies readonly FieldId[];

export type PolicyFieldId = (typeof POLICY_FIELD_IDS)[number];

/** The fields only the set-up pages use, in FIELDS order. */
export const SETUP_FIELD_IDS: readonly Exclude<FieldId, PolicyFieldId>[] =
  FIELD_IDS.filter(
    (id): id is Exclude<FieldId, PolicyFieldId> =>
      !(POLICY_FIELD_IDS as readonly FieldId[]).includes(id),
  );

/** One value per field, keyed by ID, in FIELDS order. */
function byField<T>(
  valueOf: (field: FieldSpec) => T,
): Readonly<Record<FieldId, T>> {
  // Object.fromEntries cannot know that the keys are every FieldId: they are,
  // since FIELDS has a row for each.
  return Object.freeze(
    Object.fromEntries(FIELDS.map((field) => [field.id, valueOf(field)])),
  ) as Record<FieldId, T>;
}

/** Each field's presentation, for the form. */
export const FIELD_SPECS = byField((field) => field);

/** The fields named in words, for messages. */
export const FIELD_NAMES = byField((field) => field.label);

export const EMPTY_VALUES: Readonly<FieldValues> = byField(() => '');

/** The placeholder as the page writes it, e.g. `<REGION>`. */
export function placeholderOf(field: FieldId): string {
  return `<${field}>`;
}

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
    hint: 'The bucket the Kaniko builder uses for build contexts. The name only, without s3://.',
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
] as const satisfies readonly FieldSpec<string>[];

export type FieldId = (typeof FIELDS)[number]['id'];

/** The page's placeholders, in the order the page introduces them. */
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((field) => field.id);

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

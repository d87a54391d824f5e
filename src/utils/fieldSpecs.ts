import {FIELD_NAMES} from './policy/validate';
import type {FieldId} from './policy/types';

/** How the form presents each placeholder: plain words, a hint, an example. */
export interface FieldSpec {
  /** The same words the validation messages use for the field. */
  readonly label: string;
  readonly hint: string;
  readonly example: string;
  /** Lets the browser offer sensible keyboards and skip autocorrection. */
  readonly inputMode: 'text' | 'numeric';
}

export const FIELD_SPECS: Record<FieldId, FieldSpec> = {
  REGION: {
    label: FIELD_NAMES.REGION,
    hint: 'The Region where the agent pushes images and SageMaker runs your training jobs. It also decides the partition (aws, aws-cn, aws-us-gov, …) of every ARN.',
    example: 'us-east-1',
    inputMode: 'text',
  },
  'ACCOUNT-ID': {
    label: FIELD_NAMES['ACCOUNT-ID'],
    hint: 'The 12-digit ID of the account that owns the ECR repository and runs the training jobs.',
    example: '123456789012',
    inputMode: 'numeric',
  },
  'YOUR-REPO-NAME': {
    label: FIELD_NAMES['YOUR-REPO-NAME'],
    hint: 'The name only, not the repository URI. Namespaces are allowed.',
    example: 'wandb-launch/agent-images',
    inputMode: 'text',
  },
  'BUCKET-NAME': {
    label: FIELD_NAMES['BUCKET-NAME'],
    hint: 'The bucket the Kaniko builder uses for build contexts. The name only, without s3://.',
    example: 'my-launch-build-context',
    inputMode: 'text',
  },
  'ARN-OF-ROLE-TO-PASS': {
    label: FIELD_NAMES['ARN-OF-ROLE-TO-PASS'],
    hint: 'The role your training jobs assume; the agent passes it to SageMaker.',
    example: 'arn:aws:iam::123456789012:role/SageMakerExecutionRole',
    inputMode: 'text',
  },
  'ARN-OF-KMS-KEY': {
    label: FIELD_NAMES['ARN-OF-KMS-KEY'],
    hint: 'The key set as VolumeKmsKeyId in your queue’s ResourceConfig. A key ARN, not an alias.',
    example:
      'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    inputMode: 'text',
  },
};

/**
 * The set-up's S3 and ECR addresses, shared by the queue's and the agent's
 * configuration (apart, so that the agent's page loads no instance types).
 */
import type {SetupInputs} from './inputs';

/** `s3://bucket/prefix`, or `s3://bucket` without a prefix: never `https://` (wandb/wandb issue 6490). */
export function s3Uri(bucket: string, prefix: string): string {
  return prefix === '' ? `s3://${bucket}` : `s3://${bucket}/${prefix}`;
}

/** The repository's registry URI: `<account>.dkr.ecr.<region>.<dns-suffix>/<repository>`. */
export function ecrRepositoryUri(inputs: SetupInputs): string {
  // ECR's registry host: https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html
  return `${inputs.account}.dkr.ecr.${inputs.region}.${inputs.dnsSuffix}/${inputs.repository}`;
}

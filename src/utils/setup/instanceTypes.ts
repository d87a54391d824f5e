/**
 * SageMaker's training instance types, generated from the AWS SDK's SageMaker
 * model (`TrainingInstanceType`, the values CreateTrainingJob accepts in
 * `ResourceConfig.InstanceType`) by `node scripts/update-instance-types.mjs`.
 */
import type {TrainingInstanceType} from '@aws-sdk/client-sagemaker';
import generated from './instanceTypes.generated.json';

export type {TrainingInstanceType};

/**
 * Every training instance type, sorted by code units. The cast is safe
 * because scripts/update-instance-types.test.ts fails when the file differs
 * from the installed SDK's enum.
 */
export const TRAINING_INSTANCE_TYPES =
  generated as readonly TrainingInstanceType[];

/** Whether CreateTrainingJob accepts the value as an instance type (exact, case-sensitive). */
export function isTrainingInstanceType(
  value: string,
): value is TrainingInstanceType {
  // A scan, not a module-level Set: no top-level work keeps the list in a
  // bundle that only imports something else from a module importing this one.
  return (TRAINING_INSTANCE_TYPES as readonly string[]).includes(value);
}

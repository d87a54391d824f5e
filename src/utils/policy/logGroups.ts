/**
 * SageMaker's log group for training jobs, named by the agent's code: the
 * agent reads it, the execution role writes it. Its own module, so the
 * execution role's generator does not load the agent's call table.
 */
export const TRAINING_JOB_LOG_GROUP = '/aws/sagemaker/TrainingJobs';

/**
 * The request each of the agent's calls sends, as IAM sees it: the resource
 * it names and the context its conditions can read, for the inputs given.
 * The tests evaluate the generated policies with these; the page does not
 * need them, so they live apart from the call table and stay out of the
 * browser's bundle.
 */
import {RUN_ID_TAG, TRAINING_JOB_LOG_GROUP} from './agentCalls';
import type {ArnInputs, CallId} from './agentCalls';

export interface CallRequest {
  /** The resource the request names. */
  readonly resource: (inputs: ArnInputs) => string;
  /** The request context IAM conditions can see (values as AWS sends them: strings). */
  readonly context?: (
    inputs: ArnInputs,
  ) => Readonly<Record<string, string | readonly string[]>>;
}

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

export const CALL_REQUESTS = {
  'get-caller-identity': {
    resource: () => '*',
  },
  'create-training-job': {
    resource: trainingJob,
    context: () => ({
      'aws:TagKeys': [RUN_ID_TAG],
      [`aws:RequestTag/${RUN_ID_TAG}`]: EXAMPLE_JOB,
      'sagemaker:InstanceTypes': ['ml.m5.xlarge'],
      'sagemaker:MaxRuntimeInSeconds': '3600',
    }),
  },
  'tag-on-create': {
    resource: trainingJob,
    context: () => ({
      'aws:TagKeys': [RUN_ID_TAG],
      [`aws:RequestTag/${RUN_ID_TAG}`]: EXAMPLE_JOB,
    }),
  },
  'pass-role': {
    resource: ({role}) => role,
    context: () => ({'iam:PassedToService': 'sagemaker.amazonaws.com'}),
  },
  'volume-key-grant': {
    resource: ({kmsKey}) => kmsKey,
    context: ({region}) => ({
      'kms:ViaService': `sagemaker.${region}.amazonaws.com`,
      'kms:GrantIsForAWSResource': 'true',
    }),
  },
  'describe-training-job': {
    resource: trainingJob,
  },
  'stop-training-job': {
    resource: trainingJob,
  },
  'describe-log-streams': {
    // AWS authorizes log-group actions against this form of the group's ARN
    // (see the CloudWatch Logs guide on the two forms of log group ARNs).
    resource: ({partition, region, account}) =>
      `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}:log-stream:`,
  },
  'get-log-events': {
    resource: ({partition, region, account}) =>
      `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}:log-stream:${EXAMPLE_JOB}/algo-1-1700000000`,
  },
  'ecr-token': {
    resource: () => '*',
  },
  'describe-images': {
    resource: repository,
  },
  'push-check-layers': {
    resource: repository,
  },
  'push-layers': {
    resource: repository,
  },
  'push-image': {
    resource: repository,
  },
  'kaniko-cache': {
    resource: repository,
  },
  'head-bucket': {
    resource: ({partition, bucket}) => `arn:${partition}:s3:::${bucket}`,
  },
  'upload-context': {
    resource: contextObject,
  },
  'kaniko-read-context': {
    resource: contextObject,
  },
} as const satisfies Record<CallId, CallRequest>;

/** The request a call of the table sends. */
export function requestOf(call: {readonly id: string}): CallRequest {
  const request = (CALL_REQUESTS as Record<string, CallRequest | undefined>)[
    call.id
  ];
  if (request === undefined) {
    throw new Error(`The call ${call.id} has no entry in CALL_REQUESTS.`);
  }
  return request;
}

/**
 * Why the agent makes each call, in a sentence, with AWS's word on it: what
 * the page's list of additions shows. Kept apart from the call table because
 * only that list, which the page renders once as static HTML, reads it, so
 * the browser never loads it with the form.
 */
import {RUN_ID_TAG} from './agentCalls';
import type {CallId} from './agentCalls';

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface CallNote {
  /** One sentence: why the agent makes this call. */
  readonly reason: string;
  /** AWS's word on the action and resource. */
  readonly source: Source;
}

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

export const CALL_NOTES = {
  'get-caller-identity': {
    reason:
      'The agent reads its own account and partition to build the role ARN; AWS needs no permission for it.',
    source: {
      title: 'AWS STS API Reference: GetCallerIdentity',
      url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    },
  },
  'create-training-job': {
    reason: 'The agent starts each run as a SageMaker training job.',
    source: SAR.sagemaker,
  },
  'tag-on-create': {
    reason: `The agent always tags the job with ${RUN_ID_TAG}, and SageMaker authorizes tags given at creation as sagemaker:AddTags, so without it every job is denied.`,
    source: {
      title:
        'Amazon SageMaker AI Developer Guide: Provide permissions for tagging SageMaker AI resources',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html#grant-tagging-permissions',
    },
  },
  'pass-role': {
    reason:
      'The job runs as the execution role named in the queue, which the agent passes to SageMaker.',
    source: {
      title:
        'IAM User Guide: Grant a user permissions to pass a role to an AWS service',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    },
  },
  'volume-key-grant': {
    reason:
      'With a VolumeKmsKeyId in the queue’s ResourceConfig, SageMaker creates a grant on the key for the job, with the agent’s permissions.',
    source: {
      title: 'AWS KMS Developer Guide: kms:ViaService',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service',
    },
  },
  'describe-training-job': {
    reason:
      'The agent polls each job’s status while it runs; when the call is denied, the agent fails the run while the job goes on in SageMaker.',
    source: SAR.sagemaker,
  },
  'stop-training-job': {
    reason:
      'The agent stops the job when its run is stopped in W&B, so the job does not run (and bill) on.',
    source: SAR.sagemaker,
  },
  'describe-log-streams': {
    reason:
      'When a run never reports to W&B, the agent finds its job’s log stream to show why.',
    source: {
      title:
        'Amazon CloudWatch Logs User Guide: Overview of managing access permissions to your CloudWatch Logs resources',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html',
    },
  },
  'get-log-events': {
    reason: 'It then reads that stream’s events into the run’s error.',
    source: {
      title:
        'Amazon CloudWatch Logs User Guide: Overview of managing access permissions to your CloudWatch Logs resources',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html',
    },
  },
  'ecr-token': {
    reason:
      'The builder logs in to ECR before it pushes (with Kaniko, the build pod does, with the same credentials).',
    source: ECR_PUSH,
  },
  'describe-images': {
    reason:
      'Before a build the agent checks whether the image is already in the repository; any error but “not found” fails the job.',
    source: SAR.ecr,
  },
  'push-check-layers': {
    reason: 'A push first asks which of the image’s layers ECR already has.',
    source: ECR_PUSH,
  },
  'push-layers': {
    reason: 'It uploads the layers ECR lacks.',
    source: ECR_PUSH,
  },
  'push-image': {
    reason:
      'It writes the image manifest, reading the existing one first: AWS lists ecr:BatchGetImage among the push permissions.',
    source: ECR_PUSH,
  },
  'kaniko-cache': {
    reason:
      'The agent runs Kaniko with its layer cache in the same repository, which Kaniko reads back.',
    source: SAR.ecr,
  },
  'head-bucket': {
    reason:
      'Before each Kaniko build the agent checks that the build-context bucket exists; S3 authorizes HeadBucket as s3:ListBucket.',
    source: {
      title: 'Amazon S3 API Reference: HeadBucket',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html',
    },
  },
  'upload-context': {
    reason:
      'The agent uploads the build context for Kaniko (multipart uploads need s3:PutObject too).',
    source: {
      title: 'Amazon S3 API Reference: PutObject',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html',
    },
  },
  'kaniko-read-context': {
    reason: 'Kaniko downloads that build context.',
    source: {
      title: 'Amazon S3 API Reference: GetObject',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html',
    },
  },
} as const satisfies Record<CallId, CallNote>;

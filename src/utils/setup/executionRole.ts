/**
 * The execution role, which SageMaker assumes for each training job: its
 * trust policy and its permissions. Pure functions of the set-up's inputs,
 * returning objects the page serializes with JSON.stringify: no value is
 * ever spliced into text, and a placeholder passes through as it is. Why
 * each statement is there, with its AWS source: roleSources.ts (kept apart
 * so that a page that does not show them does not load them).
 */
import {TRAINING_JOB_LOG_GROUP} from '../policy/logGroups';
import type {PolicyDocument} from '../policy/types';
import type {SetupInputs} from './inputs';
import {principalsOf} from './principals';
import type {TrustPolicyDocument} from './principals';

/** `prefix/` for a prefix, nothing for the bucket's root. */
const prefixPath = (prefix: string) => (prefix === '' ? '' : `${prefix}/`);

/**
 * SageMaker may assume the execution role only for this account's training
 * jobs in this Region (the confused-deputy conditions of AWS's example).
 */
export function executionRoleTrustPolicy(
  inputs: SetupInputs,
): TrustPolicyDocument {
  const {partition, region, account} = inputs;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'SageMakerTrainingJobs',
        Effect: 'Allow',
        Principal: {Service: principalsOf(partition).sagemaker},
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: {'aws:SourceAccount': account},
          ArnLike: {
            'aws:SourceArn': `arn:${partition}:sagemaker:${region}:${account}:training-job/*`,
          },
        },
      },
    ],
  };
}

/** What a training job does with the execution role: SageMaker's CreateTrainingJob permissions, scoped. */
export function executionRolePermissionsPolicy(
  inputs: SetupInputs,
): PolicyDocument {
  const {partition, region, account, repository, bucket, outputPrefix} = inputs;
  const path = prefixPath(outputPrefix);
  const logGroup = `arn:${partition}:logs:${region}:${account}:log-group:${TRAINING_JOB_LOG_GROUP}`;
  const document: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EcrAuthorizationToken',
        Effect: 'Allow',
        // The SAR: GetAuthorizationToken applies to no resource, "*" only.
        Action: 'ecr:GetAuthorizationToken',
        Resource: '*',
      },
      {
        Sid: 'EcrPullTrainingImage',
        Effect: 'Allow',
        Action: [
          'ecr:BatchCheckLayerAvailability',
          'ecr:GetDownloadUrlForLayer',
          'ecr:BatchGetImage',
        ],
        Resource: `arn:${partition}:ecr:${region}:${account}:repository/${repository}`,
      },
      {
        Sid: 'OutputPrefixList',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:${partition}:s3:::${bucket}`,
        Condition: {StringLike: {'s3:prefix': `${path}*`}},
      },
      {
        Sid: 'OutputObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `arn:${partition}:s3:::${bucket}/${path}*`,
      },
      {
        Sid: 'TrainingJobLogs',
        Effect: 'Allow',
        Action: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          'logs:DescribeLogStreams',
        ],
        // The ":*" form: the group's own actions and its streams' (AWS
        // authorizes group actions against it; CloudWatch Logs guide).
        Resource: `${logGroup}:*`,
      },
      {
        Sid: 'TrainingJobMetrics',
        Effect: 'Allow',
        // The SAR: PutMetricData names no required resource type.
        Action: 'cloudwatch:PutMetricData',
        Resource: '*',
        Condition: {
          StringEquals: {'cloudwatch:namespace': TRAINING_JOB_LOG_GROUP},
        },
      },
    ],
  };
  if (inputs.kmsKeyArn !== undefined) {
    document.Statement.push({
      Sid: 'VolumeKeyGrant',
      Effect: 'Allow',
      // SageMaker: "If you specify a volume KMS key in the resource
      // configuration of your training job", kms:CreateGrant; the KMS guide's
      // condition keeps the grants to those AWS services make for the role.
      Action: 'kms:CreateGrant',
      Resource: inputs.kmsKeyArn,
      Condition: {Bool: {'kms:GrantIsForAWSResource': true}},
    });
  }
  return document;
}

/**
 * The two documents the page must show, written from the page's own policies
 * and reference/aws-rules.md, not from src/utils/policy: the e2e tests compare
 * the page with an independent reading of the same rules.
 */
import {SEED_AGENT_POLICY} from './seedPolicies';

/** The values as they must appear in the policies (or their placeholders). */
export interface PolicyValues {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly repository: string;
  readonly bucket: string;
  readonly role: string;
  readonly key: string;
}

export interface PolicyOptions {
  readonly includeKanikoS3: boolean;
  readonly includeKmsGrant: boolean;
  readonly restrictPassRole: boolean;
}

export const DEFAULT_OPTIONS: PolicyOptions = {
  includeKanikoS3: true,
  includeKmsGrant: true,
  restrictPassRole: false,
};

/** The ECR actions of the page's first statement: the page keeps them. */
export const ECR_ACTIONS = SEED_AGENT_POLICY.Statement[0]?.Action;

export function expectedPolicies(
  {partition, region, account, repository, bucket, role, key}: PolicyValues,
  options: PolicyOptions = DEFAULT_OPTIONS,
): {agent: unknown; sagemaker: unknown} {
  const repositoryArn = `arn:${partition}:ecr:${region}:${account}:repository/${repository}`;
  const agent = {
    Version: '2012-10-17',
    Statement: [
      {Effect: 'Allow', Action: ECR_ACTIONS, Resource: repositoryArn},
      {Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*'},
      {
        Effect: 'Allow',
        Action: 'ecr:BatchCheckLayerAvailability',
        Resource: repositoryArn,
      },
      ...(options.includeKanikoS3
        ? [
            {
              Sid: 'ListObjectsInBucket',
              Effect: 'Allow',
              Action: ['s3:ListBucket'],
              Resource: [`arn:${partition}:s3:::${bucket}`],
            },
            {
              Sid: 'AllObjectActions',
              Effect: 'Allow',
              Action: 's3:*Object',
              Resource: [`arn:${partition}:s3:::${bucket}/*`],
            },
          ]
        : []),
    ],
  };
  const sagemaker = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'sagemaker:CreateTrainingJob',
        // Corrected: the page's ARN has no region, account or resource type.
        Resource: `arn:${partition}:sagemaker:${region}:${account}:training-job/*`,
      },
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: role,
        ...(options.restrictPassRole
          ? {
              Condition: {
                StringEquals: {
                  'iam:PassedToService': 'sagemaker.amazonaws.com',
                },
              },
            }
          : {}),
      },
      ...(options.includeKmsGrant
        ? [
            {
              Effect: 'Allow',
              Action: 'kms:CreateGrant',
              Resource: key,
              Condition: {
                // Corrected: ViaService names the Region in every partition,
                // and GrantIsForAWSResource is a Bool condition.
                StringEquals: {
                  'kms:ViaService': `sagemaker.${region}.amazonaws.com`,
                },
                Bool: {'kms:GrantIsForAWSResource': true},
              },
            },
          ]
        : []),
    ],
  };
  return {agent, sagemaker};
}

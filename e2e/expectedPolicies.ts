/**
 * The documents the page must show, written from the page's own policies,
 * reference/aws-rules.md and reference/launch-agent.md, not from
 * src/utils/policy: the e2e tests compare the page with an independent
 * reading of the same rules.
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
  readonly builder: 'kaniko' | 'docker' | 'noop';
  readonly leastPrivilege: boolean;
  readonly includeKmsGrant: boolean;
  readonly restrictPassRole: boolean;
  /** Not read by the policies: only the agent role's trust policy depends on it. */
  readonly agentHost: 'ec2' | 'eks-pod-identity' | 'eks-irsa' | 'assume-role';
  /** Not read by the policies either: only the code that creates everything. */
  readonly createResources: boolean;
}

export const DEFAULT_OPTIONS: PolicyOptions = {
  builder: 'kaniko',
  leastPrivilege: false,
  includeKmsGrant: true,
  restrictPassRole: false,
  agentHost: 'ec2',
  createResources: false,
};

/** The ECR actions of the page's first statement: the page's mode keeps them. */
export const ECR_ACTIONS = SEED_AGENT_POLICY.Statement[0]?.Action as string[];

/** The agent's push set (AWS's ECR guide) and its image check, by builder. */
function repositoryActions(options: PolicyOptions): string[] {
  const kanikoCache =
    options.builder === 'kaniko' ? ['ecr:GetDownloadUrlForLayer'] : [];
  return options.leastPrivilege
    ? [
        'ecr:DescribeImages',
        'ecr:BatchCheckLayerAvailability',
        'ecr:InitiateLayerUpload',
        'ecr:UploadLayerPart',
        'ecr:CompleteLayerUpload',
        'ecr:PutImage',
        'ecr:BatchGetImage',
        ...kanikoCache,
      ]
    : [
        ...ECR_ACTIONS,
        'ecr:DescribeImages',
        'ecr:BatchGetImage',
        ...kanikoCache,
      ];
}

export function expectedPolicies(
  {partition, region, account, repository, bucket, role, key}: PolicyValues,
  options: PolicyOptions = DEFAULT_OPTIONS,
): {agent: unknown; sagemaker: unknown} {
  const lean = options.leastPrivilege;
  const repositoryArn = `arn:${partition}:ecr:${region}:${account}:repository/${repository}`;
  const ecr =
    options.builder === 'noop'
      ? []
      : [
          {
            Sid: 'EcrRepository',
            Effect: 'Allow',
            Action: repositoryActions(options),
            Resource: repositoryArn,
          },
          {
            Sid: 'EcrToken',
            Effect: 'Allow',
            Action: 'ecr:GetAuthorizationToken',
            Resource: '*',
          },
          ...(lean
            ? []
            : [
                {
                  Sid: 'EcrLayerCheck',
                  Effect: 'Allow',
                  Action: 'ecr:BatchCheckLayerAvailability',
                  Resource: repositoryArn,
                },
              ]),
        ];
  const s3 =
    options.builder === 'kaniko'
      ? [
          {
            Sid: lean ? 'BuildContextBucket' : 'ListObjectsInBucket',
            Effect: 'Allow',
            Action: lean ? 's3:ListBucket' : ['s3:ListBucket'],
            Resource: [`arn:${partition}:s3:::${bucket}`],
          },
          {
            Sid: lean ? 'BuildContextObjects' : 'AllObjectActions',
            Effect: 'Allow',
            Action: lean ? ['s3:PutObject', 's3:GetObject'] : 's3:*Object',
            Resource: [`arn:${partition}:s3:::${bucket}/*`],
          },
        ]
      : [];
  const agent =
    options.builder === 'noop'
      ? undefined
      : {Version: '2012-10-17', Statement: [...ecr, ...s3]};
  const sagemaker = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TrainingJobs',
        Effect: 'Allow',
        // The agent tags every job it creates, polls it and stops it.
        Action: [
          'sagemaker:CreateTrainingJob',
          'sagemaker:AddTags',
          'sagemaker:DescribeTrainingJob',
          'sagemaker:StopTrainingJob',
        ],
        // Corrected: the page's ARN has no region, account or resource type.
        Resource: `arn:${partition}:sagemaker:${region}:${account}:training-job/*`,
      },
      {
        Sid: 'PassExecutionRole',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: role,
        ...(options.restrictPassRole || lean
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
              Sid: 'VolumeKeyGrant',
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
      {
        Sid: 'TrainingJobLogs',
        Effect: 'Allow',
        Action: ['logs:DescribeLogStreams', 'logs:GetLogEvents'],
        Resource: `arn:${partition}:logs:${region}:${account}:log-group:/aws/sagemaker/TrainingJobs:*`,
      },
    ],
  };
  return {agent, sagemaker};
}

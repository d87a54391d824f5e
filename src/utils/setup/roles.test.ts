/**
 * The roles' documents, written out in full for a commercial, a China and a
 * GovCloud Region and every host, with and without the volume key; the
 * placeholders they keep; and, with any strings at all in every field, that
 * they never throw and always serialize to JSON that parses back to them.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {PARTITIONS} from '../policy/partitions';
import type {PolicyDocument} from '../policy/types';
import type {AgentHost, SetupInputs} from './inputs';
import {AGENT_HOST_NOTES, ROLE_STATEMENT_SOURCES} from './roleSources';
import {agentRoleArn, agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import {PARTITION_PRINCIPALS} from './principals';
import type {TrustPolicyDocument} from './principals';
import {
  AGENT_HOSTS,
  PLACEHOLDER_INPUTS,
  setupInputs,
} from './testing/roleFixtures';

interface Expected {
  readonly executionTrust: TrustPolicyDocument;
  readonly executionPermissions: PolicyDocument;
  readonly agentTrust: Readonly<Record<AgentHost, TrustPolicyDocument>>;
}

// Spelled out from AWS's pages (roleSources.ts), not from the generators.
const EXPECTED: Readonly<Record<string, Expected>> = {
  'us-east-1': {
    executionTrust: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'SageMakerTrainingJobs',
          Effect: 'Allow',
          Principal: {
            Service: 'sagemaker.amazonaws.com',
          },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: {
              'aws:SourceAccount': '123456789012',
            },
            ArnLike: {
              'aws:SourceArn':
                'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
            },
          },
        },
      ],
    },
    executionPermissions: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EcrAuthorizationToken',
          Effect: 'Allow',
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
          Resource:
            'arn:aws:ecr:us-east-1:123456789012:repository/project-a/web-app',
        },
        {
          Sid: 'OutputPrefixList',
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws:s3:::my-launch-bucket',
          Condition: {
            StringLike: {
              's3:prefix': 'wandb/outputs/*',
            },
          },
        },
        {
          Sid: 'OutputObjects',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: 'arn:aws:s3:::my-launch-bucket/wandb/outputs/*',
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
          Resource:
            'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*',
        },
        {
          Sid: 'TrainingJobMetrics',
          Effect: 'Allow',
          Action: 'cloudwatch:PutMetricData',
          Resource: '*',
          Condition: {
            StringEquals: {
              'cloudwatch:namespace': '/aws/sagemaker/TrainingJobs',
            },
          },
        },
        {
          Sid: 'VolumeKeyGrant',
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource:
            'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          Condition: {
            Bool: {
              'kms:GrantIsForAWSResource': true,
            },
          },
        },
      ],
    },
    agentTrust: {
      ec2: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Ec2InstanceProfile',
            Effect: 'Allow',
            Principal: {
              Service: 'ec2.amazonaws.com',
            },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      'eks-pod-identity': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EksPodIdentity',
            Effect: 'Allow',
            Principal: {
              Service: 'pods.eks.amazonaws.com',
            },
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Condition: {
              StringEquals: {
                'aws:RequestTag/eks-cluster-arn':
                  'arn:aws:eks:us-east-1:123456789012:cluster/ml-cluster',
                'aws:RequestTag/kubernetes-namespace': 'wandb',
                'aws:RequestTag/kubernetes-service-account': 'launch-agent',
              },
            },
          },
        ],
      },
      'eks-irsa': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EksServiceAccount',
            Effect: 'Allow',
            Principal: {
              Federated:
                'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
            },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud':
                  'sts.amazonaws.com',
                'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub':
                  'system:serviceaccount:wandb:launch-agent',
              },
            },
          },
        ],
      },
      'assume-role': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'TrustedPrincipal',
            Effect: 'Allow',
            Principal: {
              AWS: 'arn:aws:iam::123456789012:role/ci-runner',
            },
            Action: 'sts:AssumeRole',
          },
        ],
      },
    },
  },
  'cn-north-1': {
    executionTrust: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'SageMakerTrainingJobs',
          Effect: 'Allow',
          Principal: {
            Service: 'sagemaker.amazonaws.com',
          },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: {
              'aws:SourceAccount': '123456789012',
            },
            ArnLike: {
              'aws:SourceArn':
                'arn:aws-cn:sagemaker:cn-north-1:123456789012:training-job/*',
            },
          },
        },
      ],
    },
    executionPermissions: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EcrAuthorizationToken',
          Effect: 'Allow',
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
          Resource:
            'arn:aws-cn:ecr:cn-north-1:123456789012:repository/project-a/web-app',
        },
        {
          Sid: 'OutputPrefixList',
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws-cn:s3:::my-launch-bucket',
          Condition: {
            StringLike: {
              's3:prefix': 'wandb/outputs/*',
            },
          },
        },
        {
          Sid: 'OutputObjects',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: 'arn:aws-cn:s3:::my-launch-bucket/wandb/outputs/*',
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
          Resource:
            'arn:aws-cn:logs:cn-north-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*',
        },
        {
          Sid: 'TrainingJobMetrics',
          Effect: 'Allow',
          Action: 'cloudwatch:PutMetricData',
          Resource: '*',
          Condition: {
            StringEquals: {
              'cloudwatch:namespace': '/aws/sagemaker/TrainingJobs',
            },
          },
        },
        {
          Sid: 'VolumeKeyGrant',
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource:
            'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          Condition: {
            Bool: {
              'kms:GrantIsForAWSResource': true,
            },
          },
        },
      ],
    },
    agentTrust: {
      ec2: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Ec2InstanceProfile',
            Effect: 'Allow',
            Principal: {
              Service: 'ec2.amazonaws.com.cn',
            },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      'eks-pod-identity': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EksPodIdentity',
            Effect: 'Allow',
            Principal: {
              Service: 'pods.eks.amazonaws.com',
            },
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Condition: {
              StringEquals: {
                'aws:RequestTag/eks-cluster-arn':
                  'arn:aws-cn:eks:cn-north-1:123456789012:cluster/ml-cluster',
                'aws:RequestTag/kubernetes-namespace': 'wandb',
                'aws:RequestTag/kubernetes-service-account': 'launch-agent',
              },
            },
          },
        ],
      },
      'eks-irsa': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EksServiceAccount',
            Effect: 'Allow',
            Principal: {
              Federated:
                'arn:aws-cn:iam::123456789012:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
            },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'oidc.eks.cn-north-1.amazonaws.com.cn/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud':
                  'sts.amazonaws.com',
                'oidc.eks.cn-north-1.amazonaws.com.cn/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub':
                  'system:serviceaccount:wandb:launch-agent',
              },
            },
          },
        ],
      },
      'assume-role': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'TrustedPrincipal',
            Effect: 'Allow',
            Principal: {
              AWS: 'arn:aws-cn:iam::123456789012:role/ci-runner',
            },
            Action: 'sts:AssumeRole',
          },
        ],
      },
    },
  },
  'us-gov-west-1': {
    executionTrust: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'SageMakerTrainingJobs',
          Effect: 'Allow',
          Principal: {
            Service: 'sagemaker.amazonaws.com',
          },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: {
              'aws:SourceAccount': '123456789012',
            },
            ArnLike: {
              'aws:SourceArn':
                'arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:training-job/*',
            },
          },
        },
      ],
    },
    executionPermissions: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EcrAuthorizationToken',
          Effect: 'Allow',
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
          Resource:
            'arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/project-a/web-app',
        },
        {
          Sid: 'OutputPrefixList',
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws-us-gov:s3:::my-launch-bucket',
          Condition: {
            StringLike: {
              's3:prefix': 'wandb/outputs/*',
            },
          },
        },
        {
          Sid: 'OutputObjects',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: 'arn:aws-us-gov:s3:::my-launch-bucket/wandb/outputs/*',
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
          Resource:
            'arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*',
        },
        {
          Sid: 'TrainingJobMetrics',
          Effect: 'Allow',
          Action: 'cloudwatch:PutMetricData',
          Resource: '*',
          Condition: {
            StringEquals: {
              'cloudwatch:namespace': '/aws/sagemaker/TrainingJobs',
            },
          },
        },
        {
          Sid: 'VolumeKeyGrant',
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource:
            'arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          Condition: {
            Bool: {
              'kms:GrantIsForAWSResource': true,
            },
          },
        },
      ],
    },
    agentTrust: {
      ec2: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Ec2InstanceProfile',
            Effect: 'Allow',
            Principal: {
              Service: 'ec2.amazonaws.com',
            },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      'eks-pod-identity': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EksPodIdentity',
            Effect: 'Allow',
            Principal: {
              Service: 'pods.eks.amazonaws.com',
            },
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Condition: {
              StringEquals: {
                'aws:RequestTag/eks-cluster-arn':
                  'arn:aws-us-gov:eks:us-gov-west-1:123456789012:cluster/ml-cluster',
                'aws:RequestTag/kubernetes-namespace': 'wandb',
                'aws:RequestTag/kubernetes-service-account': 'launch-agent',
              },
            },
          },
        ],
      },
      'eks-irsa': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EksServiceAccount',
            Effect: 'Allow',
            Principal: {
              Federated:
                'arn:aws-us-gov:iam::123456789012:oidc-provider/oidc.eks.us-gov-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
            },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'oidc.eks.us-gov-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud':
                  'sts.amazonaws.com',
                'oidc.eks.us-gov-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub':
                  'system:serviceaccount:wandb:launch-agent',
              },
            },
          },
        ],
      },
      'assume-role': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'TrustedPrincipal',
            Effect: 'Allow',
            Principal: {
              AWS: 'arn:aws-us-gov:iam::123456789012:role/ci-runner',
            },
            Action: 'sts:AssumeRole',
          },
        ],
      },
    },
  },
};

const REGIONS = [
  ['us-east-1', 'aws'],
  ['cn-north-1', 'aws-cn'],
  ['us-gov-west-1', 'aws-us-gov'],
] as const;

const withoutKey = (document: PolicyDocument): PolicyDocument => ({
  ...document,
  Statement: document.Statement.filter(
    (statement) => statement.Sid !== 'VolumeKeyGrant',
  ),
});

describe.each(REGIONS)('%s (%s)', (region, partition) => {
  const expected = EXPECTED[region];
  if (expected === undefined) {
    throw new Error(`No expected documents for ${region}`);
  }

  it.each(AGENT_HOSTS)('writes every document for an agent on %s', (host) => {
    for (const kms of [true, false]) {
      const inputs = setupInputs(partition, region, {agentHost: host, kms});
      expect(executionRoleTrustPolicy(inputs)).toEqual(expected.executionTrust);
      expect(executionRolePermissionsPolicy(inputs)).toEqual(
        kms
          ? expected.executionPermissions
          : withoutKey(expected.executionPermissions),
      );
      expect(agentRoleTrustPolicy(inputs)).toEqual(expected.agentTrust[host]);
    }
  });

  it('names the agent’s role in the partition, with no Region', () => {
    expect(agentRoleArn(setupInputs(partition, region))).toBe(
      `arn:${partition}:iam::123456789012:role/wandb-launch-agent`,
    );
  });
});

describe('the principals table', () => {
  it('has a row for every partition of the SDK’s data, and no other', () => {
    expect(Object.keys(PARTITION_PRINCIPALS).sort()).toEqual(
      PARTITIONS.map((partition) => partition.id).sort(),
    );
  });
});

describe('the sources table', () => {
  it('gives every statement of every document a reason and an https source', () => {
    const sids = AGENT_HOSTS.flatMap((host) => {
      const inputs = setupInputs('aws', 'us-east-1', {agentHost: host});
      return [
        ...executionRoleTrustPolicy(inputs).Statement,
        ...executionRolePermissionsPolicy(inputs).Statement,
        ...agentRoleTrustPolicy(inputs).Statement,
      ].map((statement) => statement.Sid ?? '');
    });
    expect(new Set(sids)).toEqual(new Set(Object.keys(ROLE_STATEMENT_SOURCES)));
    for (const {why, source} of Object.values(ROLE_STATEMENT_SOURCES)) {
      expect(why).toMatch(/^[A-Z].*\.$/);
      expect(source.url).toMatch(/^https:\/\//);
    }
    expect(Object.keys(AGENT_HOST_NOTES).sort()).toEqual(
      [...AGENT_HOSTS].sort(),
    );
  });

  it('uses Sids of ASCII letters and digits only, unique within each policy', () => {
    for (const host of AGENT_HOSTS) {
      const inputs = setupInputs('aws', 'us-east-1', {agentHost: host});
      for (const document of [
        executionRoleTrustPolicy(inputs),
        executionRolePermissionsPolicy(inputs),
        agentRoleTrustPolicy(inputs),
      ]) {
        const sids = document.Statement.map((statement) => statement.Sid);
        expect(new Set(sids).size).toBe(sids.length);
        for (const sid of sids) {
          expect(sid).toMatch(/^[A-Za-z0-9]+$/);
        }
      }
    }
  });
});

describe('with placeholders', () => {
  const documents = (inputs: SetupInputs) => [
    executionRoleTrustPolicy(inputs),
    executionRolePermissionsPolicy(inputs),
    agentRoleTrustPolicy(inputs),
  ];

  it.each(AGENT_HOSTS)(
    'keeps each placeholder as the page writes it, in well-formed JSON (%s)',
    (host) => {
      const inputs = {...PLACEHOLDER_INPUTS, agentHost: host};
      const text = documents(inputs)
        .map((document) => JSON.stringify(document, null, 2))
        .join('\n');
      for (const document of documents(inputs)) {
        const json = JSON.stringify(document, null, 2);
        expect(JSON.parse(json)).toEqual(document);
      }
      for (const placeholder of [
        '<REGION>',
        '<ACCOUNT-ID>',
        '<YOUR-REPO-NAME>',
        '<BUCKET-NAME>',
        '<OUTPUT-PREFIX>',
        '<ARN-OF-KMS-KEY>',
      ]) {
        expect(text).toContain(placeholder);
      }
      const hostPlaceholders: Record<AgentHost, readonly string[]> = {
        ec2: [],
        'eks-pod-identity': [
          '<EKS-CLUSTER-NAME>',
          '<K8S-NAMESPACE>',
          '<K8S-SERVICE-ACCOUNT>',
        ],
        'eks-irsa': [
          '<OIDC-ISSUER>',
          '<K8S-NAMESPACE>',
          '<K8S-SERVICE-ACCOUNT>',
        ],
        'assume-role': ['<TRUSTED-PRINCIPAL-ARN>'],
      };
      for (const placeholder of hostPlaceholders[host]) {
        expect(text).toContain(placeholder);
      }
      expect(agentRoleArn(inputs)).toBe(
        'arn:aws:iam::<ACCOUNT-ID>:role/<AGENT-ROLE-NAME>',
      );
    },
  );

  it('writes the bucket’s root, not "//", for an empty output prefix', () => {
    const inputs = {...setupInputs('aws', 'us-east-1'), outputPrefix: ''};
    const statements = executionRolePermissionsPolicy(inputs).Statement;
    expect(statements.find((s) => s.Sid === 'OutputObjects')?.Resource).toBe(
      'arn:aws:s3:::my-launch-bucket/*',
    );
    expect(
      statements.find((s) => s.Sid === 'OutputPrefixList')?.Condition,
    ).toEqual({StringLike: {'s3:prefix': '*'}});
  });
});

describe('with any strings at all', () => {
  // The page passes only validated values or placeholders; the functions must
  // still never throw nor write anything JSON cannot carry back.
  const hostile = fc.oneof(
    fc.string({unit: 'binary'}),
    fc.constantFrom(
      '__proto__',
      'constructor',
      '"},{"Effect":"Allow","Action":"*","Resource":"*"}',
      '\u2028\u2029',
      '\ud800',
      '',
      '<PLACEHOLDER>',
    ),
  );
  const inputs = fc.record({
    partition: hostile,
    dnsSuffix: hostile,
    region: hostile,
    account: hostile,
    repository: hostile,
    bucket: hostile,
    outputPrefix: hostile,
    executionRoleArn: hostile,
    kmsKeyArn: fc.option(hostile, {nil: undefined}),
    agentHost: fc.constantFrom(...AGENT_HOSTS),
    agentRoleName: hostile,
    eksClusterName: hostile,
    oidcIssuer: hostile,
    k8sNamespace: hostile,
    k8sServiceAccount: hostile,
    trustedPrincipalArn: hostile,
  });

  it('round-trips every document through JSON.stringify and JSON.parse', () => {
    fc.assert(
      fc.property(inputs, (partial) => {
        const all: SetupInputs = {...PLACEHOLDER_INPUTS, ...partial};
        for (const document of [
          executionRoleTrustPolicy(all),
          executionRolePermissionsPolicy(all),
          agentRoleTrustPolicy(all),
        ]) {
          const text = JSON.stringify(document, null, 2);
          expect(JSON.parse(text)).toEqual(document);
          expect(document.Version).toBe('2012-10-17');
          expect(document.Statement.length).toBeGreaterThan(0);
        }
        expect(typeof agentRoleArn(all)).toBe('string');
      }),
      {numRuns: 300},
    );
  });
});

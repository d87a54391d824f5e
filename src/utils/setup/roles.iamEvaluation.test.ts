/**
 * The roles' policies evaluated as AWS would, with @cloud-copilot/iam-simulate
 * (AGPL: test-only). A trust policy is the role's resource policy: each
 * request to assume the role is evaluated against it, with no identity policy
 * for service principals and an allow-all one for IAM principals (which a
 * role's trust policy must still name). For every partition of the SDK's
 * data: SageMaker may assume the execution role only from this account's
 * training jobs, the agent's role only from the chosen principal, and the
 * execution role's permissions allow each documented call and none of its
 * neighbours.
 */
import {runSimulation} from '@cloud-copilot/iam-simulate';
import type {Simulation} from '@cloud-copilot/iam-simulate';
import {describe, expect, it} from 'vitest';
import {PARTITIONS} from '../policy/partitions';
import {PARTITION_REGIONS} from '../policy/testing/fixtures';
import type {SetupInputs} from './inputs';
import {agentRoleArn, agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import {principalsOf} from './principals';
import {
  ACCOUNT,
  KEY_ID,
  OTHER_ACCOUNT,
  setupInputs,
} from './testing/roleFixtures';

type Context = Readonly<Record<string, string | readonly string[]>>;

interface Check {
  readonly label: string;
  /** A service principal, a federated provider's ARN, or an IAM principal's ARN. */
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  /** The resource's account (S3 ARNs name none). */
  readonly resourceAccount: string;
  readonly context?: Context;
  readonly allowed: boolean;
}

const ALLOW_ALL = {
  Version: '2012-10-17',
  Statement: [{Effect: 'Allow', Action: '*', Resource: '*'}],
};

const isIamPrincipal = (principal: string) =>
  /^arn:[^:]+:(iam|sts)::\d{12}:(role|user|assumed-role)\//.test(principal);

/** The checks whose result is not the one expected, as sentences. */
async function failedChecks(
  checks: readonly Check[],
  {
    identityPolicy,
    resourcePolicy,
  }: {readonly identityPolicy?: unknown; readonly resourcePolicy?: unknown},
): Promise<string[]> {
  const results = await Promise.all(
    checks.map(async (check) => {
      const simulation: Simulation = {
        request: {
          principal: check.principal,
          action: check.action,
          resource: {
            resource: check.resource,
            accountId: check.resourceAccount,
          },
          contextVariables: Object.fromEntries(
            Object.entries(check.context ?? {}).map(([key, value]) => [
              key,
              typeof value === 'string' ? value : [...value],
            ]),
          ),
        },
        identityPolicies:
          identityPolicy !== undefined
            ? [{name: 'permissions', policy: identityPolicy}]
            : // An IAM principal allowed everything: only the trust policy can refuse it.
              isIamPrincipal(check.principal)
              ? [{name: 'allowAll', policy: ALLOW_ALL}]
              : [],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        ...(resourcePolicy === undefined ? {} : {resourcePolicy}),
      };
      const result = await runSimulation(simulation, {});
      if (result.resultType === 'error') {
        throw new Error(
          `iam-simulate could not decide ${check.label}: ${JSON.stringify(result.errors)}`,
        );
      }
      const ignored =
        result.resultType === 'single'
          ? (result.result.ignoredContextKeys ?? [])
          : result.results.flatMap((entry) => entry.ignoredContextKeys);
      if ((result.overallResult === 'Allowed') !== check.allowed) {
        return [
          `${check.label}: ${result.overallResult}, expected ${check.allowed ? 'Allowed' : 'a denial'}`,
        ];
      }
      // A key the simulator drops proves nothing about the condition on it.
      return ignored.length > 0
        ? [`${check.label}: context keys ignored: ${ignored.join(', ')}`]
        : [];
    }),
  );
  return results.flat();
}

function otherRegionOf(partition: string, region: string): string {
  const regions = PARTITIONS.find((candidate) => candidate.id === partition)
    ?.regions.map((candidate) => candidate.id)
    .filter((id) => id !== region);
  return (
    regions?.[0] ?? region.replace(/\d+$/, (digits) => `${Number(digits) + 1}`)
  );
}

describe.each(PARTITION_REGIONS)(
  '$partition ($region)',
  ({partition, region}) => {
    const inputs = setupInputs(partition, region);
    const otherRegion = otherRegionOf(partition, region);
    const executionRole = inputs.executionRoleArn;
    const sagemaker = principalsOf(partition).sagemaker;
    const job = (
      name: string,
      account = ACCOUNT,
      kind = 'training-job',
      where = region,
    ) => `arn:${partition}:sagemaker:${where}:${account}:${kind}/${name}`;

    describe('the execution role’s trust policy', () => {
      const trust = executionRoleTrustPolicy(inputs);
      const assume = (
        label: string,
        context: Context,
        allowed: boolean,
        principal = sagemaker,
      ): Check => ({
        label,
        principal,
        action: 'sts:AssumeRole',
        resource: executionRole,
        resourceAccount: ACCOUNT,
        context,
        allowed,
      });

      it('lets SageMaker assume the role for this account’s training jobs', async () => {
        expect(
          await failedChecks(
            [
              assume(
                'a training job of ours',
                {
                  'aws:SourceAccount': ACCOUNT,
                  'aws:SourceArn': job('wandb-run-abc123'),
                },
                true,
              ),
            ],
            {resourcePolicy: trust},
          ),
        ).toEqual([]);
      });

      it('refuses every other source, and every other principal', async () => {
        const ours = {
          'aws:SourceAccount': ACCOUNT,
          'aws:SourceArn': job('wandb-run-abc123'),
        };
        expect(
          await failedChecks(
            [
              assume(
                'another account’s training job',
                {
                  'aws:SourceAccount': OTHER_ACCOUNT,
                  'aws:SourceArn': job('wandb-run-abc123', OTHER_ACCOUNT),
                },
                false,
              ),
              assume(
                'another account’s job claiming our account',
                {
                  'aws:SourceAccount': ACCOUNT,
                  'aws:SourceArn': job('wandb-run-abc123', OTHER_ACCOUNT),
                },
                false,
              ),
              assume(
                'our job with another SourceAccount',
                {
                  'aws:SourceAccount': OTHER_ACCOUNT,
                  'aws:SourceArn': job('wandb-run-abc123'),
                },
                false,
              ),
              assume(
                'a processing job of ours',
                {
                  'aws:SourceAccount': ACCOUNT,
                  'aws:SourceArn': job(
                    'wandb-run-abc123',
                    ACCOUNT,
                    'processing-job',
                  ),
                },
                false,
              ),
              assume(
                'a notebook instance of ours',
                {
                  'aws:SourceAccount': ACCOUNT,
                  'aws:SourceArn': job('nb', ACCOUNT, 'notebook-instance'),
                },
                false,
              ),
              assume(
                'a training job of ours in another Region',
                {
                  'aws:SourceAccount': ACCOUNT,
                  'aws:SourceArn': job(
                    'wandb-run-abc123',
                    ACCOUNT,
                    'training-job',
                    otherRegion,
                  ),
                },
                false,
              ),
              assume('no source at all', {}, false),
              assume(
                'EC2 with our job as its source',
                ours,
                false,
                principalsOf(partition).ec2,
              ),
              assume('another service', ours, false, 'lambda.amazonaws.com'),
              assume(
                'an IAM role of our account allowed everything',
                {},
                false,
                `arn:${partition}:iam::${ACCOUNT}:role/Admin`,
              ),
            ],
            {resourcePolicy: trust},
          ),
        ).toEqual([]);
      });
    });

    describe('the execution role’s permissions', () => {
      const principal = `arn:${partition}:sts::${ACCOUNT}:assumed-role/SageMakerExecutionRole/SageMaker`;
      const repository = (name: string, account = ACCOUNT, where = region) =>
        `arn:${partition}:ecr:${where}:${account}:repository/${name}`;
      const object = (key: string, bucket = 'my-launch-bucket') =>
        `arn:${partition}:s3:::${bucket}/${key}`;
      const logGroup = (name: string, where = region, account = ACCOUNT) =>
        `arn:${partition}:logs:${where}:${account}:log-group:${name}`;
      const stream = `/aws/sagemaker/TrainingJobs:log-stream:wandb-run-abc123/algo-1-1700000000`;
      const key = (id = KEY_ID, account = ACCOUNT) =>
        `arn:${partition}:kms:${region}:${account}:key/${id}`;
      const check = (
        label: string,
        action: string,
        resource: string,
        allowed: boolean,
        context: Context = {},
        resourceAccount = ACCOUNT,
      ): Check => ({
        label,
        principal,
        action,
        resource,
        resourceAccount,
        context,
        allowed,
      });

      const PULL = [
        'ecr:BatchCheckLayerAvailability',
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchGetImage',
      ];
      const LOGS: readonly [string, string][] = [
        [
          'logs:CreateLogGroup',
          logGroup('/aws/sagemaker/TrainingJobs:log-stream:'),
        ],
        [
          'logs:DescribeLogStreams',
          logGroup('/aws/sagemaker/TrainingJobs:log-stream:'),
        ],
        ['logs:CreateLogStream', logGroup(stream)],
        ['logs:PutLogEvents', logGroup(stream)],
      ];

      /** Every documented call of a training job, as our inputs name its resources. */
      const documented = (withKey: boolean): Check[] => [
        check('the ECR token', 'ecr:GetAuthorizationToken', '*', true),
        ...PULL.map((action) =>
          check(
            `${action} on the repository`,
            action,
            repository('project-a/web-app'),
            true,
          ),
        ),
        check(
          'listing the output prefix',
          's3:ListBucket',
          `arn:${partition}:s3:::my-launch-bucket`,
          true,
          {'s3:prefix': 'wandb/outputs/wandb-run-abc123/'},
        ),
        ...['s3:PutObject', 's3:GetObject'].map((action) =>
          check(
            `${action} of the model artifact`,
            action,
            object('wandb/outputs/wandb-run-abc123/output/model.tar.gz'),
            true,
          ),
        ),
        ...LOGS.map(([action, resource]) =>
          check(`${action} on ${resource}`, action, resource, true),
        ),
        check(
          'metrics in SageMaker’s namespace',
          'cloudwatch:PutMetricData',
          '*',
          true,
          {
            'cloudwatch:namespace': '/aws/sagemaker/TrainingJobs',
          },
        ),
        check('a grant on the volume key', 'kms:CreateGrant', key(), withKey, {
          'kms:GrantIsForAWSResource': 'true',
        }),
      ];

      /** The default key policy: it lets the key's account's IAM policies decide. */
      const keyPolicy = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: {AWS: `arn:${partition}:iam::${ACCOUNT}:root`},
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      };

      const evaluate = (checks: readonly Check[], document: unknown) =>
        Promise.all([
          failedChecks(
            checks.filter((c) => !c.action.startsWith('kms:')),
            {identityPolicy: document},
          ),
          failedChecks(
            checks.filter((c) => c.action.startsWith('kms:')),
            {identityPolicy: document, resourcePolicy: keyPolicy},
          ),
        ]).then((lists) => lists.flat());

      it.each([true, false])(
        'allows every documented call (volume key: %s)',
        async (withKey) => {
          const document = executionRolePermissionsPolicy(
            setupInputs(partition, region, {kms: withKey}),
          );
          expect(await evaluate(documented(withKey), document)).toEqual([]);
        },
      );

      it('allows none of their neighbours', async () => {
        const document = executionRolePermissionsPolicy(inputs);
        const checks: Check[] = [
          ...PULL.flatMap((action) => [
            check(
              `${action} on another repository`,
              action,
              repository('project-a/web-app-2'),
              false,
            ),
            check(
              `${action} on a repository inside ours`,
              action,
              repository('project-a/web-app/cache'),
              false,
            ),
            check(
              `${action} in another Region`,
              action,
              repository('project-a/web-app', ACCOUNT, otherRegion),
              false,
            ),
          ]),
          check(
            'ecr:PutImage on the repository',
            'ecr:PutImage',
            repository('project-a/web-app'),
            false,
          ),
          check(
            'listing the whole bucket',
            's3:ListBucket',
            `arn:${partition}:s3:::my-launch-bucket`,
            false,
          ),
          check(
            'listing another prefix',
            's3:ListBucket',
            `arn:${partition}:s3:::my-launch-bucket`,
            false,
            {'s3:prefix': 'wandb/'},
          ),
          check(
            'listing a look-alike prefix',
            's3:ListBucket',
            `arn:${partition}:s3:::my-launch-bucket`,
            false,
            {'s3:prefix': 'wandb/outputs-2/'},
          ),
          check(
            'listing another bucket',
            's3:ListBucket',
            `arn:${partition}:s3:::my-launch-bucket-2`,
            false,
            {'s3:prefix': 'wandb/outputs/x/'},
          ),
          ...['s3:PutObject', 's3:GetObject'].flatMap((action) => [
            check(
              `${action} in another bucket`,
              action,
              object('wandb/outputs/x', 'my-launch-bucket-2'),
              false,
            ),
            check(
              `${action} under another prefix`,
              action,
              object('wandb/secrets.txt'),
              false,
            ),
            check(
              `${action} under a look-alike prefix`,
              action,
              object('wandb/outputs-2/x'),
              false,
            ),
            check(
              `${action} at the bucket’s root`,
              action,
              object('model.tar.gz'),
              false,
            ),
          ]),
          check(
            's3:DeleteObject of the artifact',
            's3:DeleteObject',
            object('wandb/outputs/x/output/model.tar.gz'),
            false,
          ),
          ...LOGS.flatMap(([action, resource]) => [
            check(
              `${action} on processing jobs’ logs`,
              action,
              resource.replace('TrainingJobs', 'ProcessingJobs'),
              false,
            ),
            check(
              `${action} on a look-alike group`,
              action,
              resource.replace('TrainingJobs', 'TrainingJobsX'),
              false,
            ),
            check(
              `${action} in another Region`,
              action,
              resource.replace(`:${region}:`, `:${otherRegion}:`),
              false,
            ),
          ]),
          check(
            'metrics in another namespace',
            'cloudwatch:PutMetricData',
            '*',
            false,
            {'cloudwatch:namespace': 'AWS/EC2'},
          ),
          check(
            'metrics with no namespace',
            'cloudwatch:PutMetricData',
            '*',
            false,
          ),
          check(
            'a grant on another key',
            'kms:CreateGrant',
            key('0000aaaa-00aa-00aa-00aa-000000aaaaaa'),
            false,
            {'kms:GrantIsForAWSResource': 'true'},
          ),
          check(
            'a grant not for an AWS resource',
            'kms:CreateGrant',
            key(),
            false,
            {'kms:GrantIsForAWSResource': 'false'},
          ),
          check('kms:Decrypt with the key', 'kms:Decrypt', key(), false),
        ];
        expect(await evaluate(checks, document)).toEqual([]);
      });

      it('reaches none of another account’s resources when attached there', async () => {
        // Our policy on a role of another account, which must not open that account's resources.
        const document = executionRolePermissionsPolicy(inputs);
        const theirs = (c: Check): Check => ({
          ...c,
          principal: c.principal.replace(ACCOUNT, OTHER_ACCOUNT),
        });
        const checks = [
          ...PULL.map((action) =>
            check(
              `${action} on their repository`,
              action,
              repository('project-a/web-app', OTHER_ACCOUNT),
              false,
              {},
              OTHER_ACCOUNT,
            ),
          ),
          ...LOGS.map(([action, resource]) =>
            check(
              `${action} on their logs`,
              action,
              resource.replace(`:${ACCOUNT}:`, `:${OTHER_ACCOUNT}:`),
              false,
              {},
              OTHER_ACCOUNT,
            ),
          ),
        ].map(theirs);
        expect(await evaluate(checks, document)).toEqual([]);
      });
    });

    describe('the agent’s role’s trust policy', () => {
      const role = agentRoleArn(inputs);
      const assume = (
        label: string,
        principal: string,
        allowed: boolean,
        context: Context = {},
        action = 'sts:AssumeRole',
      ): Check => ({
        label,
        principal,
        action,
        resource: role,
        resourceAccount: ACCOUNT,
        context,
        allowed,
      });

      // iam-simulate takes a request's principal for a service only when it
      // ends in amazonaws.com (iam-utils isServicePrincipal), so EC2's China and
      // isolated-Region principals cannot be sent: their documents are written
      // out in roles.test.ts instead.
      const ec2 = principalsOf(partition).ec2;
      it.runIf(ec2.endsWith('.amazonaws.com'))(
        'on EC2: lets EC2 assume it',
        async () => {
          const trust = agentRoleTrustPolicy({...inputs, agentHost: 'ec2'});
          expect(
            await failedChecks([assume('EC2', ec2, true)], {
              resourcePolicy: trust,
            }),
          ).toEqual([]);
        },
      );

      it('on EC2: lets no one else assume it', async () => {
        const trust = agentRoleTrustPolicy({...inputs, agentHost: 'ec2'});
        expect(
          await failedChecks(
            [
              assume('SageMaker', sagemaker, false),
              assume(
                'EKS Pod Identity',
                principalsOf(partition).eksPods,
                false,
              ),
              assume('Lambda', 'lambda.amazonaws.com', false),
              ...(ec2 === 'ec2.amazonaws.com'
                ? []
                : [assume('EC2’s global name', 'ec2.amazonaws.com', false)]),
              assume(
                'an IAM role of our account',
                `arn:${partition}:iam::${ACCOUNT}:role/Admin`,
                false,
              ),
            ],
            {resourcePolicy: trust},
          ),
        ).toEqual([]);
      });

      it('with EKS Pod Identity: only for the agent’s service account in this cluster', async () => {
        const trust = agentRoleTrustPolicy({
          ...inputs,
          agentHost: 'eks-pod-identity',
        });
        const pods = principalsOf(partition).eksPods;
        const cluster = (name: string, account = ACCOUNT, where = region) =>
          `arn:${partition}:eks:${where}:${account}:cluster/${name}`;
        const tags = (changed: Record<string, string> = {}) => {
          const all: Record<string, string> = {
            'aws:RequestTag/eks-cluster-arn': cluster('ml-cluster'),
            'aws:RequestTag/eks-cluster-name': 'ml-cluster',
            'aws:RequestTag/kubernetes-namespace': 'wandb',
            'aws:RequestTag/kubernetes-service-account': 'launch-agent',
            'aws:RequestTag/kubernetes-pod-name': 'launch-agent-7d9f',
            'aws:RequestTag/kubernetes-pod-uid':
              '0f8e8c1a-1111-2222-3333-444455556666',
            ...changed,
          };
          return {
            ...all,
            'aws:TagKeys': Object.keys(all).map((k) =>
              k.replace('aws:RequestTag/', ''),
            ),
          };
        };
        const both = (
          label: string,
          principal: string,
          allowed: boolean,
          context: Context,
        ) =>
          ['sts:AssumeRole', 'sts:TagSession'].map((action) =>
            assume(`${label} (${action})`, principal, allowed, context, action),
          );
        expect(
          await failedChecks(
            [
              ...both('the agent’s pod', pods, true, tags()),
              ...both(
                'another service account',
                pods,
                false,
                tags({'aws:RequestTag/kubernetes-service-account': 'default'}),
              ),
              ...both(
                'another namespace',
                pods,
                false,
                tags({'aws:RequestTag/kubernetes-namespace': 'default'}),
              ),
              ...both(
                'another cluster',
                pods,
                false,
                tags({
                  'aws:RequestTag/eks-cluster-arn': cluster('other-cluster'),
                }),
              ),
              ...both(
                'our cluster’s name in another account',
                pods,
                false,
                tags({
                  'aws:RequestTag/eks-cluster-arn': cluster(
                    'ml-cluster',
                    OTHER_ACCOUNT,
                  ),
                }),
              ),
              ...both(
                'our cluster’s name in another Region',
                pods,
                false,
                tags({
                  'aws:RequestTag/eks-cluster-arn': cluster(
                    'ml-cluster',
                    ACCOUNT,
                    otherRegion,
                  ),
                }),
              ),
              ...both('a session without tags', pods, false, {}),
              ...both(
                'EC2 with the agent’s tags',
                principalsOf(partition).ec2,
                false,
                tags(),
              ),
            ],
            {resourcePolicy: trust},
          ),
        ).toEqual([]);
      });

      it('with IAM roles for service accounts: only the agent’s service account, through this cluster’s provider', async () => {
        // iam-simulate keeps a request's OIDC claims only for the providers the
        // Service Authorization Reference lists for the action, so the checks
        // use two of those as the cluster's issuers; the EKS issuer's document
        // (oidc.eks.REGION.../id/...) is written out in roles.test.ts.
        const issuer = 'accounts.google.com';
        const otherIssuer = 'cognito-identity.amazonaws.com';
        const trust = agentRoleTrustPolicy({
          ...inputs,
          agentHost: 'eks-irsa',
          oidcIssuer: issuer,
        });
        const provider = (name: string, account = ACCOUNT) =>
          `arn:${partition}:iam::${account}:oidc-provider/${name}`;
        const claims = (
          sub: string,
          aud = 'sts.amazonaws.com',
          name = issuer,
        ) => ({
          [`${name}:sub`]: sub,
          [`${name}:aud`]: aud,
        });
        const web = (
          label: string,
          principal: string,
          allowed: boolean,
          context: Context,
        ) =>
          assume(
            label,
            principal,
            allowed,
            context,
            'sts:AssumeRoleWithWebIdentity',
          );
        const agent = 'system:serviceaccount:wandb:launch-agent';
        expect(
          await failedChecks(
            [
              web(
                'the agent’s service account',
                provider(issuer),
                true,
                claims(agent),
              ),
              web(
                'another service account',
                provider(issuer),
                false,
                claims('system:serviceaccount:wandb:default'),
              ),
              web(
                'another namespace',
                provider(issuer),
                false,
                claims('system:serviceaccount:default:launch-agent'),
              ),
              web(
                'another audience',
                provider(issuer),
                false,
                claims(agent, 'sts.amazonaws.com.cn'),
              ),
              web(
                'another cluster’s provider',
                provider(otherIssuer),
                false,
                claims(agent, 'sts.amazonaws.com', otherIssuer),
              ),
              web(
                'our issuer’s provider in another account',
                provider(issuer, OTHER_ACCOUNT),
                false,
                claims(agent),
              ),
              web('no claims', provider(issuer), false, {}),
            ],
            {resourcePolicy: trust},
          ),
        ).toEqual([]);
      });

      it('from a workstation or CI runner: only the trusted principal', async () => {
        const trust = agentRoleTrustPolicy({
          ...inputs,
          agentHost: 'assume-role',
        });
        expect(
          await failedChecks(
            [
              assume('the trusted role', inputs.trustedPrincipalArn, true),
              assume(
                'a session of the trusted role',
                `arn:${partition}:sts::${ACCOUNT}:assumed-role/ci-runner/build-42`,
                true,
              ),
              assume(
                'another role of our account',
                `arn:${partition}:iam::${ACCOUNT}:role/ci-runner-2`,
                false,
              ),
              assume(
                'the same role name in another account',
                `arn:${partition}:iam::${OTHER_ACCOUNT}:role/ci-runner`,
                false,
              ),
              assume('EC2', principalsOf(partition).ec2, false),
            ],
            {resourcePolicy: trust},
          ),
        ).toEqual([]);
      });
    });
  },
);

describe('the inputs of these checks', () => {
  it('cover every partition of the SDK’s data', () => {
    expect(PARTITION_REGIONS.map((target) => target.partition).sort()).toEqual(
      PARTITIONS.map((partition) => partition.id).sort(),
    );
  });

  it('are valid set-up inputs', () => {
    const inputs: SetupInputs = setupInputs('aws', 'us-east-1');
    expect(inputs.kmsKeyArn).toMatch(/^arn:aws:kms:us-east-1:\d{12}:key\//);
  });
});

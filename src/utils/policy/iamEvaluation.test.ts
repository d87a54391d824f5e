/**
 * The generated policies evaluated as AWS would, with @cloud-copilot/iam-simulate
 * (AGPL: test-only, never imported by code that ships). For every partition
 * and every option combination, with valid values: each call the agent makes
 * is allowed by the two policies together, and its neighbours (another
 * repository, bucket, account, Region, partition, role or key; another
 * service in the conditions) are not.
 */
import {requestOf} from './callRequests';
import {runSimulation} from '@cloud-copilot/iam-simulate';
import type {Simulation} from '@cloud-copilot/iam-simulate';
import {afterAll, describe, expect, it} from 'vitest';
import {AGENT_CALLS, activeCalls} from './agentCalls';
import type {AgentCall, ArnInputs} from './agentCalls';
import {generatePolicies} from './generate';
import {
  OPTIONS,
  allOptionCombinations,
  formatOptionValue,
  passesRoleToSageMakerOnly,
} from './options';
import {PARTITIONS} from './partitions';
import {
  ACCOUNT,
  OTHER_ACCOUNT,
  PARTITION_REGIONS,
  arnInputsOf,
  filledValues,
  policiesOf,
} from './testing/fixtures';
import type {PolicyDocument, PolicyOptions} from './types';

type Context = Readonly<Record<string, string | readonly string[]>>;

interface Check {
  /** What is asked, for the failure message. */
  readonly label: string;
  readonly action: string;
  readonly resource: string;
  readonly context: Context;
  readonly partition: string;
  /** The principal's account: the agent's role is in it. */
  readonly account: string;
  readonly allowed: boolean;
}

let checked = 0;
let evaluationTime = 0;
/**
 * Each distinct simulation runs once: with least privilege, say, the policies
 * are the same whether restrictPassRole is on or off.
 */
const simulations = new Map<string, ReturnType<typeof runSimulation>>();

const cpuAtStart = process.cpuUsage();

afterAll(() => {
  const cpu = process.cpuUsage(cpuAtStart);
  const seconds = (microseconds: number) => (microseconds / 1e6).toFixed(1);
  console.log(
    `iam-simulate: ${checked} checks, ${simulations.size} distinct evaluations, ` +
      `${(evaluationTime / 1000).toFixed(1)} s waiting for them, ` +
      `${seconds(cpu.user + cpu.system)} s of CPU for the file`,
  );
});

function simulate(simulation: Simulation): ReturnType<typeof runSimulation> {
  const key = JSON.stringify(simulation);
  let result = simulations.get(key);
  if (result === undefined) {
    result = runSimulation(simulation, {});
    simulations.set(key, result);
  }
  return result;
}

/** The default key policy: it lets IAM policies of the key's account decide. */
function defaultKeyPolicy(partition: string, account: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: {AWS: `arn:${partition}:iam::${account}:root`},
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/** The account a resource ARN names; S3 ARNs and "*" name none. */
function accountOf(resource: string, fallback: string): string {
  const account = resource.split(':')[4] ?? '';
  return account === '' ? fallback : account;
}

/**
 * Evaluates each check against the identity policies, all at once, and
 * returns the checks whose result is not the one expected. A result of type
 * "error" (a request the simulator cannot decide) throws.
 */
async function failedChecks(
  policies: readonly PolicyDocument[],
  checks: readonly Check[],
): Promise<string[]> {
  const started = performance.now();
  const results = await Promise.all(
    checks.map(async (check) => {
      const resourceAccount = accountOf(check.resource, check.account);
      const simulation: Simulation = {
        request: {
          principal: `arn:${check.partition}:iam::${check.account}:role/wandb-launch-agent`,
          action: check.action,
          resource: {resource: check.resource, accountId: resourceAccount},
          contextVariables: Object.fromEntries(
            Object.entries(check.context).map(([key, value]) => [
              key,
              typeof value === 'string' ? value : [...value],
            ]),
          ),
        },
        identityPolicies: policies.map((policy, index) => ({
          name: `policy${index}`,
          policy,
        })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        ...(check.action.startsWith('kms:')
          ? {resourcePolicy: defaultKeyPolicy(check.partition, resourceAccount)}
          : {}),
      };
      checked += 1;
      const result = await simulate(simulation);
      if (result.resultType === 'error') {
        throw new Error(
          `iam-simulate could not decide ${check.label}: ${JSON.stringify(result.errors)}`,
        );
      }
      const ignored =
        result.resultType === 'single'
          ? (result.result.ignoredContextKeys ?? [])
          : result.results.flatMap((entry) => entry.ignoredContextKeys);
      const allowed = result.overallResult === 'Allowed';
      if (allowed !== check.allowed) {
        return [
          `${check.label}: ${result.overallResult}, expected ${check.allowed ? 'Allowed' : 'a denial'}`,
        ];
      }
      // Keys the simulator drops do not apply to the action: the check would prove nothing.
      return ignored.length > 0
        ? [`${check.label}: context keys ignored: ${ignored.join(', ')}`]
        : [];
    }),
  );
  evaluationTime += performance.now() - started;
  return results.flat();
}

/** One check per action of the call, for these inputs. */
function callChecks(
  call: AgentCall,
  inputs: ArnInputs,
  {
    allowed,
    account = inputs.account,
    context = requestOf(call).context?.(inputs) ?? {},
    why = '',
  }: {
    readonly allowed: boolean;
    readonly account?: string;
    readonly context?: Context;
    readonly why?: string;
  },
): Check[] {
  const resource = requestOf(call).resource(inputs);
  return call.actions.map((action) => ({
    label: `${call.id}${why}: ${action} on ${resource} with ${JSON.stringify(context)}`,
    action,
    resource,
    context,
    partition: inputs.partition,
    account,
    allowed,
  }));
}

function otherRegion(partition: string, region: string): string {
  const regions = PARTITIONS.find((candidate) => candidate.id === partition)
    ?.regions.map((candidate) => candidate.id)
    .filter((id) => id !== region);
  // A partition with one Region: a made-up sibling is just as much another Region.
  return (
    regions?.[0] ?? region.replace(/\d+$/, (digits) => `${Number(digits) + 1}`)
  );
}

/** Inputs that differ from the agent's in one thing, and the account the principal is in. */
function neighbours(
  partition: string,
  region: string,
  inputs: ArnInputs,
): readonly {
  readonly name: string;
  readonly inputs: ArnInputs;
  readonly account: string;
}[] {
  const [otherPartition, otherPartitionRegion] =
    partition === 'aws' ? ['aws-cn', 'cn-north-1'] : ['aws', 'us-east-1'];
  const same = (name: string, changed: Partial<ArnInputs>) => ({
    name,
    inputs: {...inputs, ...changed},
    account: ACCOUNT,
  });
  return [
    same('another repository', {repository: 'project-a/web-app-2'}),
    same('a repository inside ours', {repository: 'project-a/web-app/cache'}),
    same('another bucket', {bucket: 'my-launch-bucket-2'}),
    same('another role', {
      role: `arn:${partition}:iam::${ACCOUNT}:role/service-role/AdminRole`,
    }),
    same('our role name on another path', {
      role: `arn:${partition}:iam::${ACCOUNT}:role/SageMakerExecutionRole`,
    }),
    same('another key', {
      kmsKey: `arn:${partition}:kms:${region}:${ACCOUNT}:key/0000aaaa-00aa-00aa-00aa-000000aaaaaa`,
    }),
    {
      name: 'another Region',
      inputs: arnInputsOf(
        partition,
        filledValues(partition, otherRegion(partition, region)),
      ),
      account: ACCOUNT,
    },
    // The same policies attached to a role in another account, whose own
    // resources they must not reach: a request from our account to another
    // one would be denied without a resource policy, and prove nothing.
    {
      name: 'another account',
      inputs: arnInputsOf(
        partition,
        filledValues(partition, region, OTHER_ACCOUNT),
      ),
      account: OTHER_ACCOUNT,
    },
    {
      name: 'another partition',
      inputs: arnInputsOf(
        otherPartition,
        filledValues(otherPartition, otherPartitionRegion),
      ),
      account: ACCOUNT,
    },
  ];
}

const ECR_OR_S3 = /^(ecr|s3):/;

/** The original page's actions that no call needs, with a resource for each. */
function pageOnlyChecks(inputs: ArnInputs, options: PolicyOptions): Check[] {
  const repository = `arn:${inputs.partition}:ecr:${inputs.region}:${inputs.account}:repository/${inputs.repository}`;
  const object = `arn:${inputs.partition}:s3:::${inputs.bucket}/secrets.txt`;
  const check = (action: string, resource: string, allowed: boolean) => ({
    label: `the page's ${action} on ${resource}`,
    action,
    resource,
    context: {},
    partition: inputs.partition,
    account: inputs.account,
    allowed,
  });
  const ecr = options.builder !== 'noop' && !options.leastPrivilege;
  return [
    check('ecr:DeleteRepository', repository, ecr),
    check('ecr:PutLifecyclePolicy', repository, ecr),
    check('ecr:BatchDeleteImage', repository, ecr),
    // s3:*Object, on the page, covers DeleteObject too.
    check(
      's3:DeleteObject',
      object,
      options.builder === 'kaniko' && !options.leastPrivilege,
    ),
  ];
}

function describeOptions(options: PolicyOptions): string {
  return OPTIONS.map(
    (option) => `${option.param}=${formatOptionValue(options[option.key])}`,
  ).join(' ');
}

const COMBINATIONS = allOptionCombinations().map(
  (options) => [describeOptions(options), options] as const,
);

describe.each(PARTITION_REGIONS)(
  '$partition ($region)',
  ({partition, region}) => {
    const values = filledValues(partition, region);
    const inputs = arnInputsOf(partition, values);

    it('allows sts:GetCallerIdentity with no policy at all, as AWS does', async () => {
      expect(
        await failedChecks(
          [],
          [
            {
              label: 'sts:GetCallerIdentity',
              action: 'sts:GetCallerIdentity',
              resource: '*',
              context: {},
              partition,
              account: ACCOUNT,
              allowed: true,
            },
          ],
        ),
      ).toEqual([]);
    });

    describe.each(COMBINATIONS)('%s', (_name, options) => {
      const result = generatePolicies(values, options);
      const policies = policiesOf(result).map((policy) => policy.document);
      const calls = activeCalls(options);

      it('generates from valid values, with no issue', () => {
        expect(result.issues).toEqual([]);
      });

      it('allows every action of every call the agent makes', async () => {
        expect(
          await failedChecks(
            policies,
            calls.flatMap((call) => callChecks(call, inputs, {allowed: true})),
          ),
        ).toEqual([]);
      });

      it('allows none of them on a neighbour', async () => {
        const checks = neighbours(partition, region, inputs).flatMap(
          (neighbour) =>
            calls
              .filter(
                (call) =>
                  requestOf(call).resource(neighbour.inputs) !==
                  requestOf(call).resource(inputs),
              )
              .flatMap((call) =>
                callChecks(call, neighbour.inputs, {
                  allowed: false,
                  account: neighbour.account,
                  why: ` (${neighbour.name})`,
                }),
              ),
        );
        expect(checks.length).toBeGreaterThan(0);
        expect(await failedChecks(policies, checks)).toEqual([]);
      });

      it('allows kms:CreateGrant only for SageMaker in this Region, for an AWS resource', async () => {
        const grant = calls.filter((call) => call.id === 'volume-key-grant');
        expect(grant).toHaveLength(options.includeKmsGrant ? 1 : 0);
        const checks = grant.flatMap((call) =>
          [
            {'kms:ViaService': `ec2.${region}.amazonaws.com`},
            {'kms:ViaService': `SageMaker.${region}.amazonaws.com`},
            {
              'kms:ViaService': `sagemaker.${otherRegion(partition, region)}.amazonaws.com`,
            },
            {'kms:GrantIsForAWSResource': 'false'},
            {
              'kms:ViaService': undefined,
              'kms:GrantIsForAWSResource': undefined,
            },
          ]
            .map((changed) => {
              const context = Object.fromEntries(
                Object.entries({
                  ...requestOf(call).context?.(inputs),
                  ...changed,
                }).filter(
                  (entry): entry is [string, string] => entry[1] !== undefined,
                ),
              );
              return callChecks(call, inputs, {allowed: false, context});
            })
            .flat(),
        );
        expect(await failedChecks(policies, checks)).toEqual([]);
      });

      it('passes the role to another service only when the page’s plain statement is kept', async () => {
        const passRole = calls.filter((call) => call.id === 'pass-role');
        expect(passRole).toHaveLength(1);
        const checks = passRole.flatMap((call) =>
          callChecks(call, inputs, {
            allowed: !options.leastPrivilege && !options.restrictPassRole,
            context: {'iam:PassedToService': 'ec2.amazonaws.com'},
            why: ' (to EC2)',
          }),
        );
        expect(passesRoleToSageMakerOnly(options)).toBe(
          options.leastPrivilege || options.restrictPassRole,
        );
        expect(await failedChecks(policies, checks)).toEqual([]);
      });

      it('allows ECR and S3 only for the builder that needs them', async () => {
        const ecrOrS3 = (AGENT_CALLS as readonly AgentCall[])
          .filter((call) =>
            call.actions.some((action) => ECR_OR_S3.test(action)),
          )
          .flatMap((call) => callChecks(call, inputs, {allowed: false}));
        const forbidden =
          options.builder === 'noop'
            ? ecrOrS3
            : options.builder === 'docker'
              ? ecrOrS3.filter((check) => check.action.startsWith('s3:'))
              : [];
        expect(forbidden.length > 0).toBe(options.builder !== 'kaniko');
        expect(await failedChecks(policies, forbidden)).toEqual([]);
      });

      it('allows the page’s other ECR and S3 actions only without least privilege', async () => {
        expect(
          await failedChecks(policies, pageOnlyChecks(inputs, options)),
        ).toEqual([]);
      });
    });
  },
);

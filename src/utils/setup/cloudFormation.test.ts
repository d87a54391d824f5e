/**
 * The CloudFormation template, checked by the ecosystem's own references:
 * every resource type, property and attribute against the CloudFormation
 * resource specification (@aws-cdk/aws-service-spec), the text parsed back
 * by a YAML 1.2 parser with CloudFormation's short-form tags, the policy
 * documents inside equal to the page's once the stack's pseudo parameters
 * and the parameters' defaults are substituted, and a placeholder refused
 * by a rule that names it.
 */
import fc from 'fast-check';
import {parse} from 'yaml';
import type {ScalarTag, CollectionTag, YAMLMap, YAMLSeq} from 'yaml';
import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../policy/fields';
import {generatePolicies} from '../policy/generate';
import {
  AGENT_HOSTS,
  allOptionCombinations,
  DEFAULT_OPTIONS,
} from '../policy/options';
import {partitionOfRegion} from '../policy/partitions';
import type {FieldValues, PolicyOptions} from '../policy/types';
import {validateFields, validValues} from '../policy/validate/all';
import {
  cloudFormationYaml,
  executionRoleNameAndPath,
  IAC_POLICY_NAMES,
} from './cloudFormation';
import type {CloudFormationDocuments} from './cloudFormation';
import type {SetupInputs} from './inputs';
import {inputsOf} from './page';
import {agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import {checkTemplate, evaluate, loadCfnSpec} from './testing/cfnSpec';
import {setupInputs} from './testing/roleFixtures';
import {EXAMPLES, formValuesArb} from './testing/formValues';

const spec = loadCfnSpec();

/** CloudFormation's short forms (Template Reference, "Intrinsic function reference"), as the yaml package's custom tags. */
const SHORT_FORMS = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
];
const CFN_TAGS: (ScalarTag | CollectionTag)[] = SHORT_FORMS.flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  return [
    {
      tag: `!${name}`,
      // `!GetAtt Role.Arn` is the list form's resource and attribute.
      resolve: (text: string) => ({
        [key]: name === 'GetAtt' ? text.split(/\.(.*)/s).slice(0, 2) : text,
      }),
    },
    {
      tag: `!${name}`,
      collection: 'seq',
      resolve: (seq: YAMLSeq) => ({[key]: seq.toJSON() as unknown}),
    },
    {
      tag: `!${name}`,
      collection: 'map',
      resolve: (map: YAMLMap) => ({[key]: map.toJSON() as unknown}),
    },
  ] as (ScalarTag | CollectionTag)[];
});

/** The template as CloudFormation reads it: YAML 1.2, short forms allowed, no duplicate key. */
function parseTemplate(text: string): Record<string, unknown> {
  return parse(text, {
    customTags: CFN_TAGS,
    uniqueKeys: true,
    version: '1.2',
  }) as Record<string, unknown>;
}

/** Valid values in this Region's partition: every ARN and host rewritten. */
function valuesIn(region: string): FieldValues {
  const partition = partitionOfRegion(region);
  if (partition === undefined) {
    throw new Error(region);
  }
  const arn = (value: string) =>
    value
      .replace(/^arn:aws:/, `arn:${partition.id}:`)
      .replace('us-east-1', region);
  return {
    ...EXAMPLES,
    REGION: region,
    'ARN-OF-ROLE-TO-PASS': arn(EXAMPLES['ARN-OF-ROLE-TO-PASS']),
    'ARN-OF-KMS-KEY': arn(EXAMPLES['ARN-OF-KMS-KEY']),
    'TRUSTED-PRINCIPAL-ARN': arn(EXAMPLES['TRUSTED-PRINCIPAL-ARN']),
    'OIDC-ISSUER': `oidc.eks.${region}.${partition.dnsSuffix}/id/EXAMPLED539D4633E53DE1B71EXAMPLE`,
  };
}

interface Built {
  readonly inputs: SetupInputs;
  readonly documents: CloudFormationDocuments;
  readonly text: string;
}

/** As the page will: form values to inputs and documents, then the template. */
function build(
  values: FieldValues,
  options: PolicyOptions,
  createResources: boolean,
): Built {
  const inputs = inputsOf(validValues(values, validateFields(values)), options);
  const policies = generatePolicies(values, options);
  const documents: CloudFormationDocuments = {
    executionTrust: executionRoleTrustPolicy(inputs),
    executionPermissions: executionRolePermissionsPolicy(inputs),
    agentTrust: agentRoleTrustPolicy(inputs),
    agentPolicy: policies.agent?.document,
    sagemakerPolicy: policies.sagemaker.document,
  };
  return {
    inputs,
    documents,
    text: cloudFormationYaml(inputs, documents, {createResources}),
  };
}

const pseudoOf = (inputs: SetupInputs) => ({
  'AWS::Partition': inputs.partition,
  'AWS::Region': inputs.region,
  'AWS::AccountId': inputs.account,
  'AWS::URLSuffix': inputs.dnsSuffix,
});

interface Role {
  Properties: {
    RoleName: string;
    Path?: string;
    AssumeRolePolicyDocument: unknown;
    Policies: {PolicyName: string; PolicyDocument: unknown}[];
  };
}

/** Everything a user relies on in one template: it checks clean and says what the page says. */
function expectSound({inputs, documents, text}: Built): void {
  const template = parseTemplate(text);
  expect(checkTemplate(template, spec)).toEqual([]);
  const resources = evaluate(template, {pseudo: pseudoOf(inputs)});
  const execution = resources.ExecutionRole as Role;
  const agent = resources.AgentRole as Role;
  const {name, path} = executionRoleNameAndPath(inputs.executionRoleArn);
  expect(execution.Properties.RoleName).toBe(name);
  expect(execution.Properties.Path).toBe(path);
  expect(execution.Properties.AssumeRolePolicyDocument).toEqual(
    documents.executionTrust,
  );
  expect(execution.Properties.Policies).toEqual([
    {
      PolicyName: IAC_POLICY_NAMES.execution,
      PolicyDocument: documents.executionPermissions,
    },
  ]);
  expect(agent.Properties.RoleName).toBe(inputs.agentRoleName);
  expect(agent.Properties.AssumeRolePolicyDocument).toEqual(
    documents.agentTrust,
  );
  expect(agent.Properties.Policies).toEqual([
    ...(documents.agentPolicy === undefined
      ? []
      : [
          {
            PolicyName: IAC_POLICY_NAMES.agent,
            PolicyDocument: documents.agentPolicy,
          },
        ]),
    {
      PolicyName: IAC_POLICY_NAMES.sagemaker,
      PolicyDocument: documents.sagemakerPolicy,
    },
  ]);
  expect(resources.AgentInstanceProfile).toEqual(
    inputs.agentHost === 'ec2'
      ? {
          Type: 'AWS::IAM::InstanceProfile',
          Properties: {
            InstanceProfileName: inputs.agentRoleName,
            Roles: [inputs.agentRoleName],
          },
        }
      : undefined,
  );
  expect(resources.Repository).toMatchObject({
    Condition: 'CreateRepositoryAndBucket',
    Properties: {RepositoryName: inputs.repository},
  });
  expect(resources.Bucket).toMatchObject({
    Condition: 'CreateRepositoryAndBucket',
    Properties: {BucketName: inputs.bucket},
  });
  // Every placeholder left is a parameter's default, and a rule refuses it by name.
  const rules = JSON.stringify(template.Rules ?? {});
  for (const placeholder of new Set(text.match(/<[A-Z0-9-]+>/g) ?? [])) {
    expect(rules).toContain(`is still the placeholder ${placeholder}`);
  }
  expect(refusals(template)).toEqual(
    Array.from(new Set(text.match(/<[A-Z0-9-]+>/g) ?? [])).sort(),
  );
}

/** The placeholders the Rules refuse with the parameters' defaults: each failing assertion's. */
function refusals(template: Record<string, unknown>): string[] {
  const parameters = (template.Parameters ?? {}) as Record<
    string,
    {Default: string}
  >;
  const evaluateRule = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return value;
    }
    const [[name, args]] = Object.entries(value) as [[string, unknown]];
    switch (name) {
      case 'Ref':
        return parameters[String(args)]?.Default;
      case 'Fn::Not':
        return !(evaluateRule((args as unknown[])[0]) as boolean);
      case 'Fn::Equals': {
        const [left, right] = (args as unknown[]).map(evaluateRule);
        return left === right;
      }
      default:
        throw new Error(name);
    }
  };
  const rules = (template.Rules ?? {}) as Record<
    string,
    {Assertions: {Assert: unknown; AssertDescription: string}[]}
  >;
  return Object.values(rules)
    .flatMap((rule) => rule.Assertions)
    .filter((assertion) => evaluateRule(assertion.Assert) === false)
    .flatMap(
      (assertion) => assertion.AssertDescription.match(/<[A-Z0-9-]+>/g) ?? [],
    )
    .sort();
}

const REGIONS = ['us-east-1', 'cn-north-1', 'us-gov-west-1'];
const COMBINATIONS: readonly PolicyOptions[] = allOptionCombinations().flatMap(
  (options) => AGENT_HOSTS.map((agentHost) => ({...options, agentHost})),
);
/** The builder, the volume key and the host: what adds or removes a statement, a policy or a resource. */
const SHAPES = COMBINATIONS.filter(
  (options) => !options.leastPrivilege && !options.restrictPassRole,
);

describe('the CloudFormation template', () => {
  describe.each(REGIONS)('in %s', (region) => {
    const values = valuesIn(region);

    it('starts from valid values', () => {
      expect(validateFields(values)).toEqual([]);
    });

    it.each(
      AGENT_HOSTS.flatMap(
        (host) =>
          [
            [host, false],
            [host, true],
          ] as const,
      ),
    )(
      'for %s, createResources %s: as expected, checks clean, says what the page says',
      async (agentHost, createResources) => {
        const options = {...DEFAULT_OPTIONS, agentHost};
        const built = build(values, options, createResources);
        expectSound(built);
        expect(built.text).not.toMatch(/<[A-Z0-9-]+>/);
        expect(parseTemplate(built.text).Rules).toBeUndefined();
        // A YAML 1.1 reader finds the same values.
        expect(parse(built.text, {version: '1.1'})).toEqual(
          parse(built.text, {version: '1.2'}),
        );
        await expect(built.text + '\n').toMatchFileSnapshot(
          `__snapshots__/cloudFormation/${region}-${agentHost}-${createResources ? 'create' : 'existing'}.yaml`,
        );
      },
    );

    // Every option in one Region; in the others, what changes the shape of
    // the documents (the builder, the key, the host), to keep the file fast.
    it('checks clean and says what the page says with every option', () => {
      for (const options of region === 'us-east-1' ? COMBINATIONS : SHAPES) {
        expectSound(build(values, options, false));
      }
    }, 30_000);
  });

  it('takes the account, Region and partition from the stack, and every typed value from a parameter', () => {
    const {text} = build(valuesIn('cn-north-1'), DEFAULT_OPTIONS, false);
    const template = parseTemplate(text);
    const resources = JSON.stringify(template.Resources);
    expect(resources).not.toContain('123456789012');
    expect(resources).not.toContain('cn-north-1');
    expect(resources).not.toContain('aws-cn');
    expect(resources).not.toContain('amazonaws.com.cn');
    expect(resources).not.toContain(EXAMPLES['YOUR-REPO-NAME']);
    expect(resources).not.toContain(EXAMPLES['BUCKET-NAME']);
    expect(resources).toContain('${AWS::Partition}');
    // Deployed in another account and Region, with other names, it follows them.
    const other = evaluate(template, {
      pseudo: {
        'AWS::Partition': 'aws',
        'AWS::Region': 'eu-west-1',
        'AWS::AccountId': '210987654321',
        'AWS::URLSuffix': 'amazonaws.com',
      },
      parameters: {
        RepositoryName: 'other/repo',
        BucketName: 'other-bucket',
        KmsKeyArn: 'arn:aws:kms:eu-west-1:210987654321:key/other',
      },
    });
    const policies = JSON.stringify(other);
    expect(policies).toContain(
      'arn:aws:ecr:eu-west-1:210987654321:repository/other/repo',
    );
    expect(policies).toContain('arn:aws:s3:::other-bucket/launch-output/*');
    expect(policies).toContain('"ec2.amazonaws.com"');
    expect(policies).not.toContain('123456789012');
  });

  it('passes the execution role it creates, by its ARN, path included', () => {
    const built = build(
      {
        ...EXAMPLES,
        'ARN-OF-ROLE-TO-PASS':
          'arn:aws:iam::123456789012:role/service-role/SageMakerExecutionRole',
      },
      DEFAULT_OPTIONS,
      false,
    );
    expectSound(built);
    const template = parseTemplate(built.text);
    expect(template.Parameters).toMatchObject({
      ExecutionRolePath: {Default: '/service-role/'},
      ExecutionRoleName: {Default: 'SageMakerExecutionRole'},
    });
    expect(JSON.stringify(template.Resources)).toContain(
      '"Resource":{"Fn::GetAtt":["ExecutionRole","Arn"]}',
    );
  });

  it('says how to deploy it and what that needs, in two comment lines', () => {
    const lines = build(EXAMPLES, DEFAULT_OPTIONS, false).text.split('\n');
    expect(lines[0]).toMatch(
      /^# Deploy: aws cloudformation deploy --template-file \S+\.yaml --stack-name \S+ --capabilities CAPABILITY_NAMED_IAM$/,
    );
    expect(lines[1]).toMatch(/^# Needs: /);
    expect(lines[2]).not.toMatch(/^#/);
  });

  it('defaults CreateResources to the option', () => {
    for (const createResources of [false, true]) {
      const template = parseTemplate(
        build(EXAMPLES, DEFAULT_OPTIONS, createResources).text,
      );
      expect(template.Parameters).toMatchObject({
        CreateResources: {Default: String(createResources)},
      });
      expect(template.Conditions).toEqual({
        CreateRepositoryAndBucket: {
          'Fn::Equals': [{Ref: 'CreateResources'}, 'true'],
        },
      });
    }
  });

  it.each(SHAPES.map((options) => [JSON.stringify(options), options]))(
    'refuses every placeholder by name while the form is empty, %s',
    (_, options) => {
      const built = build(EMPTY_VALUES, options, true);
      expectSound(built);
      const template = parseTemplate(built.text);
      const refused = refusals(template);
      expect(refused).toEqual(
        expect.arrayContaining(['<AGENT-ROLE-NAME>', '<ARN-OF-ROLE-TO-PASS>']),
      );
      expect(refused.length).toBeGreaterThan(0);
    },
  );

  it('parses short forms with the same schema, so the check would read them', () => {
    expect(
      parseTemplate(
        [
          'A: !Sub "arn:${AWS::Partition}:s3:::${BucketName}"',
          'B: !GetAtt ExecutionRole.Arn',
          'C: !If [Create, !Ref Bucket, !Ref "AWS::NoValue"]',
          'D: !Not [!Equals [!Ref X, "<X>"]]',
        ].join('\n'),
      ),
    ).toEqual({
      A: {'Fn::Sub': 'arn:${AWS::Partition}:s3:::${BucketName}'},
      B: {'Fn::GetAtt': ['ExecutionRole', 'Arn']},
      C: {'Fn::If': ['Create', {Ref: 'Bucket'}, {Ref: 'AWS::NoValue'}]},
      D: {'Fn::Not': [{'Fn::Equals': [{Ref: 'X'}, '<X>']}]},
    });
  });

  it('keeps every value out of Fn::Sub strings: a ${...} in a value stays a literal default', () => {
    // No validator lets `${` through; the generator must not depend on it.
    const inputs = {
      ...setupInputs('aws', 'us-east-1', {agentHost: 'eks-irsa'}),
      outputPrefix: 'a/${AWS::StackName}/b',
      k8sNamespace: '${AWS::StackId}',
    };
    const documents = {
      executionTrust: executionRoleTrustPolicy(inputs),
      executionPermissions: executionRolePermissionsPolicy(inputs),
      agentTrust: agentRoleTrustPolicy(inputs),
      sagemakerPolicy: generatePolicies(EXAMPLES, DEFAULT_OPTIONS).sagemaker
        .document,
    };
    const built = {
      inputs,
      documents,
      text: cloudFormationYaml(inputs, documents),
    };
    expectSound(built);
    const template = parseTemplate(built.text);
    expect(template.Parameters).toMatchObject({
      OutputPrefix: {Default: 'a/${AWS::StackName}/b'},
      K8sNamespace: {Default: '${AWS::StackId}'},
    });
    expect(JSON.stringify(template.Resources)).not.toMatch(/StackName|StackId/);
  });

  it('escapes a ${ in a string it writes with Fn::Sub around the literal part', () => {
    const inputs = setupInputs('aws', 'us-east-1');
    const logs = 'arn:aws:logs:us-east-1:123456789012:log-group:${odd}:*';
    const documents = {
      executionTrust: executionRoleTrustPolicy(inputs),
      executionPermissions: executionRolePermissionsPolicy(inputs),
      agentTrust: agentRoleTrustPolicy(inputs),
      sagemakerPolicy: {
        Version: '2012-10-17' as const,
        Statement: [
          {
            Effect: 'Allow' as const,
            Action: 'logs:GetLogEvents',
            Resource: logs,
          },
        ],
      },
    };
    const text = cloudFormationYaml(inputs, documents);
    expect(text).toContain(
      '"Fn::Sub": "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${!odd}:*"',
    );
    expectSound({inputs, documents, text});
  });
});

describe('the specification check', () => {
  interface Resource {
    Type: string;
    Properties: Record<string, unknown>;
  }
  /** The EC2 template, typed for the mutations below. */
  interface Template {
    Resources: Record<
      'ExecutionRole' | 'AgentRole' | 'AgentInstanceProfile' | 'Bucket',
      Resource
    >;
    Outputs: {AgentRoleArn: {Value: unknown}};
  }
  const template = () =>
    parseTemplate(
      build(EXAMPLES, DEFAULT_OPTIONS, true).text,
    ) as unknown as Template;

  it('reads the specification: the four types, their required properties and attributes', () => {
    const role = spec.resources.get('AWS::IAM::Role');
    expect(role?.properties.AssumeRolePolicyDocument?.required).toBe(true);
    expect(role?.attributes).toHaveProperty('Arn');
    expect(
      spec.resources.get('AWS::IAM::InstanceProfile')?.properties.Roles
        ?.required,
    ).toBe(true);
    expect(spec.resources.get('AWS::ECR::Repository')).toBeDefined();
    expect(spec.resources.get('AWS::S3::Bucket')).toBeDefined();
  });

  it.each([
    [
      'an unknown type',
      (t: Template) => {
        t.Resources.Bucket.Type = 'AWS::S3::Buckett';
      },
      /unknown resource type AWS::S3::Buckett/,
    ],
    [
      'an unknown property',
      (t: Template) => {
        t.Resources.ExecutionRole.Properties.RoleNam = 'x';
      },
      /unknown property RoleNam/,
    ],
    [
      'a required property missing',
      (t: Template) => {
        delete t.Resources.AgentInstanceProfile.Properties.Roles;
      },
      /required property Roles missing/,
    ],
    [
      'a list where a string goes',
      (t: Template) => {
        t.Resources.AgentRole.Properties.RoleName = ['x'];
      },
      /RoleName: not a string/,
    ],
    [
      'a policy without its name',
      (t: Template) => {
        const policies = t.Resources.AgentRole.Properties.Policies as Record<
          string,
          unknown
        >[];
        delete (policies[0] ?? {}).PolicyName;
      },
      /Policies\[0\]: required property PolicyName missing/,
    ],
    [
      'a string where a list goes',
      (t: Template) => {
        t.Resources.AgentInstanceProfile.Properties.Roles = 'x';
      },
      /Roles: not a list/,
    ],
    [
      'an unknown attribute',
      (t: Template) => {
        t.Outputs.AgentRoleArn.Value = {'Fn::GetAtt': ['AgentRole', 'Arnn']};
      },
      /has no attribute Arnn/,
    ],
    [
      'a Ref to nothing',
      (t: Template) => {
        t.Resources.Bucket.Properties.BucketName = {Ref: 'Nothing'};
      },
      /Ref to unknown Nothing/,
    ],
    [
      'an Fn::Sub of an unknown name',
      (t: Template) => {
        t.Resources.Bucket.Properties.BucketName = {'Fn::Sub': '${Nothing}-x'};
      },
      /Ref to unknown Nothing/,
    ],
  ])('finds %s', (_, mutate, problem) => {
    const mutated = template();
    expect(checkTemplate(mutated, spec)).toEqual([]);
    mutate(mutated);
    expect(checkTemplate(mutated, spec).join('\n')).toMatch(problem);
  });
});

describe('with hostile values in every field', () => {
  const hostile = fc.oneof(
    fc.string(),
    fc.string({unit: 'grapheme'}),
    fc.constantFrom(
      '"}],"Effect":"Allow","Action":"*","Resource":"*"',
      'a\nb: c',
      '\u2028',
      '${AWS::AccountId}',
      '${!Literal}',
      '!Ref X',
      '<REGION>',
      '<ACCOUNT-ID>',
      '*',
      "'; rm -rf / #",
      'arn:aws:iam::123456789012:role/a/b/',
      'arn:aws-cn:iam::123456789012:role/service-role/x',
      'us-gov-west-1',
      'cn-north-1',
    ),
  );

  it('still parses, checks clean, says what the page says, and holds no invalid value', () => {
    fc.assert(
      fc.property(
        formValuesArb(hostile),
        fc.constantFrom(...COMBINATIONS),
        fc.boolean(),
        (values, options, createResources) => {
          const built = build(values, options, createResources);
          expectSound(built);
          // An invalid value changes nothing an empty field would not.
          const emptied = {...values};
          for (const issue of validateFields(values)) {
            if (issue.severity === 'error') {
              emptied[issue.field] = '';
            }
          }
          expect(built.text).toBe(
            build(emptied, options, createResources).text,
          );
        },
      ),
      {numRuns: 80},
    );
  }, 60_000);
});

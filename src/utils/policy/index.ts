/** The policy engine's public API: pure TypeScript, no React, no Docusaurus. */
export {CORRECTIONS} from './corrections';
export {DEFAULT_OPTIONS, OPTION_KEYS, OPTIONS, leftOutNotices} from './options';
export type {OptionKey, OptionSpec} from './options';
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

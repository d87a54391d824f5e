/** The policy engine's public API: pure TypeScript, no React, no Docusaurus. */
export {CORRECTIONS} from './corrections';
export {
  EMPTY_VALUES,
  FIELD_IDS,
  FIELD_NAMES,
  FIELD_SPECS,
  FIELDS,
  placeholderOf,
} from './fields';
export type {FieldSpec} from './fields';
export {
  DEFAULT_OPTIONS,
  generatePolicies,
  MANAGED_POLICY_SIZE_LIMIT,
} from './generate';
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

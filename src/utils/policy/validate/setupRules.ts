/**
 * The rules of the fields only the set-up pages use, for ALL_RULES. No page
 * loads this module: each set-up page imports its own fields' rules from
 * their files, and "Set up SageMaker" imports `./index`.
 */
import type {FieldId} from '../types';
import type {PolicyFieldId} from '../fields';
import {agentRoleNameRule} from './agentRoleName';
import {eksClusterNameRule, oidcIssuerRule} from './eksCluster';
import {instanceTypeRule} from './instanceType';
import {namespaceRule, serviceAccountRule} from './kubernetes';
import {outputPrefixRule} from './outputPrefix';
import {principalArnRule} from './principalArn';
import type {FieldRule} from './rule';
import {entityRule, queueNameRule} from './wandbNames';
import {
  instanceCountRule,
  maxJobsRule,
  maxRuntimeRule,
  volumeSizeRule,
} from './wholeNumbers';

export type SetupFieldId = Exclude<FieldId, PolicyFieldId>;

export {instanceTypeRule};

/**
 * INSTANCE-TYPE here checks the shape only; with SageMaker's list, use
 * `{...SETUP_RULES, 'INSTANCE-TYPE': instanceTypeRule(list)}`.
 */
export const SETUP_RULES: Readonly<Record<SetupFieldId, FieldRule>> = {
  'AGENT-ROLE-NAME': agentRoleNameRule,
  'OUTPUT-PREFIX': outputPrefixRule,
  'INSTANCE-TYPE': instanceTypeRule([]),
  'INSTANCE-COUNT': instanceCountRule,
  'VOLUME-SIZE-GB': volumeSizeRule,
  'MAX-RUNTIME-SECONDS': maxRuntimeRule,
  'QUEUE-NAME': queueNameRule,
  ENTITY: entityRule,
  'MAX-JOBS': maxJobsRule,
  'EKS-CLUSTER-NAME': eksClusterNameRule,
  'OIDC-ISSUER': oidcIssuerRule,
  'K8S-NAMESPACE': namespaceRule,
  'K8S-SERVICE-ACCOUNT': serviceAccountRule,
  'TRUSTED-PRINCIPAL-ARN': principalArnRule,
};

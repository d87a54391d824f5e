/** The rules of the six fields of the page's policies ("Set up SageMaker"). */
import type {PolicyFieldId} from '../fields';
import {accountIdRule} from './accountId';
import {bucketNameRule} from './bucketName';
import {kmsKeyArnRule} from './kmsKeyArn';
import {regionRule} from './region';
import {repositoryNameRule} from './repositoryName';
import {roleArnRule} from './roleArn';
import type {FieldRule} from './rule';

export const POLICY_RULES: Readonly<Record<PolicyFieldId, FieldRule>> = {
  REGION: regionRule,
  'ACCOUNT-ID': accountIdRule,
  'YOUR-REPO-NAME': repositoryNameRule,
  'BUCKET-NAME': bucketNameRule,
  'ARN-OF-ROLE-TO-PASS': roleArnRule,
  'ARN-OF-KMS-KEY': kmsKeyArnRule,
};

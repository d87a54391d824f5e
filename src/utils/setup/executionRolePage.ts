/** “Create the execution role”: the role's trust and permissions policies. */
import {accountIdRule} from '../policy/validate/accountId';
import {bucketNameRule} from '../policy/validate/bucketName';
import {kmsKeyArnRule} from '../policy/validate/kmsKeyArn';
import {outputPrefixRule} from '../policy/validate/outputPrefix';
import {regionRule} from '../policy/validate/region';
import {repositoryNameRule} from '../policy/validate/repositoryName';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import {definePage} from './page';

const json = (document: unknown): string => JSON.stringify(document, null, 2);

export const generateExecutionRolePage = definePage({
  fields: [
    'REGION',
    'ACCOUNT-ID',
    'YOUR-REPO-NAME',
    'BUCKET-NAME',
    'OUTPUT-PREFIX',
    'ARN-OF-KMS-KEY',
  ],
  rules: {
    REGION: regionRule,
    'ACCOUNT-ID': accountIdRule,
    'YOUR-REPO-NAME': repositoryNameRule,
    'BUCKET-NAME': bucketNameRule,
    'OUTPUT-PREFIX': outputPrefixRule,
    'ARN-OF-KMS-KEY': kmsKeyArnRule,
  },
  documents: (inputs) => [
    {
      id: 'execution-role-trust',
      language: 'json',
      filename: 'sagemaker-execution-role-trust-policy.json',
      text: json(executionRoleTrustPolicy(inputs)),
    },
    {
      id: 'execution-role-permissions',
      language: 'json',
      filename: 'sagemaker-execution-role-policy.json',
      text: json(executionRolePermissionsPolicy(inputs)),
    },
  ],
});

/** “Create the execution role”: the role's trust and permissions policies. */
import {definePage} from './page';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './roles';

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

/**
 * “Create everything with code”: the AWS CLI script, the CloudFormation
 * template and the Terraform configuration, each holding the same policies
 * as the other pages.
 */
import {generatePolicies} from '../policy/generate';
import type {FieldValues, PolicyOptions} from '../policy/types';
import {accountIdRule} from '../policy/validate/accountId';
import {agentRoleNameRule} from '../policy/validate/agentRoleName';
import {bucketNameRule} from '../policy/validate/bucketName';
import {
  eksClusterNameRule,
  oidcIssuerRule,
} from '../policy/validate/eksCluster';
import {kmsKeyArnRule} from '../policy/validate/kmsKeyArn';
import {namespaceRule, serviceAccountRule} from '../policy/validate/kubernetes';
import {outputPrefixRule} from '../policy/validate/outputPrefix';
import {principalArnRule} from '../policy/validate/principalArn';
import {regionRule} from '../policy/validate/region';
import {repositoryNameRule} from '../policy/validate/repositoryName';
import {roleArnRule} from '../policy/validate/roleArn';
import {agentRoleTrustPolicy} from './agentRole';
import {cliScript, CLI_SCRIPT_FILENAME} from './cliScript';
import {cloudFormationDocument} from './cloudFormation';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import type {SetupInputs} from './inputs';
import {definePage} from './page';
import {terraformConfig} from './terraform';

/** Every policy the code creates: the same documents the other pages show. */
function documentsOf(
  inputs: SetupInputs,
  options: PolicyOptions,
  values: FieldValues,
) {
  const {agent, sagemaker} = generatePolicies(values, options);
  return {
    executionTrust: executionRoleTrustPolicy(inputs),
    executionPermissions: executionRolePermissionsPolicy(inputs),
    agentTrust: agentRoleTrustPolicy(inputs),
    agentPolicy: agent?.document,
    sagemakerPolicy: sagemaker.document,
  };
}

export const generateCodePage = definePage({
  fields: [
    'REGION',
    'ACCOUNT-ID',
    'YOUR-REPO-NAME',
    'BUCKET-NAME',
    'OUTPUT-PREFIX',
    'ARN-OF-ROLE-TO-PASS',
    'ARN-OF-KMS-KEY',
    'AGENT-ROLE-NAME',
    'EKS-CLUSTER-NAME',
    'OIDC-ISSUER',
    'K8S-NAMESPACE',
    'K8S-SERVICE-ACCOUNT',
    'TRUSTED-PRINCIPAL-ARN',
  ],
  rules: {
    REGION: regionRule,
    'ACCOUNT-ID': accountIdRule,
    'YOUR-REPO-NAME': repositoryNameRule,
    'BUCKET-NAME': bucketNameRule,
    'OUTPUT-PREFIX': outputPrefixRule,
    'ARN-OF-ROLE-TO-PASS': roleArnRule,
    'ARN-OF-KMS-KEY': kmsKeyArnRule,
    'AGENT-ROLE-NAME': agentRoleNameRule,
    'EKS-CLUSTER-NAME': eksClusterNameRule,
    'OIDC-ISSUER': oidcIssuerRule,
    'K8S-NAMESPACE': namespaceRule,
    'K8S-SERVICE-ACCOUNT': serviceAccountRule,
    'TRUSTED-PRINCIPAL-ARN': principalArnRule,
  },
  documents: (inputs, options, values) => {
    const documents = documentsOf(inputs, options, values);
    const iacOptions = {createResources: options.createResources};
    return [
      {
        id: 'cli-script',
        language: 'bash',
        filename: CLI_SCRIPT_FILENAME,
        text: cliScript(inputs, documents, iacOptions),
      },
      cloudFormationDocument(inputs, documents, iacOptions),
      {
        id: 'terraform',
        language: 'hcl',
        filename: 'main.tf',
        // terraform fmt ends the file with a newline; a document's text has
        // none (the download adds it back).
        text: terraformConfig(inputs, documents, iacOptions).replace(/\n$/, ''),
      },
    ];
  },
});

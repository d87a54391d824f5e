/**
 * “Create the agent's role”: who may assume it, by where the agent runs, and
 * the file that points the agent at the role where one is needed.
 */
import {accountIdRule} from '../policy/validate/accountId';
import {agentRoleNameRule} from '../policy/validate/agentRoleName';
import {
  eksClusterNameRule,
  oidcIssuerRule,
} from '../policy/validate/eksCluster';
import {namespaceRule, serviceAccountRule} from '../policy/validate/kubernetes';
import {principalArnRule} from '../policy/validate/principalArn';
import {regionRule} from '../policy/validate/region';
import {agentRoleArn, agentRoleTrustPolicy} from './agentRole';
import type {SetupDocument, SetupInputs} from './inputs';
import {definePage} from './page';
import {toYaml} from './yaml';

/** The AWS CLI profile the agent runs with on a workstation or CI runner. */
export const AGENT_PROFILE = 'wandb-launch-agent';

/**
 * The agent's service account in W&B's Helm chart, annotated with the role:
 * IRSA's link from the service account to the role (wandb/helm-charts,
 * charts/launch-agent/values.yaml, `serviceAccount.annotations`; EKS user
 * guide, "Assign IAM roles to Kubernetes service accounts").
 */
function helmValues(inputs: SetupInputs): SetupDocument {
  return {
    id: 'agent-role-helm-values',
    language: 'yaml',
    filename: 'launch-agent-values.yaml',
    caption:
      'With IAM roles for service accounts, the agent’s service account names the role: pass these values to W&B’s Helm chart (helm upgrade --install … -f launch-agent-values.yaml).',
    text: toYaml({
      serviceAccount: {
        annotations: {'eks.amazonaws.com/role-arn': agentRoleArn(inputs)},
      },
    }),
  };
}

/**
 * A profile that assumes the role from the workstation's own credentials
 * (AWS CLI user guide, "Use an IAM role in the AWS CLI": `role_arn`,
 * `source_profile`); boto3 reads the same file. Every value is validated to
 * characters an INI value holds as they are (no `;`, `#`, `=` or line breaks
 * in a Region or a role ARN's account and name), so none needs quoting.
 */
function awsConfig(inputs: SetupInputs): SetupDocument {
  return {
    id: 'agent-aws-config',
    language: 'ini',
    filename: 'aws-config',
    caption: `On the workstation or CI runner, add this profile to ~/.aws/config and start the agent with AWS_PROFILE=${AGENT_PROFILE}: the AWS SDK assumes the role with the source profile’s credentials.`,
    text: [
      `[profile ${AGENT_PROFILE}]`,
      `role_arn = ${agentRoleArn(inputs)}`,
      'source_profile = default',
      `region = ${inputs.region}`,
    ].join('\n'),
  };
}

export const generateAgentRolePage = definePage({
  fields: [
    'REGION',
    'ACCOUNT-ID',
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
    'AGENT-ROLE-NAME': agentRoleNameRule,
    'EKS-CLUSTER-NAME': eksClusterNameRule,
    'OIDC-ISSUER': oidcIssuerRule,
    'K8S-NAMESPACE': namespaceRule,
    'K8S-SERVICE-ACCOUNT': serviceAccountRule,
    'TRUSTED-PRINCIPAL-ARN': principalArnRule,
  },
  documents: (inputs) => [
    {
      id: 'agent-role-trust',
      language: 'json',
      filename: 'wandb-launch-agent-role-trust-policy.json',
      text: JSON.stringify(agentRoleTrustPolicy(inputs), null, 2),
    },
    ...(inputs.agentHost === 'eks-irsa' ? [helmValues(inputs)] : []),
    ...(inputs.agentHost === 'assume-role' ? [awsConfig(inputs)] : []),
  ],
});

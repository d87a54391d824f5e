/** “Create the agent's role”: who may assume it, by where the agent runs. */
import {definePage} from './page';
import {agentRoleTrustPolicy} from './roles';

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
  documents: (inputs) => [
    {
      id: 'agent-role-trust',
      language: 'json',
      filename: 'wandb-launch-agent-role-trust-policy.json',
      text: JSON.stringify(agentRoleTrustPolicy(inputs), null, 2),
    },
  ],
});

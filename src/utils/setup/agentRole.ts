/**
 * The agent's role: its ARN, and its trust policy, which follows where the
 * agent runs. Pure functions of the set-up's inputs, returning objects the
 * page serializes with JSON.stringify: no value is ever spliced into text,
 * and a placeholder passes through as it is. Why each statement is there,
 * with its AWS source: roleSources.ts.
 */
import type {AgentHost, SetupInputs} from './inputs';
import {principalsOf} from './principals';
import type {TrustPolicyDocument, TrustStatement} from './principals';
import {AGENT_TRUST_SIDS} from './trustSids';

/** The agent's role ARN, for the pages that name it (roles live in IAM: no Region). */
export function agentRoleArn(inputs: SetupInputs): string {
  return `arn:${inputs.partition}:iam::${inputs.account}:role/${inputs.agentRoleName}`;
}

/** Each host's trust statement: who may assume the agent's role, and on which conditions. */
const AGENT_TRUST: Readonly<
  Record<AgentHost, (inputs: SetupInputs) => TrustStatement>
> = {
  ec2: ({partition}) => ({
    Sid: AGENT_TRUST_SIDS.ec2,
    Effect: 'Allow',
    Principal: {Service: principalsOf(partition).ec2},
    Action: 'sts:AssumeRole',
  }),
  'eks-pod-identity': ({
    partition,
    region,
    account,
    eksClusterName,
    k8sNamespace,
    k8sServiceAccount,
  }) => ({
    Sid: AGENT_TRUST_SIDS['eks-pod-identity'],
    Effect: 'Allow',
    Principal: {Service: principalsOf(partition).eksPods},
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    // The session tags Pod Identity sends, as the EKS guide restricts them.
    Condition: {
      StringEquals: {
        'aws:RequestTag/eks-cluster-arn': `arn:${partition}:eks:${region}:${account}:cluster/${eksClusterName}`,
        'aws:RequestTag/kubernetes-namespace': k8sNamespace,
        'aws:RequestTag/kubernetes-service-account': k8sServiceAccount,
      },
    },
  }),
  'eks-irsa': ({
    partition,
    account,
    oidcIssuer,
    k8sNamespace,
    k8sServiceAccount,
  }) => ({
    Sid: AGENT_TRUST_SIDS['eks-irsa'],
    Effect: 'Allow',
    Principal: {
      Federated: `arn:${partition}:iam::${account}:oidc-provider/${oidcIssuer}`,
    },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${oidcIssuer}:aud`]: principalsOf(partition).irsaAudience,
        [`${oidcIssuer}:sub`]: `system:serviceaccount:${k8sNamespace}:${k8sServiceAccount}`,
      },
    },
  }),
  'assume-role': ({trustedPrincipalArn}) => ({
    Sid: AGENT_TRUST_SIDS['assume-role'],
    Effect: 'Allow',
    Principal: {AWS: trustedPrincipalArn},
    Action: 'sts:AssumeRole',
  }),
};

/** Who may assume the agent's role: the principal of where the agent runs, and only it. */
export function agentRoleTrustPolicy(inputs: SetupInputs): TrustPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [AGENT_TRUST[inputs.agentHost](inputs)],
  };
}

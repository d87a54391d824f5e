/**
 * Each host's trust statement's Sid: agentRole.ts writes them, the agent role
 * page explains them. Apart, so that the explanation loads no generator.
 */
import type {AgentHost} from './inputs';

export const AGENT_TRUST_SIDS = {
  ec2: 'Ec2InstanceProfile',
  'eks-pod-identity': 'EksPodIdentity',
  'eks-irsa': 'EksServiceAccount',
  'assume-role': 'TrustedPrincipal',
} as const satisfies Readonly<Record<AgentHost, string>>;

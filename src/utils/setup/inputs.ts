/**
 * What the set-up's documents (the execution role, the agent's role, the
 * queue's configuration, the agent's launch-config.yaml) are built from:
 * every value already validated, or its placeholder. Pure data: no React.
 *
 * The generators never see raw input. A value that failed validation, or was
 * left empty, arrives as its placeholder (`<FIELD-ID>`), so a generator only
 * serializes what it is given and nothing invalid can reach a document.
 */

/** A field's placeholder as the page writes it, e.g. `<REGION>`. */
export type Placeholder = `<${string}>`;

import type {AgentHost} from '../policy/types';

export type {AgentHost};

export interface SetupInputs {
  /** From the Region, `aws` while the Region is unknown. */
  readonly partition: string;
  /** The partition's DNS suffix, e.g. `amazonaws.com` or `amazonaws.com.cn`. */
  readonly dnsSuffix: string;
  readonly region: string;
  readonly account: string;
  /** The ECR repository name (may hold slashes). */
  readonly repository: string;
  /** The S3 bucket: Kaniko's build contexts and the jobs' output. */
  readonly bucket: string;
  /** The key prefix in `bucket` where SageMaker writes each job's output, without slashes at either end. */
  readonly outputPrefix: string;
  /** The execution role's ARN (ARN-OF-ROLE-TO-PASS). */
  readonly executionRoleArn: string;
  /** The KMS key ARN, undefined when the kms:CreateGrant switch is off (no VolumeKmsKeyId). */
  readonly kmsKeyArn: string | undefined;
  readonly builder: 'kaniko' | 'docker' | 'noop';
  readonly agentHost: AgentHost;
  /** The agent's IAM role name (no path). */
  readonly agentRoleName: string;
  /** EKS Pod Identity: the cluster's name. */
  readonly eksClusterName: string;
  /** IRSA: the cluster's OIDC issuer without `https://`, e.g. `oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`. */
  readonly oidcIssuer: string;
  readonly k8sNamespace: string;
  readonly k8sServiceAccount: string;
  /** assume-role: the ARN of the IAM user or role that assumes the agent's role. */
  readonly trustedPrincipalArn: string;
  /** The W&B launch queue's name. */
  readonly queueName: string;
  /** The W&B entity (team or user) that owns the queue. */
  readonly entity: string;
  /** A SageMaker training instance type, e.g. `ml.m5.xlarge`. */
  readonly instanceType: string;
  readonly instanceCount: number | Placeholder;
  readonly volumeSizeGb: number | Placeholder;
  readonly maxRuntimeSeconds: number | Placeholder;
  /** The agent's `max_jobs`. */
  readonly maxJobs: number | Placeholder;
}

/** One file the set-up needs, exactly as the page shows, copies and downloads it. */
export interface SetupDocument {
  /** Stable ID, e.g. `execution-role-trust`. */
  readonly id: string;
  readonly language: 'json' | 'yaml' | 'ini' | 'bash' | 'hcl';
  /** One or two sentences before it: what it is for, when it is shown only for some options. */
  readonly caption?: string;
  /** The download's file name, e.g. `execution-role-trust-policy.json`. */
  readonly filename: string;
  /** The text, without a trailing newline (the download adds one). */
  readonly text: string;
  /** Plain sentences the reader must see beside it: what the agent cannot handle, say. */
  readonly notices?: readonly string[];
}

/**
 * Test-only inputs for the roles' tests. Never imported by code that ships
 * (src/shippedCode.test.ts checks that).
 */
import {findPartition} from '../../policy/partitions';
import type {AgentHost, SetupInputs} from '../inputs';

export const ACCOUNT = '123456789012';
export const OTHER_ACCOUNT = '210987654321';
export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const AGENT_HOSTS: readonly AgentHost[] = [
  'ec2',
  'eks-pod-identity',
  'eks-irsa',
  'assume-role',
];

/** Valid inputs in this partition and Region, for this host, with or without the volume key. */
export function setupInputs(
  partition: string,
  region: string,
  {
    agentHost = 'ec2',
    kms = true,
    account = ACCOUNT,
  }: {
    readonly agentHost?: AgentHost;
    readonly kms?: boolean;
    readonly account?: string;
  } = {},
): SetupInputs {
  const dnsSuffix = findPartition(partition)?.dnsSuffix ?? 'amazonaws.com';
  return {
    partition,
    dnsSuffix,
    region,
    account,
    repository: 'project-a/web-app',
    bucket: 'my-launch-bucket',
    outputPrefix: 'wandb/outputs',
    executionRoleArn: `arn:${partition}:iam::${account}:role/service-role/SageMakerExecutionRole`,
    kmsKeyArn: kms
      ? `arn:${partition}:kms:${region}:${account}:key/${KEY_ID}`
      : undefined,
    builder: 'kaniko',
    agentHost,
    agentRoleName: 'wandb-launch-agent',
    eksClusterName: 'ml-cluster',
    oidcIssuer: `oidc.eks.${region}.${dnsSuffix}/id/EXAMPLED539D4633E53DE1B71EXAMPLE`,
    k8sNamespace: 'wandb',
    k8sServiceAccount: 'launch-agent',
    trustedPrincipalArn: `arn:${partition}:iam::${account}:role/ci-runner`,
    queueName: 'sagemaker-queue',
    entity: 'my-team',
    instanceType: 'ml.m5.xlarge',
    instanceCount: 1,
    volumeSizeGb: 50,
    maxRuntimeSeconds: 86400,
    maxJobs: 1,
  };
}

/** Every field as its placeholder, as the page passes them while the form is empty. */
export const PLACEHOLDER_INPUTS: SetupInputs = {
  partition: 'aws',
  dnsSuffix: 'amazonaws.com',
  region: '<REGION>',
  account: '<ACCOUNT-ID>',
  repository: '<YOUR-REPO-NAME>',
  bucket: '<BUCKET-NAME>',
  outputPrefix: '<OUTPUT-PREFIX>',
  executionRoleArn: '<ARN-OF-ROLE-TO-PASS>',
  kmsKeyArn: '<ARN-OF-KMS-KEY>',
  builder: 'kaniko',
  agentHost: 'ec2',
  agentRoleName: '<AGENT-ROLE-NAME>',
  eksClusterName: '<EKS-CLUSTER-NAME>',
  oidcIssuer: '<OIDC-ISSUER>',
  k8sNamespace: '<K8S-NAMESPACE>',
  k8sServiceAccount: '<K8S-SERVICE-ACCOUNT>',
  trustedPrincipalArn: '<TRUSTED-PRINCIPAL-ARN>',
  queueName: '<QUEUE-NAME>',
  entity: '<ENTITY>',
  instanceType: '<INSTANCE-TYPE>',
  instanceCount: '<INSTANCE-COUNT>',
  volumeSizeGb: '<VOLUME-SIZE>',
  maxRuntimeSeconds: '<MAX-RUNTIME>',
  maxJobs: '<MAX-JOBS>',
};

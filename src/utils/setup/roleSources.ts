/**
 * Why each statement of the roles' policies is there, with its AWS source,
 * for the page to show beside the documents. Kept out of the roles' generators so that a
 * page that does not show them does not load them. Pure data: no React.
 */
import type {AgentHost} from './inputs';
import type {RoleSid} from './principals';

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface StatementSource {
  /** One sentence: what the statement allows, and why. */
  readonly why: string;
  readonly source: Source;
}

const SAGEMAKER_ROLES: Source = {
  title:
    'SageMaker AI developer guide: How to use SageMaker AI execution roles, CreateTrainingJob API: Execution Role Permissions',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createtrainingjob-perms',
};

/** Every statement ID, typed so that none can lack its source. */
export const ROLE_STATEMENT_SOURCES: Readonly<
  Record<RoleSid, StatementSource>
> = {
  SageMakerTrainingJobs: {
    why: 'SageMaker assumes the execution role for each training job; aws:SourceAccount and aws:SourceArn (ArnLike, training-job/*) keep it to this account’s training jobs in this Region, so no other account or kind of SageMaker job can use the role (AWS’s training-job example uses aws:SourceArn alone, its general example both).',
    source: {
      title:
        'SageMaker AI developer guide: Cross-service confused deputy prevention (Limit Permissions With Global Condition Keys; SageMaker Training Jobs)',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security-confused-deputy-prevention.html',
    },
  },
  EcrAuthorizationToken: {
    why: 'SageMaker logs in to Amazon ECR with the execution role to pull the training image; ecr:GetAuthorizationToken applies to no resource, so its Resource is "*".',
    source: SAGEMAKER_ROLES,
  },
  EcrPullTrainingImage: {
    why: 'SageMaker pulls the training image’s layers from the repository (AlgorithmSpecification.TrainingImage), scoped to that repository as AWS suggests.',
    source: SAGEMAKER_ROLES,
  },
  OutputPrefixList: {
    why: 'AWS’s CreateTrainingJob policy includes s3:ListBucket, scoped there to the bucket of the job’s data; here that bucket holds the output, and the s3:prefix condition keeps any listing to the output path.',
    source: {
      title:
        'Amazon S3 user guide: Policy condition examples (s3:prefix) and SageMaker AI CreateTrainingJob permissions',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html',
    },
  },
  OutputObjects: {
    why: 'SageMaker writes the model artifacts under OutputDataConfig.S3OutputPath (and reads them back), so s3:PutObject and s3:GetObject are granted on the objects under that prefix only.',
    source: SAGEMAKER_ROLES,
  },
  TrainingJobLogs: {
    why: 'The job’s stdout goes to the /aws/sagemaker/TrainingJobs log group, one stream per instance: the four logs actions of AWS’s policy, on that group and its streams only.',
    source: {
      title:
        'SageMaker AI developer guide: Log Amazon SageMaker AI events with Amazon CloudWatch',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/logging-cloudwatch.html',
    },
  },
  TrainingJobMetrics: {
    why: 'Training jobs publish their metrics in the /aws/sagemaker/TrainingJobs namespace; cloudwatch:PutMetricData applies to no required resource, so the cloudwatch:namespace condition scopes it instead.',
    source: {
      title:
        'SageMaker AI developer guide: Amazon SageMaker AI metrics in Amazon CloudWatch, SageMaker AI job metrics',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/monitoring-cloudwatch.html#cloudwatch-metrics-jobs',
    },
  },
  VolumeKeyGrant: {
    why: 'With ResourceConfig.VolumeKmsKeyId set, SageMaker documents only kms:CreateGrant for the execution role (no Encrypt, Decrypt or GenerateDataKey: those are for output or input keys, which the queue does not set); kms:GrantIsForAWSResource keeps the grants to those an AWS service makes for the role.',
    source: {
      title:
        'SageMaker AI developer guide: CreateTrainingJob API: Execution Role Permissions ("If you specify a volume KMS key…"); AWS KMS developer guide: kms:GrantIsForAWSResource',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createtrainingjob-perms',
    },
  },
  Ec2InstanceProfile: {
    why: 'EC2 assumes the role for the instance the agent runs on; the role reaches the instance through an instance profile, which the IAM console creates with the role’s name, but the CLI does not (aws iam create-instance-profile, then add-role-to-instance-profile).',
    source: {
      title: 'IAM user guide: Use instance profiles',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html',
    },
  },
  EksPodIdentity: {
    why: 'EKS Pod Identity assumes the role with sts:AssumeRole and sts:TagSession; the session tags it sends (eks-cluster-arn, kubernetes-namespace, kubernetes-service-account) keep the role to the agent’s service account in this cluster. AWS’s Pod Identity pages document these tags, not aws:SourceArn, and the tags are absent if session tags are disabled on the association.',
    source: {
      title:
        'Amazon EKS user guide: Create IAM role with trust policy required by EKS Pod Identity',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html',
    },
  },
  EksServiceAccount: {
    why: 'With IAM roles for service accounts, the pod exchanges its projected token with sts:AssumeRoleWithWebIdentity; the cluster’s OIDC provider must be the principal, and the token’s aud (sts.amazonaws.com, in China too) and sub (system:serviceaccount:NAMESPACE:NAME) must match.',
    source: {
      title:
        'Amazon EKS user guide: Assign IAM roles to Kubernetes service accounts',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
    },
  },
  TrustedPrincipal: {
    why: 'The IAM user or role of the workstation or CI runner may assume the agent’s role; it also needs sts:AssumeRole on this role in its own policies.',
    source: {
      title:
        'IAM user guide: AWS JSON policy elements: Principal (IAM role and user principals)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles',
    },
  },
};

/** What each host needs besides the trust policy, in one sentence. */
export const AGENT_HOST_NOTES: Readonly<Record<AgentHost, string>> = {
  ec2: 'Create an instance profile for the role (the console gives it the role’s name; with the CLI: aws iam create-instance-profile --instance-profile-name NAME, then aws iam add-role-to-instance-profile) and attach it to the instance.',
  'eks-pod-identity':
    'Install the EKS Pod Identity Agent add-on and create a Pod Identity association for the agent’s namespace and service account with this role.',
  'eks-irsa':
    'Create an IAM OIDC provider for the cluster’s issuer (audience sts.amazonaws.com) and annotate the service account with eks.amazonaws.com/role-arn set to this role’s ARN.',
  'assume-role':
    'Give the trusted principal sts:AssumeRole on this role, and point the agent’s AWS profile at it (role_arn and source_profile in ~/.aws/config).',
};

/** The sources of each partition's service principals (principals.ts, PARTITION_PRINCIPALS). */
export const PRINCIPAL_SOURCES: readonly Source[] = [
  {
    title:
      'IAM user guide: AWS JSON policy elements: Principal, AWS service principals ("The service principal is defined by the service")',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services',
  },
  {
    title:
      'AWS CDK feature flag @aws-cdk/aws-iam:standardizedServicePrincipals: "all service principals names have been standardized to their global form (SERVICE.amazonaws.com)"',
    url: 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/cx-api/FEATURE_FLAGS.md',
  },
  {
    title:
      'kubernetes/kops issue 27: "Invalid principal in policy: SERVICE: ec2.amazonaws.com" in cn-north-1 (EC2’s China principal ec2.amazonaws.com.cn)',
    url: 'https://github.com/kubernetes/kops/issues/27',
  },
  {
    title:
      'Amazon EKS user guide in China: Create IAM role with trust policy required by EKS Pod Identity (pods.eks.amazonaws.com)',
    url: 'https://docs.amazonaws.cn/en_us/eks/latest/userguide/pod-id-role.html',
  },
  {
    title:
      'SageMaker developer guide in China: Cross-Service Confused Deputy Prevention (sagemaker.amazonaws.com)',
    url: 'https://docs.amazonaws.cn/en_us/sagemaker/latest/dg/security-confused-deputy-prevention.html',
  },
];

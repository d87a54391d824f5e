/**
 * Builds the page's two policies from the fields. Values go into an object
 * that is serialized with JSON.stringify, never spliced into text, and only
 * values without errors go in at all: any other field keeps its placeholder.
 */
import {FIELD_IDS, placeholderOf} from './fields';
import {partitionOfRegion} from './partitions';
import type {
  FieldId,
  FieldValues,
  GeneratedPolicy,
  GenerationResult,
  PolicyDocument,
  PolicyId,
  PolicyOptions,
  PolicyStatement,
} from './types';
import {validateFields, validValues} from './validate';

export const DEFAULT_OPTIONS: PolicyOptions = Object.freeze({
  includeKanikoS3: true,
  includeKmsGrant: true,
  restrictPassRole: false,
});

/** IAM's size limit for a managed policy, white space not counted. */
export const MANAGED_POLICY_SIZE_LIMIT = 6144;

/** The partition the page writes while the region is unknown. */
const DEFAULT_PARTITION = 'aws';

/** The page's ECR actions on the repository, in the page's order. */
const ECR_REPOSITORY_ACTIONS = [
  'ecr:PutLifecyclePolicy',
  'ecr:PutImageTagMutability',
  'ecr:StartImageScan',
  'ecr:CreateRepository',
  'ecr:PutImageScanningConfiguration',
  'ecr:UploadLayerPart',
  'ecr:BatchDeleteImage',
  'ecr:DeleteLifecyclePolicy',
  'ecr:DeleteRepository',
  'ecr:PutImage',
  'ecr:CompleteLayerUpload',
  'ecr:StartLifecyclePolicyPreview',
  'ecr:InitiateLayerUpload',
  'ecr:DeleteRepositoryPolicy',
];

interface Inputs {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly repository: string;
  readonly bucket: string;
  readonly role: string;
  readonly kmsKey: string;
}

function agentPolicy(inputs: Inputs, options: PolicyOptions): PolicyDocument {
  const {partition, region, account, repository, bucket} = inputs;
  const repositoryArn = `arn:${partition}:ecr:${region}:${account}:repository/${repository}`;
  const statements: PolicyStatement[] = [
    {
      Effect: 'Allow',
      Action: [...ECR_REPOSITORY_ACTIONS],
      Resource: repositoryArn,
    },
    {Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*'},
    {
      Effect: 'Allow',
      Action: 'ecr:BatchCheckLayerAvailability',
      Resource: repositoryArn,
    },
  ];
  if (options.includeKanikoS3) {
    statements.push(
      {
        Sid: 'ListObjectsInBucket',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: [`arn:${partition}:s3:::${bucket}`],
      },
      {
        Sid: 'AllObjectActions',
        Effect: 'Allow',
        Action: 's3:*Object',
        Resource: [`arn:${partition}:s3:::${bucket}/*`],
      },
    );
  }
  return {Version: '2012-10-17', Statement: statements};
}

function sagemakerPolicy(
  inputs: Inputs,
  options: PolicyOptions,
): PolicyDocument {
  const {partition, region, account, role, kmsKey} = inputs;
  const passRole: PolicyStatement = {
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: role,
  };
  if (options.restrictPassRole) {
    // The service principal, as in AWS's managed SageMaker policies.
    passRole.Condition = {
      StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'},
    };
  }
  const statements: PolicyStatement[] = [
    {
      Effect: 'Allow',
      Action: 'sagemaker:CreateTrainingJob',
      Resource: `arn:${partition}:sagemaker:${region}:${account}:training-job/*`,
    },
    passRole,
  ];
  if (options.includeKmsGrant) {
    statements.push({
      Effect: 'Allow',
      Action: 'kms:CreateGrant',
      Resource: kmsKey,
      Condition: {
        // KMS: use the .amazonaws.com suffix of a ViaService name in every partition.
        StringEquals: {'kms:ViaService': `sagemaker.${region}.amazonaws.com`},
        Bool: {'kms:GrantIsForAWSResource': true},
      },
    });
  }
  return {Version: '2012-10-17', Statement: statements};
}

function toGeneratedPolicy(
  id: PolicyId,
  document: PolicyDocument,
): GeneratedPolicy {
  const text = JSON.stringify(document, null, 2);
  return {
    id,
    document,
    text,
    size: text.replace(/\s/g, '').length,
    sizeLimit: MANAGED_POLICY_SIZE_LIMIT,
    placeholders: FIELD_IDS.filter((field) =>
      text.includes(placeholderOf(field)),
    ),
  };
}

/** Both policies for these values and options, with every issue of every field. */
export function generatePolicies(
  values: FieldValues,
  options: PolicyOptions = DEFAULT_OPTIONS,
): GenerationResult {
  const issues = validateFields(values);
  const valid = validValues(values, issues);
  const fill = (field: FieldId): string => valid[field] ?? placeholderOf(field);
  const inputs: Inputs = {
    partition:
      (valid.REGION === undefined
        ? undefined
        : partitionOfRegion(valid.REGION)?.id) ?? DEFAULT_PARTITION,
    region: fill('REGION'),
    account: fill('ACCOUNT-ID'),
    repository: fill('YOUR-REPO-NAME'),
    bucket: fill('BUCKET-NAME'),
    role: fill('ARN-OF-ROLE-TO-PASS'),
    kmsKey: fill('ARN-OF-KMS-KEY'),
  };
  return {
    agent: toGeneratedPolicy('agent', agentPolicy(inputs, options)),
    sagemaker: toGeneratedPolicy('sagemaker', sagemakerPolicy(inputs, options)),
    issues,
  };
}

/**
 * What the generator changes from the page's original policies, and why,
 * each with the AWS documentation that says so. The UI lists these.
 */
import type {Correction} from './types';

const SAGEMAKER_AUTHORIZATION_REFERENCE = {
  title:
    'Service Authorization Reference: Actions, resources, and condition keys for Amazon SageMaker',
  url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemaker.html',
} as const;

export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'sagemaker-training-job-arn',
    title: 'SageMaker training-job ARN',
    original: 'arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>/*',
    corrected: 'arn:<PARTITION>:sagemaker:<REGION>:<ACCOUNT-ID>:training-job/*',
    reason:
      'The original has only five ARN parts, so it matches no training job and sagemaker:CreateTrainingJob is denied. A training job ARN ends in :training-job/NAME.',
    source: SAGEMAKER_AUTHORIZATION_REFERENCE,
  },
  {
    id: 'partition-from-region',
    title: 'Partition from the region',
    original: 'arn:aws:… in every ARN',
    corrected:
      'arn:aws-cn:… in China, arn:aws-us-gov:… in GovCloud, and so on for every partition',
    reason:
      'An ARN names its partition, and regions outside the standard partition need their own (aws-cn, aws-us-gov, …): with arn:aws: the policy grants nothing there.',
    source: {
      title:
        'IAM User Guide: Identify AWS resources with Amazon Resource Names (ARNs)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
    },
  },
  {
    id: 'grant-is-for-aws-resource-bool',
    title: 'Bool operator for kms:GrantIsForAWSResource',
    original: '"StringEquals": {"kms:GrantIsForAWSResource": "true"}',
    corrected: '"Bool": {"kms:GrantIsForAWSResource": true}',
    reason:
      'kms:GrantIsForAWSResource is a Boolean condition key, so it takes the Bool operator and a Boolean value, as in the AWS KMS guide’s own example.',
    source: {
      title: 'AWS KMS Developer Guide: kms:GrantIsForAWSResource',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-is-for-aws-resource',
    },
  },
  {
    id: 'via-service-suffix',
    title: 'kms:ViaService ends in .amazonaws.com everywhere',
    original:
      '"kms:ViaService": "sagemaker.<REGION>.amazonaws.com", left to the reader to adapt',
    corrected:
      'sagemaker.<REGION>.amazonaws.com with the exact lowercase region ID, in every partition: sagemaker.cn-north-1.amazonaws.com in China, not .amazonaws.com.cn',
    reason:
      'AWS KMS says to use the .amazonaws.com suffix of a ViaService name in all partitions, and StringEquals is case-sensitive, so the region must be the exact lowercase ID.',
    source: {
      title: 'AWS KMS Developer Guide: kms:ViaService',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service',
    },
  },
  {
    id: 'kms-key-arn-only',
    title: 'KMS key given by its key ARN',
    original: '<ARN-OF-KMS-KEY> (any value)',
    corrected: 'arn:<PARTITION>:kms:<REGION>:<ACCOUNT-ID>:key/<KEY-ID> only',
    reason:
      'To specify a KMS key in an IAM policy statement, you must use its key ARN: a key ID, alias name or alias ARN matches nothing there, so the form refuses them.',
    source: {
      title:
        'AWS KMS Developer Guide: Specifying KMS keys in IAM policy statements',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/cmks-in-iam-policies.html',
    },
  },
  {
    id: 'exact-values-only',
    title: 'Exact values only',
    original: 'Values pasted as they are',
    corrected: 'Spaces around values removed; values with * or ? refused',
    reason:
      'In a Resource ARN, * and ? are wildcards that would widen the policy to every matching name, and stray spaces would make an ARN match nothing.',
    source: {
      title:
        'IAM User Guide: IAM JSON policy elements: Resource (wildcards in resource ARNs)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    },
  },
];

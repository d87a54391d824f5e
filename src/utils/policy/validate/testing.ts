/** Values and look-ups the validation tests share (no tests here). */
import {expect, it} from 'vitest';
import {EMPTY_VALUES} from '../fields';
import type {FieldId, FieldValues, Issue, IssueCode} from '../types';
import {validateFields} from './all';

export const ROLE = 'arn:aws:iam::123456789012:role/SageMakerExecutionRole';
export const KEY =
  'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const MRK_ID = 'mrk-1234abcd12ab34cd56ef1234567890ab';

/** A valid value for every field, each agreeing with the others. */
export const VALID: FieldValues = {
  REGION: 'us-east-1',
  'ACCOUNT-ID': '123456789012',
  'YOUR-REPO-NAME': 'my-repo',
  'BUCKET-NAME': 'my-bucket',
  'ARN-OF-ROLE-TO-PASS': ROLE,
  'ARN-OF-KMS-KEY': KEY,
  'AGENT-ROLE-NAME': 'WandbLaunchAgent',
  'OUTPUT-PREFIX': 'launch-output',
  'INSTANCE-TYPE': 'ml.m5.xlarge',
  'INSTANCE-COUNT': '1',
  'VOLUME-SIZE-GB': '2',
  'MAX-RUNTIME-SECONDS': '3600',
  'QUEUE-NAME': 'sagemaker-queue',
  ENTITY: 'my-team',
  'MAX-JOBS': '1',
  'EKS-CLUSTER-NAME': 'ml-cluster',
  'OIDC-ISSUER':
    'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
  'K8S-NAMESPACE': 'wandb',
  'K8S-SERVICE-ACCOUNT': 'wandb-launch-serviceaccount-wandb-launch',
  'TRUSTED-PRINCIPAL-ARN': 'arn:aws:iam::123456789012:user/ci-runner',
};

/** The issues of one field, the others left empty. */
export function issuesOf(field: FieldId, value: string): Issue[] {
  return validateFields({...EMPTY_VALUES, [field]: value}).filter(
    (issue) => issue.field === field,
  );
}

export function codesOf(field: FieldId, value: string): IssueCode[] {
  return issuesOf(field, value).map((issue) => issue.code);
}

export function messageOf(field: FieldId, value: string): string {
  return issuesOf(field, value)
    .map((issue) => issue.message)
    .join(' ');
}

/** One test per value: the field takes it without any issue. */
export function itAccepts(
  field: FieldId,
  title: string,
  values: readonly string[],
): void {
  it.each(values)(title, (value) => {
    expect(codesOf(field, value)).toEqual([]);
  });
}

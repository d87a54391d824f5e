/** The ARN-OF-KMS-KEY rule: a key ARN (not a key ID, alias or alias ARN). */
import {findPartition, findRegion} from '../partitions';
import {ACCOUNT_ID, splitArn, unknownPartition} from './arn';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

const KMS_KEY_ARN_REASON =
  'To specify a KMS key in an IAM policy statement, you must use its key ARN; a key ID, alias name or alias ARN does not work there. ' +
  'Copy the key ARN from the KMS console, or from the KeyMetadata.Arn that “aws kms describe-key --key-id ID-OR-ALIAS” prints.';

const KMS_KEY_ARN_FORM =
  'arn:PARTITION:kms:REGION:ACCOUNT-ID:key/KEY-ID, such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const KEY_UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MULTI_REGION_KEY_ID = /^mrk-[0-9a-f]{32}$/;

function isKeyId(id: string): boolean {
  return KEY_UUID.test(id) || MULTI_REGION_KEY_ID.test(id);
}

function checkKmsKeyArn(value: string): Problem[] {
  const format = (message: string): Problem[] => [
    {code: 'kms-key-arn-format', message},
  ];
  if (isKeyId(value.toLowerCase())) {
    return [
      {
        code: 'kms-key-is-key-id',
        message: `This is a key ID, not a key ARN. ${KMS_KEY_ARN_REASON}`,
      },
    ];
  }
  if (value.startsWith('alias/')) {
    return [
      {
        code: 'kms-key-is-alias',
        message: `This is an alias name, not a key ARN. ${KMS_KEY_ARN_REASON}`,
      },
    ];
  }
  const arn = splitArn(value);
  if (arn === undefined) {
    return format(
      `The ARN of the KMS key must be a key ARN: ${KMS_KEY_ARN_FORM}.`,
    );
  }
  if (arn.service === 'kms' && arn.resource.startsWith('alias/')) {
    return [
      {
        code: 'kms-key-is-alias',
        message: `This is an alias ARN, not a key ARN. ${KMS_KEY_ARN_REASON}`,
      },
    ];
  }
  if (arn.service !== 'kms') {
    return format(
      `This ARN belongs to the service ${quote(arn.service)}, not to KMS. A key ARN looks like ${KMS_KEY_ARN_FORM}.`,
    );
  }
  const partition = findPartition(arn.partition);
  if (partition === undefined) {
    return format(unknownPartition(arn.partition));
  }
  const region = findRegion(arn.region);
  if (region === undefined) {
    return format(
      `The region part of the key ARN, ${quote(arn.region)}, is not an AWS region ID. A key ARN looks like ${KMS_KEY_ARN_FORM}.`,
    );
  }
  if (region.partition !== partition) {
    return format(
      `The region ${arn.region} is in the partition ${region.partition.id}, so its key ARNs start with arn:${region.partition.id}:kms:, not arn:${arn.partition}:kms:.`,
    );
  }
  if (!ACCOUNT_ID.test(arn.account)) {
    return format(
      `The account part of the key ARN must be 12 digits; ${quote(arn.account)} is not. A key ARN looks like ${KMS_KEY_ARN_FORM}.`,
    );
  }
  if (!arn.resource.startsWith('key/')) {
    return format(
      `The resource part of a key ARN starts with “key/”: ${KMS_KEY_ARN_FORM}.`,
    );
  }
  const keyId = arn.resource.slice('key/'.length);
  if (isKeyId(keyId)) {
    return [];
  }
  if (keyId === '') {
    return format(
      `The key ARN has no key ID after “key/”. A key ARN looks like ${KMS_KEY_ARN_FORM}.`,
    );
  }
  return format(
    isKeyId(keyId.toLowerCase())
      ? 'KMS key IDs are lowercase: enter the key ARN exactly as KMS shows it.'
      : `The key ID ${quote(keyId)} is not valid: it is a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hex digits for a multi-Region key.`,
  );
}

export const kmsKeyArnRule: FieldRule = {
  maxLength: 2048,
  lengthCode: 'too-long',
  wrongLength: (length) =>
    `The ARN of the KMS key is ${length} characters long; an ARN has at most 2,048.`,
  expected: `A key ARN looks like ${KMS_KEY_ARN_FORM}.`,
  check: checkKmsKeyArn,
};

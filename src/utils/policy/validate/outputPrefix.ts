/**
 * The OUTPUT-PREFIX rule: the key prefix in BUCKET-NAME under which SageMaker
 * writes each job's output (`S3OutputPath` = `s3://BUCKET-NAME/OUTPUT-PREFIX`).
 *
 * S3 user guide, "Naming Amazon S3 objects"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html):
 * a key is at most 1,024 bytes of UTF-8; letters, digits and ! - _ . * ' ( )
 * and / are the "safe characters". `*` is left out here: in the execution
 * role's policy the prefix sits in a Resource ARN, where IAM reads it as a
 * wildcard (the shared character check refuses it). The page's prefixes are
 * ASCII, so characters and bytes are the same count.
 */
import {splitArn} from './arn';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

/**
 * SageMaker appends `/<training job name>/output/model.tar.gz` to the prefix;
 * a job name has at most 63 characters (CreateTrainingJob API reference,
 * TrainingJobName). 1,024 − 1 − 63 − 20 = 940 leaves room for the whole key.
 */
export const OUTPUT_PREFIX_MAX_LENGTH =
  1024 - 1 - 63 - '/output/model.tar.gz'.length;

const SAFE = /[^A-Za-z0-9!\-_.'()/]/;

const ALLOWED =
  "An S3 output prefix holds letters, digits and the characters S3 calls safe, ! - _ . ' ( ), with / between folders, such as launch-output or teams/ml/output.";

/** The prefix part of a pasted location, quoted when it is itself usable. */
function prefixHint(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed !== '' && !SAFE.test(trimmed) && !trimmed.includes('//')
    ? `, ${quote(trimmed)}`
    : '';
}

function recognizeLocation(value: string): Problem | undefined {
  const uri = /^s3:\/\/[^/]*\/?(.*)$/i.exec(value);
  if (uri !== null) {
    return {
      code: 'output-prefix-is-uri',
      message: `This is an S3 URI; enter only the prefix after the bucket name${prefixHint(uri[1] ?? '')}. The page writes s3://BUCKET-NAME/ itself.`,
    };
  }
  const url = /^https?:\/\/[^/]*\/?(.*)$/i.exec(value);
  if (url !== null) {
    return {
      code: 'output-prefix-is-uri',
      message:
        'This is a web address; enter only the prefix (the folder path inside the bucket). SageMaker needs an s3:// location, which the page writes itself.',
    };
  }
  const arn = splitArn(value);
  if (arn !== undefined) {
    const slash = arn.resource.indexOf('/');
    return {
      code: 'output-prefix-is-uri',
      message: `This is an ARN; enter only the prefix inside the bucket${slash < 0 ? '' : prefixHint(arn.resource.slice(slash + 1))}.`,
    };
  }
  return undefined;
}

function checkOutputPrefix(value: string): Problem[] {
  const bad = SAFE.exec(value)?.[0];
  if (bad !== undefined) {
    return [
      {
        code: 'output-prefix-characters',
        message: `The S3 output prefix must not contain “${bad}”. ${ALLOWED}`,
      },
    ];
  }
  const problems: Problem[] = [];
  if (value.startsWith('/') || value.endsWith('/')) {
    problems.push({
      code: 'output-prefix-slash-edge',
      message:
        'Leave out the slashes at the start and end of the S3 output prefix: the page adds the one after the bucket name, and SageMaker the one before each job’s folder.',
    });
  }
  if (value.includes('//')) {
    problems.push({
      code: 'output-prefix-empty-segment',
      message:
        'The S3 output prefix must not contain two slashes in a row: S3 would keep an empty folder name in every key.',
    });
  }
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) {
    problems.push({
      code: 'output-prefix-dot-segment',
      message:
        'The S3 output prefix must not have a folder named “.” or “..”: S3 keeps them as plain names, but many tools read them as the current or parent folder.',
    });
  }
  return problems;
}

export const outputPrefixRule: FieldRule = {
  maxLength: OUTPUT_PREFIX_MAX_LENGTH,
  lengthCode: 'output-prefix-length',
  wrongLength: (length) =>
    `The S3 output prefix has ${length} characters; it may have at most ${OUTPUT_PREFIX_MAX_LENGTH}, so that every key SageMaker writes under it stays within S3's 1,024 bytes.`,
  expected: ALLOWED,
  recognize: recognizeLocation,
  check: checkOutputPrefix,
};

/**
 * Field validation: every rule a value must pass before it may go into a
 * policy. A value with any error is never inserted (its placeholder stays).
 */
import {formatCount} from '../format';
import {FIELD_IDS, FIELD_NAMES} from './fields';
import {
  findPartition,
  findRegion,
  findRegionByName,
  looksLikeRegionId,
  PARTITIONS,
  REGION_COUNT,
} from './partitions';
import type {FieldId, FieldValues, Issue, IssueCode} from './types';

interface Problem {
  readonly code: IssueCode;
  readonly message: string;
}

interface FieldRule {
  /** Longer values get only the length issue: the other checks would be noise, and slow. */
  readonly maxLength: number;
  readonly lengthCode: IssueCode;
  /** The message for a value over maxLength characters (given already formatted). */
  readonly tooLong: (length: string) => string;
  /** One sentence saying what the field accepts, ending messages about it. */
  readonly expected: string;
  /** Recognizes common mistakes that the character check would report less helpfully. */
  readonly recognize?: (value: string) => Problem | undefined;
  /** Checks a value made only of printable ASCII without wildcards. */
  readonly check: (value: string) => Problem[];
}

const MAX_QUOTE_LENGTH = 40;

/** Shortens user input so a huge paste never floods a message. */
function shortened(value: string): string {
  return value.length > MAX_QUOTE_LENGTH
    ? `${value.slice(0, MAX_QUOTE_LENGTH - 1)}…`
    : value;
}

/** Quotes (shortened) user input; only ever given printable ASCII. */
function quote(value: string): string {
  return `“${shortened(value)}”`;
}

const KMS_KEY_ARN_REASON =
  'To specify a KMS key in an IAM policy statement, you must use its key ARN; a key ID, alias name or alias ARN does not work there. ' +
  'Copy the key ARN from the KMS console, or from the KeyMetadata.Arn that “aws kms describe-key --key-id ID-OR-ALIAS” prints.';

const ROLE_ARN_FORM =
  'arn:PARTITION:iam::ACCOUNT-ID:role/NAME, such as arn:aws:iam::123456789012:role/SageMakerExecutionRole';

const KMS_KEY_ARN_FORM =
  'arn:PARTITION:kms:REGION:ACCOUNT-ID:key/KEY-ID, such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const PARTITION_LIST = PARTITIONS.map((partition) => partition.id).join(', ');

// ---------------------------------------------------------------------------
// Characters

const INVISIBLE_CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'a no-break space',
  0x00ad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x202a: 'a left-to-right embedding mark',
  0x202b: 'a right-to-left embedding mark',
  0x202c: 'a pop-directional-formatting mark',
  0x202d: 'a left-to-right override mark',
  0x202e: 'a right-to-left override mark',
  0x2060: 'a word joiner',
  0x2066: 'a left-to-right isolate mark',
  0x2067: 'a right-to-left isolate mark',
  0x2068: 'a first-strong isolate mark',
  0x2069: 'a pop-directional-isolate mark',
  0xfeff: 'a zero-width no-break space (byte order mark)',
};

const VISIBLE_CHARACTER = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Describes a character for a message without printing anything invisible. */
function describeCharacter(char: string): {
  readonly text: string;
  readonly invisible: boolean;
} {
  const codePoint = char.codePointAt(0) ?? 0;
  const label = codePointLabel(codePoint);
  const invisibleName = INVISIBLE_CHARACTER_NAMES[codePoint];
  if (invisibleName !== undefined) {
    return {text: `${invisibleName} (${label})`, invisible: true};
  }
  if (char === ' ') {
    return {text: 'a space', invisible: false};
  }
  if (char === '\t') {
    return {text: 'a tab', invisible: false};
  }
  if (char === '\n' || char === '\r') {
    return {text: 'a line break', invisible: false};
  }
  if (/\s/.test(char)) {
    return {text: `a white-space character (${label})`, invisible: false};
  }
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
    return {text: `a control character (${label})`, invisible: true};
  }
  if (VISIBLE_CHARACTER.test(char)) {
    return {text: `“${char}” (${label})`, invisible: false};
  }
  return {
    text: `an invisible or formatting character (${label})`,
    invisible: true,
  };
}

function isPrintableAscii(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x21 && code <= 0x7e;
}

/** One linear pass: wildcards, then anything that is not printable ASCII. */
function checkCharacters(field: FieldId, value: string): Problem[] {
  const name = FIELD_NAMES[field];
  let wildcard: string | undefined;
  let invalid: {char: string; position: number} | undefined;
  let position = 0;
  for (const char of value) {
    position += 1;
    if (char === '*' || char === '?') {
      wildcard ??= char;
    } else if (invalid === undefined && !isPrintableAscii(char)) {
      invalid = {char, position};
    }
    if (wildcard !== undefined && invalid !== undefined) {
      break;
    }
  }
  const problems: Problem[] = [];
  if (wildcard !== undefined) {
    problems.push({
      code: 'wildcard-not-allowed',
      message: `The ${name} contains “${wildcard}”, which IAM reads as a wildcard: the policy would then cover every name the pattern matches, not just yours. Enter the exact value, without * or ?.`,
    });
  }
  if (invalid !== undefined) {
    const {char, position: at} = invalid;
    const where = /\s/.test(char) ? 'inside it' : `at character ${at}`;
    const {text, invisible} = describeCharacter(char);
    const retype = invisible
      ? ' It cannot be seen and often comes with copied text: type the value again.'
      : '';
    problems.push({
      code: 'invalid-characters',
      message: `The ${name} contains ${text} ${where}, which is not allowed.${retype} ${RULES[field].expected}`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------
// ARNs

interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon (it may hold colons itself). */
  readonly resource: string;
}

function splitArn(value: string): ArnParts | undefined {
  const parts = value.split(':');
  const [prefix, partition, service, region, account] = parts;
  if (
    parts.length < 6 ||
    prefix !== 'arn' ||
    partition === undefined ||
    service === undefined ||
    region === undefined ||
    account === undefined
  ) {
    return undefined;
  }
  return {
    partition,
    service,
    region,
    account,
    resource: parts.slice(5).join(':'),
  };
}

const ACCOUNT_ID = /^\d{12}$/;

// ---------------------------------------------------------------------------
// REGION

function checkRegion(value: string): Problem[] {
  if (findRegion(value)) {
    return [];
  }
  const lower = value.toLowerCase();
  const problem = (message: string): Problem[] => [
    {code: 'region-unknown', message},
  ];
  if (findRegion(lower)) {
    return problem(
      `Region IDs are lowercase: enter ${lower} instead of ${quote(value)}.`,
    );
  }
  const availabilityZone = /^([a-z0-9-]*\d)[a-z]$/.exec(lower)?.[1];
  if (availabilityZone !== undefined && findRegion(availabilityZone)) {
    return problem(
      `${quote(value)} is an Availability Zone, not a region: enter its region, ${availabilityZone}.`,
    );
  }
  if (lower.endsWith('-global') || lower === 'global') {
    return problem(
      `${quote(value)} names a global endpoint, not a region. Enter the region where SageMaker runs your jobs, in the form us-east-1.`,
    );
  }
  if (looksLikeRegionId(value)) {
    return problem(
      `${quote(value)} looks like a region ID, but it is not one of the ${REGION_COUNT} regions this page knows (from the AWS SDK). Check the spelling; region IDs look like us-east-1.`,
    );
  }
  return problem(
    `${quote(value)} is not an AWS region ID. Enter a region ID in the form us-east-1 (lowercase, as in the AWS console's region menu), not the region's name.`,
  );
}

function recognizeRegionName(value: string): Problem | undefined {
  const match = findRegionByName(value);
  return match === undefined
    ? undefined
    : {
        code: 'region-unknown',
        message: `${quote(value)} is the region's name; enter its ID, ${match.region.id}.`,
      };
}

// ---------------------------------------------------------------------------
// ACCOUNT-ID

function checkAccountId(value: string): Problem[] {
  if (ACCOUNT_ID.test(value)) {
    return [];
  }
  const problem = (message: string): Problem[] => [
    {code: 'account-id-format', message},
  ];
  if (/^\d+$/.test(value)) {
    const lostZeros =
      value.length < 12
        ? ' Account IDs may start with zeros: keep them (a spreadsheet may have dropped them).'
        : '';
    return problem(
      `The AWS account ID must be exactly 12 digits; this one has ${value.length}.${lostZeros}`,
    );
  }
  const digits = value.replace(/-/g, '');
  if (/^[\d-]+$/.test(value) && ACCOUNT_ID.test(digits)) {
    return problem(
      `The AWS account ID must be 12 digits without hyphens: remove the hyphens and enter ${digits}.`,
    );
  }
  const arn = splitArn(value);
  if (arn !== undefined && ACCOUNT_ID.test(arn.account)) {
    return problem(
      `This is an ARN; enter only its 12-digit account ID, ${arn.account}.`,
    );
  }
  return problem(
    `The AWS account ID must be exactly 12 digits (0–9); ${quote(value)} has other characters.`,
  );
}

// ---------------------------------------------------------------------------
// YOUR-REPO-NAME

// botocore's ecr RepositoryName pattern; unambiguous (every separator must be
// followed by a letter or digit), so it cannot backtrack badly.
const REPOSITORY_NAME =
  /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

// A repository URI: `123456789012.dkr.ecr.us-east-1.amazonaws.com/name[:tag]`.
const REPOSITORY_URI = /^[^/]*\.amazonaws\.com(?:\.cn)?\/([^:@]*)/;

function checkRepositoryName(value: string): Problem[] {
  const problems: Problem[] = [];
  if (value.length < 2 || value.length > 256) {
    problems.push({
      code: 'repo-name-length',
      message: `The ECR repository name must be 2 to 256 characters long; this one has ${formatCount(value.length)}.`,
    });
  }
  const format = (message: string): Problem[] => [
    ...problems,
    {code: 'repo-name-format', message},
  ];
  const uriName = REPOSITORY_URI.exec(value)?.[1];
  if (uriName !== undefined) {
    return format(
      `This looks like a repository URI; enter only the repository name${uriName ? `, ${quote(uriName)}` : ''}.`,
    );
  }
  const arn = splitArn(value);
  if (arn !== undefined) {
    const name = arn.resource.startsWith('repository/')
      ? arn.resource.slice('repository/'.length)
      : '';
    return format(
      `This looks like an ARN; enter only the repository name${name ? `, ${quote(name)}` : ''}. The generator builds the ARN itself.`,
    );
  }
  if (REPOSITORY_NAME.test(value)) {
    return problems;
  }
  let hint: string;
  if (/[A-Z]/.test(value)) {
    hint = 'ECR repository names are lowercase.';
  } else if (value.includes(':') || value.includes('@')) {
    hint =
      'Enter the name without an image tag or digest (the part from “:” or “@”).';
  } else {
    hint =
      'Each part must start and end with a lowercase letter or digit, words may be joined by “.”, “_”, “__” or hyphens, and namespaces are separated by “/”.';
  }
  return format(
    `The ECR repository name ${quote(value)} is not valid. ${hint} Example: project-a/web-app.`,
  );
}

// ---------------------------------------------------------------------------
// BUCKET-NAME

const BUCKET_RESERVED_PREFIXES: readonly (readonly [string, string])[] = [
  ['xn--', 'it marks internationalized domain names'],
  ['sthree-', 'S3 reserves it'],
  ['amzn-s3-demo-', 'S3 reserves it for documentation examples'],
];

const BUCKET_RESERVED_SUFFIXES: readonly (readonly [string, string])[] = [
  ['-s3alias', 'S3 reserves it for access point aliases'],
  ['--ol-s3', 'S3 reserves it for Object Lambda access point aliases'],
  ['.mrap', 'S3 reserves it for Multi-Region Access Points'],
  ['--x-s3', 'S3 reserves it for directory buckets'],
  ['--table-s3', 'S3 reserves it for table buckets'],
];

function checkBucketName(value: string): Problem[] {
  const uriBucket = /^s3:\/\/([^/]*)/i.exec(value)?.[1];
  if (uriBucket !== undefined) {
    return [
      {
        code: 'bucket-name-characters',
        message: `This is an S3 URI; enter only the bucket name${uriBucket ? `, ${quote(uriBucket)}` : ''}.`,
      },
    ];
  }
  const arn = splitArn(value);
  if (arn !== undefined) {
    const bucket = arn.resource.split('/')[0] ?? '';
    return [
      {
        code: 'bucket-name-characters',
        message: `This is an ARN; enter only the bucket name${bucket ? `, ${quote(bucket)}` : ''}. The generator builds the ARNs itself.`,
      },
    ];
  }
  const problems: Problem[] = [];
  if (value.length < 3 || value.length > 63) {
    problems.push({
      code: 'bucket-name-length',
      message: `The S3 bucket name must be 3 to 63 characters long; this one has ${formatCount(value.length)}.`,
    });
  }
  const badCharacter = /[^a-z0-9.-]/.exec(value)?.[0];
  if (badCharacter !== undefined) {
    problems.push({
      code: 'bucket-name-characters',
      message: `The S3 bucket name may hold only lowercase letters, digits, periods (.) and hyphens (-); “${badCharacter}” is not allowed${/[A-Z]/.test(value) ? ' (bucket names are lowercase)' : ''}.`,
    });
  }
  if (/^[.-]|[.-]$/.test(value)) {
    problems.push({
      code: 'bucket-name-edge',
      message:
        'The S3 bucket name must begin and end with a lowercase letter or digit, not a period or hyphen.',
    });
  }
  if (value.includes('..')) {
    problems.push({
      code: 'bucket-name-adjacent-periods',
      message: 'The S3 bucket name must not contain two periods in a row.',
    });
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) {
    problems.push({
      code: 'bucket-name-ip-address',
      message:
        'The S3 bucket name must not look like an IP address (such as 192.168.5.4).',
    });
  }
  for (const [prefix, why] of BUCKET_RESERVED_PREFIXES) {
    if (value.startsWith(prefix)) {
      problems.push({
        code: 'bucket-name-reserved-prefix',
        message: `The S3 bucket name must not begin with “${prefix}”: ${why}.`,
      });
    }
  }
  for (const [suffix, why] of BUCKET_RESERVED_SUFFIXES) {
    if (value.endsWith(suffix)) {
      problems.push({
        code: 'bucket-name-reserved-suffix',
        message: `The S3 bucket name must not end with “${suffix}”: ${why}.`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// ARN-OF-ROLE-TO-PASS

// JavaScript's \w without the u flag is ASCII only, as IAM means it.
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH_SEGMENT = /^[A-Za-z0-9+=,.@_-]+$/;
const ROLE_PATH_MAX_LENGTH = 512;

const NOT_A_ROLE: ReadonlyMap<string, string> = new Map([
  ['user', 'an IAM user'],
  ['group', 'an IAM group'],
  ['policy', 'a managed policy'],
  [
    'instance-profile',
    'an instance profile (it contains a role: enter the role’s ARN)',
  ],
  ['oidc-provider', 'an OIDC identity provider'],
  ['saml-provider', 'a SAML identity provider'],
  ['server-certificate', 'a server certificate'],
  ['mfa', 'an MFA device'],
]);

function checkRoleArn(value: string): Problem[] {
  const format = (message: string): Problem[] => [
    {code: 'role-arn-format', message},
  ];
  if (!value.startsWith('arn:')) {
    const name = value.startsWith('role/')
      ? value.slice('role/'.length)
      : value;
    if (ROLE_NAME.test(name)) {
      return format(
        `${quote(value)} looks like a role name. Enter the role's full ARN instead, in the form arn:PARTITION:iam::ACCOUNT-ID:role/${name} (IAM console: Roles, then the role, then ARN).`,
      );
    }
    return format(
      `The ARN of the SageMaker execution role must be an IAM role ARN: ${ROLE_ARN_FORM}.`,
    );
  }
  const arn = splitArn(value);
  if (arn === undefined) {
    return format(
      `An ARN has six parts separated by colons; this one has fewer. A role ARN looks like ${ROLE_ARN_FORM}.`,
    );
  }
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    const roleName = arn.resource.split('/')[1] ?? '';
    const roleArn =
      findPartition(arn.partition) &&
      ACCOUNT_ID.test(arn.account) &&
      ROLE_NAME.test(roleName)
        ? `arn:${arn.partition}:iam::${arn.account}:role/${roleName}`
        : 'arn:PARTITION:iam::ACCOUNT-ID:role/NAME';
    return [
      {
        code: 'role-arn-not-a-role',
        message: `This is the ARN of an assumed-role session, not of the role itself. Enter the role's IAM ARN, ${roleArn} (with its path, if it has one).`,
      },
    ];
  }
  if (arn.service !== 'iam') {
    return format(
      `This ARN belongs to the service ${quote(arn.service)}, not to IAM. A role ARN looks like ${ROLE_ARN_FORM}.`,
    );
  }
  const resourceType = arn.resource.split('/')[0] ?? '';
  if (resourceType !== 'role') {
    const what = NOT_A_ROLE.get(resourceType);
    if (what !== undefined) {
      return [
        {
          code: 'role-arn-not-a-role',
          message: `This is the ARN of ${what}, not of a role. iam:PassRole passes a role to SageMaker: enter the execution role's ARN, ${ROLE_ARN_FORM}.`,
        },
      ];
    }
    return format(
      `The resource part of a role ARN starts with “role/”: ${ROLE_ARN_FORM}.`,
    );
  }
  if (!findPartition(arn.partition)) {
    return format(
      `${quote(arn.partition)} is not an AWS partition; the ARN must start with arn: and one of ${PARTITION_LIST}.`,
    );
  }
  if (arn.region !== '') {
    return format(
      `IAM is global, so a role ARN has no region: the part after “iam:” must be empty (arn:${arn.partition}:iam::ACCOUNT-ID:role/NAME).`,
    );
  }
  if (!ACCOUNT_ID.test(arn.account)) {
    return format(
      `The account part of the role ARN must be 12 digits; ${quote(arn.account)} is not. A role ARN looks like ${ROLE_ARN_FORM}.`,
    );
  }
  const segments = arn.resource.slice('role/'.length).split('/');
  const name = segments.pop() ?? '';
  const pathLength = segments.reduce(
    (sum, segment) => sum + segment.length + 1,
    1,
  );
  if (
    segments.some((segment) => !ROLE_PATH_SEGMENT.test(segment)) ||
    pathLength > ROLE_PATH_MAX_LENGTH
  ) {
    return format(
      'The role path (the parts between “role/” and the name) must be non-empty parts of letters, digits and + = , . @ _ - separated by single slashes, at most 512 characters in all.',
    );
  }
  if (name === '') {
    return [
      {
        code: 'role-name-format',
        message:
          'The role ARN has no role name: add the name after the last “/”.',
      },
    ];
  }
  if (!ROLE_NAME.test(name)) {
    return [
      {
        code: 'role-name-format',
        message: `The role name ${quote(name)} is not valid: a role name has 1 to 64 characters, each a letter, digit or one of + = , . @ _ -.`,
      },
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------
// ARN-OF-KMS-KEY

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
    return format(
      `${quote(arn.partition)} is not an AWS partition; the ARN must start with arn: and one of ${PARTITION_LIST}.`,
    );
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

// ---------------------------------------------------------------------------

const RULES: Readonly<Record<FieldId, FieldRule>> = {
  REGION: {
    maxLength: 64,
    lengthCode: 'too-long',
    tooLong: (length) =>
      `The AWS Region is ${length} characters long; a region ID is a short code such as us-east-1.`,
    expected:
      'A region ID has lowercase letters, digits and hyphens, such as us-east-1.',
    recognize: recognizeRegionName,
    check: checkRegion,
  },
  'ACCOUNT-ID': {
    maxLength: 64,
    lengthCode: 'account-id-format',
    tooLong: (length) =>
      `The AWS account ID must be exactly 12 digits; this value is ${length} characters long.`,
    expected: 'An AWS account ID is exactly 12 digits, such as 123456789012.',
    check: checkAccountId,
  },
  'YOUR-REPO-NAME': {
    maxLength: 256,
    lengthCode: 'repo-name-length',
    tooLong: (length) =>
      `The ECR repository name must be 2 to 256 characters long; this one has ${length}.`,
    expected:
      'An ECR repository name has lowercase letters, digits and the separators . _ - and /, such as project-a/web-app.',
    check: checkRepositoryName,
  },
  'BUCKET-NAME': {
    maxLength: 63,
    lengthCode: 'bucket-name-length',
    tooLong: (length) =>
      `The S3 bucket name must be 3 to 63 characters long; this one has ${length}.`,
    expected:
      'An S3 bucket name has lowercase letters, digits, periods and hyphens, such as my-launch-bucket.',
    check: checkBucketName,
  },
  'ARN-OF-ROLE-TO-PASS': {
    maxLength: 2048,
    lengthCode: 'too-long',
    tooLong: (length) =>
      `The ARN of the SageMaker execution role is ${length} characters long; an ARN has at most 2,048.`,
    expected: `A role ARN looks like ${ROLE_ARN_FORM}.`,
    check: checkRoleArn,
  },
  'ARN-OF-KMS-KEY': {
    maxLength: 2048,
    lengthCode: 'too-long',
    tooLong: (length) =>
      `The ARN of the KMS key is ${length} characters long; an ARN has at most 2,048.`,
    expected: `A key ARN looks like ${KMS_KEY_ARN_FORM}.`,
    check: checkKmsKeyArn,
  },
};

/** The issues of one field on its own (no cross-field warnings). */
function checkField(field: FieldId, raw: string): Issue[] {
  const value = raw.trim();
  if (value === '') {
    return [];
  }
  const issues: Issue[] = [];
  const add = ({code, message}: Problem) =>
    issues.push({field, code, severity: 'error', message});
  if (value !== raw) {
    issues.push({
      field,
      code: 'whitespace-trimmed',
      severity: 'warning',
      message: `Leading and trailing white space was removed from the ${FIELD_NAMES[field]}.`,
    });
  }
  const rule = RULES[field];
  // Length first: the later checks then only ever see short strings.
  if (value.length > rule.maxLength) {
    add({
      code: rule.lengthCode,
      message: rule.tooLong(formatCount(value.length)),
    });
    return issues;
  }
  const recognized = rule.recognize?.(value);
  if (recognized !== undefined) {
    add(recognized);
    return issues;
  }
  const characterProblems = checkCharacters(field, value);
  if (characterProblems.length > 0) {
    characterProblems.forEach(add);
    return issues;
  }
  rule.check(value).forEach(add);
  return issues;
}

/**
 * Every field's trimmed value that may go into a policy. Pass the issues of
 * `validateFields(values)` if you have them, to skip validating again.
 */
export function validValues(
  values: FieldValues,
  issues: readonly Issue[] = validateFields(values),
): Partial<Record<FieldId, string>> {
  const valid: Partial<Record<FieldId, string>> = {};
  for (const field of FIELD_IDS) {
    const value = values[field].trim();
    const fieldHasError = issues.some(
      (issue) => issue.field === field && issue.severity === 'error',
    );
    if (value !== '' && !fieldHasError) {
      valid[field] = value;
    }
  }
  return valid;
}

type ArnField = 'ARN-OF-ROLE-TO-PASS' | 'ARN-OF-KMS-KEY';

const ARN_NAMES: Readonly<Record<ArnField, string>> = {
  'ARN-OF-ROLE-TO-PASS': 'role',
  'ARN-OF-KMS-KEY': 'KMS key',
};

/** Warnings between valid fields: legal combinations that are rarely meant or cannot work. */
function crossFieldWarnings(
  field: ArnField,
  arnValue: string,
  region: string | undefined,
  account: string | undefined,
): Issue[] {
  const arn = splitArn(arnValue);
  if (arn === undefined) {
    return [];
  }
  const what = ARN_NAMES[field];
  const warnings: Issue[] = [];
  const warn = (code: IssueCode, message: string) =>
    warnings.push({field, code, severity: 'warning', message});
  if (account !== undefined && arn.account !== account) {
    warn(
      'arn-account-mismatch',
      field === 'ARN-OF-KMS-KEY'
        ? `The KMS key is in the account ${arn.account}, but the AWS account ID is ${account}. A key in another account works only if its key policy allows your account too; check that this is the key you mean.`
        : `The role is in the account ${arn.account}, but the AWS account ID is ${account}. Passing a role from another account is legal but rarely meant; check that this is the role you mean.`,
    );
  }
  const regionPartition =
    region === undefined ? undefined : findRegion(region)?.partition;
  if (regionPartition !== undefined && arn.partition !== regionPartition.id) {
    warn(
      'arn-partition-mismatch',
      `The ${what} ARN is in the partition ${arn.partition}, but the region ${region} is in ${regionPartition.id}. A policy cannot reach across partitions, so this statement would never match: fix the region or the ARN.`,
    );
  } else if (
    field === 'ARN-OF-KMS-KEY' &&
    region !== undefined &&
    arn.region !== region
  ) {
    warn(
      'arn-region-mismatch',
      `The KMS key is in ${arn.region}, but the AWS Region is ${region}. SageMaker uses a key in the training job's region, and the policy's kms:ViaService condition names sagemaker.${region}.amazonaws.com: use a key in ${region} (a multi-Region key has a replica ARN there).`,
    );
  }
  return warnings;
}

/** Every issue of every field, errors and warnings, in FIELD_IDS order. */
export function validateFields(values: FieldValues): Issue[] {
  const byField = new Map<FieldId, Issue[]>(
    FIELD_IDS.map((field) => [field, checkField(field, values[field])]),
  );
  // Cross-field warnings never make a value invalid: the values valid on
  // their own are the valid values.
  const valid = validValues(values, [...byField.values()].flat());
  for (const field of ['ARN-OF-ROLE-TO-PASS', 'ARN-OF-KMS-KEY'] as const) {
    const arn = valid[field];
    if (arn !== undefined) {
      byField
        .get(field)
        ?.push(
          ...crossFieldWarnings(field, arn, valid.REGION, valid['ACCOUNT-ID']),
        );
    }
  }
  return FIELD_IDS.flatMap((field) => byField.get(field) ?? []);
}

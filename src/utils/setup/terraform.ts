/**
 * The whole AWS side of the set-up as one Terraform configuration (main.tf):
 * the execution role and the agent's role with their trust and inline
 * policies, the agent's instance profile on EC2, and optionally the ECR
 * repository and the S3 bucket. The policies are the page's own documents,
 * passed in, written as `jsonencode({...})` HCL objects whose ARNs take their
 * partition and account from `data "aws_partition"` and
 * `data "aws_caller_identity"`. Every value is an HCL literal (hcl.ts), never
 * spliced text. Pure TypeScript: no React, no policy engine.
 *
 * Sources:
 * - Resources and arguments: the AWS provider's documentation,
 *   https://registry.terraform.io/providers/hashicorp/aws/latest/docs
 *   (resources iam_role, iam_role_policy, iam_instance_profile,
 *   ecr_repository, s3_bucket; data sources partition, caller_identity);
 *   6.x is its current major (hashicorp/aws 6.66.0, September 2026).
 * - Variable validation, preconditions and postconditions:
 *   https://developer.hashicorp.com/terraform/language/expressions/custom-conditions
 *   (lifecycle conditions need Terraform 1.2 or later; a failed validation or
 *   condition stops plan and apply with its error message; `check` blocks
 *   only warn, so they cannot keep a half-filled file from applying). A
 *   variable's default is validated too, at plan (hashicorp/terraform#29198).
 * - A role's name and path in its ARN, `arn:PARTITION:iam::ACCOUNT:role/PATH/NAME`,
 *   the path beginning and ending with `/`: IAM User Guide, "IAM identifiers",
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
 */
import type {FieldId} from '../policy/types';
import type {HclBlock, HclBody, HclValue, TemplatePart} from './hcl';
import {hclString, renderHcl} from './hcl';
import {IAC_POLICY_NAMES, roleNameAndPath} from './iac';
import type {IacDocuments, IacOptions} from './iac';
import type {SetupDocument, SetupInputs} from './inputs';

/** The documents the configuration holds, exactly as the page shows them. */
/** What the configuration requires: lifecycle conditions (1.2), the provider's current major. */
export const TERRAFORM_REQUIREMENTS = {
  terraform: '>= 1.2.0',
  awsProvider: '~> 6.0',
} as const;

/** The references that stand for values the documents hold. */
const REFS = {
  partition: 'data.aws_partition.current.partition',
  account: 'data.aws_caller_identity.current.account_id',
  region: 'var.region',
  repository: 'var.repository_name',
  bucket: 'var.bucket_name',
} as const;

/** A field's placeholder, the form the page writes for a missing value. */
const PLACEHOLDER = /<[A-Z0-9-]+>/g;

interface VariableSpec {
  readonly name: string;
  readonly field: FieldId;
  readonly description: string;
  readonly value: (inputs: SetupInputs) => string;
}

/** The configuration's variables: each defaults to the typed value, or to its placeholder, which it refuses. */
const VARIABLES: readonly VariableSpec[] = [
  {
    name: 'region',
    field: 'REGION',
    description:
      'The AWS Region of the training jobs, the repository and the bucket.',
    value: (inputs) => inputs.region,
  },
  {
    name: 'account_id',
    field: 'ACCOUNT-ID',
    description:
      'The AWS account the roles are created in: apply with its credentials.',
    value: (inputs) => inputs.account,
  },
  {
    name: 'execution_role_name',
    field: 'ARN-OF-ROLE-TO-PASS',
    description:
      'The name of the role SageMaker assumes for each training job.',
    value: (inputs) => roleNameAndPath(inputs.executionRoleArn).name,
  },
  {
    name: 'execution_role_path',
    field: 'ARN-OF-ROLE-TO-PASS',
    description: 'The path of the execution role, from its ARN.',
    value: (inputs) => roleNameAndPath(inputs.executionRoleArn).path,
  },
  {
    name: 'agent_role_name',
    field: 'AGENT-ROLE-NAME',
    description: 'The name of the role the W&B Launch agent runs with.',
    value: (inputs) => inputs.agentRoleName,
  },
  {
    name: 'repository_name',
    field: 'YOUR-REPO-NAME',
    description: 'The ECR repository of the training images.',
    value: (inputs) => inputs.repository,
  },
  {
    name: 'bucket_name',
    field: 'BUCKET-NAME',
    description:
      "The S3 bucket of the agent's build contexts and the jobs' outputs.",
    value: (inputs) => inputs.bucket,
  },
];

const expr = (text: string): HclValue => ({expr: text});

/** Adjacent literals joined, empty ones dropped; one reference alone is written bare. */
function valueOf(parts: readonly TemplatePart[]): HclValue {
  const merged: TemplatePart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string') {
      merged[merged.length - 1] = last + part;
    } else if (part !== '') {
      merged.push(part);
    }
  }
  const [only] = merged;
  if (merged.length === 0) return '';
  if (merged.length === 1 && only !== undefined) {
    return typeof only === 'string' ? only : expr(only.ref);
  }
  return {template: merged};
}

/**
 * A policy string with the set-up's values in ARNs as references: the
 * partition, Region and account fields when they are this set-up's, the
 * bucket in an S3 ARN's resource, the repository in an ECR one; the account
 * alone (aws:SourceAccount) too, and the execution role's ARN where this
 * file creates that role. Everything else stays as written.
 */
function policyString(value: string, inputs: SetupInputs): HclValue {
  if (value === inputs.account) return expr(REFS.account);
  // The role this file creates, when its ARN is in this partition and account.
  if (value === inputs.executionRoleArn && createdHere(value, inputs)) {
    return expr('aws_iam_role.execution.arn');
  }
  const arn = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):([\s\S]*)$/.exec(value);
  if (arn === null) return value;
  const [
    ,
    partition = '',
    service = '',
    region = '',
    account = '',
    resource = '',
  ] = arn;
  const field = (text: string, own: string, ref: string): TemplatePart =>
    text !== '' && text === own ? {ref} : text;
  const {bucket, repository} = inputs;
  const resourceParts: TemplatePart[] =
    service === 's3' &&
    (resource === bucket || resource.startsWith(`${bucket}/`))
      ? [{ref: REFS.bucket}, resource.slice(bucket.length)]
      : service === 'ecr' && resource === `repository/${repository}`
        ? ['repository/', {ref: REFS.repository}]
        : [resource];
  return valueOf([
    'arn:',
    field(partition, inputs.partition, REFS.partition),
    `:${service}:`,
    field(region, inputs.region, REFS.region),
    ':',
    field(account, inputs.account, REFS.account),
    ':',
    ...resourceParts,
  ]);
}

/** An ARN in this set-up's partition and account, as the roles this file creates are. */
function createdHere(arn: string, inputs: SetupInputs): boolean {
  const [prefix, partition, , , account] = arn.split(':');
  return (
    prefix === 'arn' &&
    partition === inputs.partition &&
    account === inputs.account
  );
}

/** A JSON document as an HCL object for jsonencode, keys as they are. */
function policyValue(json: unknown, inputs: SetupInputs): HclValue {
  if (typeof json === 'string') return policyString(json, inputs);
  if (typeof json === 'number' || typeof json === 'boolean') return json;
  if (Array.isArray(json)) {
    return json.map((item: unknown) => policyValue(item, inputs));
  }
  if (typeof json === 'object' && json !== null) {
    return {
      object: Object.entries(json).map(
        ([key, item]: [string, unknown]) =>
          [key, policyValue(item, inputs)] as const,
      ),
    };
  }
  throw new TypeError(`A policy holds no ${typeof json}.`);
}

/** The placeholders a rendered value still holds as text (its keys too). */
function placeholdersIn(value: HclValue, found: Set<string>): void {
  const scan = (text: string) => {
    for (const match of text.matchAll(PLACEHOLDER)) found.add(match[0]);
  };
  if (typeof value === 'string') scan(value);
  else if (Array.isArray(value)) {
    for (const item of value) placeholdersIn(item, found);
  } else if (typeof value === 'object') {
    if ('template' in value) {
      for (const part of value.template) {
        if (typeof part === 'string') scan(part);
      }
    } else if ('object' in value) {
      for (const [key, item] of value.object) {
        scan(key);
        placeholdersIn(item, found);
      }
    } else if ('call' in value) {
      for (const arg of value.args) placeholdersIn(arg, found);
    }
  }
}

const attribute = (name: string, value: HclValue) => ({name, value});

const block = (
  type: string,
  labels: readonly string[],
  body: HclBody,
): HclBlock => ({type, labels, body});

/**
 * A variable that refuses a placeholder. Its message names the placeholder
 * only while the default is one, so a filled file holds none.
 */
function variableBlock(spec: VariableSpec, inputs: SetupInputs): HclBlock {
  const placeholder = `<${spec.field}>`;
  const value = spec.value(inputs);
  return block(
    'variable',
    [spec.name],
    [
      attribute('description', spec.description),
      attribute('type', expr('string')),
      attribute('default', value),
      null,
      block(
        'validation',
        [],
        [
          attribute(
            'condition',
            expr(`!can(regex("<[A-Z0-9-]+>", var.${spec.name}))`),
          ),
          attribute(
            'error_message',
            value.includes(placeholder)
              ? `Set ${spec.name}: it still holds the placeholder ${placeholder}. Fill it in on the page and copy main.tf again, or pass -var ${spec.name}=VALUE.`
              : `Set ${spec.name} to a value, not a placeholder.`,
          ),
        ],
      ),
    ],
  );
}

const jsonencode = (document: object, inputs: SetupInputs): HclValue => ({
  call: 'jsonencode',
  args: [policyValue(document, inputs)],
});

function rolePolicy(
  id: string,
  name: string,
  role: string,
  policy: HclValue,
): HclBlock {
  return block(
    'resource',
    ['aws_iam_role_policy', id],
    [
      attribute('name', name),
      attribute('role', expr(`aws_iam_role.${role}.name`)),
      attribute('policy', policy),
    ],
  );
}

/** One line each, as the page's other outputs say how to run them and what they need. */
const HEADER = [
  'Run: terraform init && terraform apply, with credentials for var.account_id. It refuses to plan while a value is missing.',
  `Needs: Terraform ${TERRAFORM_REQUIREMENTS.terraform}, the AWS provider hashicorp/aws ${TERRAFORM_REQUIREMENTS.awsProvider}, and credentials that may create and read IAM roles, role policies and instance profiles (with create_resources, ECR repositories and S3 buckets too).`,
];

/** main.tf for these inputs and documents. */
export function terraformConfig(
  inputs: SetupInputs,
  documents: IacDocuments,
  options: IacOptions = {createResources: false},
): string {
  const policies = {
    executionTrust: jsonencode(documents.executionTrust, inputs),
    executionPermissions: jsonencode(documents.executionPermissions, inputs),
    agentTrust: jsonencode(documents.agentTrust, inputs),
    agentPolicy:
      documents.agentPolicy === undefined
        ? undefined
        : jsonencode(documents.agentPolicy, inputs),
    sagemakerPolicy: jsonencode(documents.sagemakerPolicy, inputs),
  };
  const missing = new Set<string>();
  for (const policy of Object.values(policies)) {
    if (policy !== undefined) placeholdersIn(policy, missing);
  }
  const ec2 = inputs.agentHost === 'ec2';
  const created = expr('var.create_resources ? 1 : 0');

  const body: HclBody = [
    block(
      'terraform',
      [],
      [
        attribute('required_version', TERRAFORM_REQUIREMENTS.terraform),
        null,
        block(
          'required_providers',
          [],
          [
            attribute('aws', {
              object: [
                ['source', 'hashicorp/aws'],
                ['version', TERRAFORM_REQUIREMENTS.awsProvider],
              ],
            }),
          ],
        ),
      ],
    ),
    null,
    block('provider', ['aws'], [attribute('region', expr('var.region'))]),
    null,
    ...VARIABLES.flatMap((spec) => [variableBlock(spec, inputs), null]),
    block(
      'variable',
      ['create_resources'],
      [
        attribute(
          'description',
          'Also create the ECR repository and the S3 bucket (false when they exist already).',
        ),
        attribute('type', expr('bool')),
        attribute('default', options.createResources),
      ],
    ),
    null,
    ...(missing.size === 0
      ? []
      : [
          block(
            'locals',
            [],
            [attribute('missing_values', [...missing].sort())],
          ),
          null,
        ]),
    block(
      'data',
      ['aws_partition', 'current'],
      [
        block(
          'lifecycle',
          [],
          [
            ...(missing.size === 0
              ? []
              : [
                  block(
                    'precondition',
                    [],
                    [
                      attribute(
                        'condition',
                        expr('length(local.missing_values) == 0'),
                      ),
                      attribute(
                        'error_message',
                        `The policies still hold ${[...missing].sort().join(', ')}. Fill them in on the page and copy main.tf again.`,
                      ),
                    ],
                  ),
                ]),
            // The principals (ec2.amazonaws.com.cn in China) follow the partition.
            block(
              'postcondition',
              [],
              [
                attribute('condition', {
                  expr: `self.partition == ${hclString(inputs.partition)}`,
                }),
                attribute(
                  'error_message',
                  `The policies are written for the ${inputs.partition} partition, and var.region is in another. Choose that Region on the page and copy main.tf again.`,
                ),
              ],
            ),
          ],
        ),
      ],
    ),
    null,
    block(
      'data',
      ['aws_caller_identity', 'current'],
      [
        block(
          'lifecycle',
          [],
          [
            block(
              'postcondition',
              [],
              [
                attribute(
                  'condition',
                  expr('self.account_id == var.account_id'),
                ),
                attribute(
                  'error_message',
                  'These credentials are for another account than account_id. Apply with credentials for that account.',
                ),
              ],
            ),
          ],
        ),
      ],
    ),
    null,
    block(
      'resource',
      ['aws_iam_role', 'execution'],
      [
        attribute('name', expr('var.execution_role_name')),
        attribute('path', expr('var.execution_role_path')),
        attribute('assume_role_policy', policies.executionTrust),
      ],
    ),
    null,
    rolePolicy(
      'execution',
      IAC_POLICY_NAMES.execution,
      'execution',
      policies.executionPermissions,
    ),
    null,
    block(
      'resource',
      ['aws_iam_role', 'agent'],
      [
        attribute('name', expr('var.agent_role_name')),
        attribute('assume_role_policy', policies.agentTrust),
      ],
    ),
    null,
    ...(policies.agentPolicy === undefined
      ? []
      : [
          rolePolicy(
            'agent',
            IAC_POLICY_NAMES.agent,
            'agent',
            policies.agentPolicy,
          ),
          null,
        ]),
    rolePolicy(
      'sagemaker',
      IAC_POLICY_NAMES.sagemaker,
      'agent',
      policies.sagemakerPolicy,
    ),
    null,
    ...(ec2
      ? [
          block(
            'resource',
            ['aws_iam_instance_profile', 'agent'],
            [
              attribute('name', expr('aws_iam_role.agent.name')),
              attribute('role', expr('aws_iam_role.agent.name')),
            ],
          ),
          null,
        ]
      : []),
    block(
      'resource',
      ['aws_ecr_repository', 'training'],
      [
        attribute('count', created),
        attribute('name', expr('var.repository_name')),
      ],
    ),
    null,
    block(
      'resource',
      ['aws_s3_bucket', 'launch'],
      [
        attribute('count', created),
        attribute('bucket', expr('var.bucket_name')),
      ],
    ),
    null,
    block(
      'output',
      ['execution_role_arn'],
      [
        attribute('description', 'ARN-OF-ROLE-TO-PASS: the queue’s RoleArn.'),
        attribute('value', expr('aws_iam_role.execution.arn')),
      ],
    ),
    null,
    block(
      'output',
      ['agent_role_arn'],
      [
        attribute('description', 'The role the W&B Launch agent runs with.'),
        attribute('value', expr('aws_iam_role.agent.arn')),
      ],
    ),
    ...(ec2
      ? [
          null,
          block(
            'output',
            ['instance_profile_name'],
            [
              attribute(
                'description',
                'The instance profile to launch the agent’s EC2 instance with.',
              ),
              attribute('value', expr('aws_iam_instance_profile.agent.name')),
            ],
          ),
        ]
      : []),
  ];
  return renderHcl(HEADER, body);
}

/** main.tf as a set-up document, for the page that shows it. */
export function terraformDocument(
  inputs: SetupInputs,
  documents: IacDocuments,
  options: IacOptions,
): SetupDocument {
  return {
    id: 'terraform',
    language: 'hcl',
    filename: 'main.tf',
    // terraform fmt ends the file with a newline; a document's text has none
    // (the download adds it back).
    text: terraformConfig(inputs, documents, options).replace(/\n$/, ''),
  };
}

export {IAC_POLICY_NAMES, roleNameAndPath};
export type {IacDocuments, IacOptions};

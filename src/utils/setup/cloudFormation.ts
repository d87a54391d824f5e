/**
 * The whole AWS side of the set-up as one CloudFormation template (YAML):
 * the execution role, the agent's role, its instance profile on EC2, and,
 * behind a condition, the ECR repository and the S3 bucket. Pure TypeScript,
 * no React; the policy documents are passed in, so this module does not load
 * the policy engine.
 *
 * How values get in: every value the reader typed is a parameter's
 * `Default` (a plain YAML string, quoted by yaml.ts), and the documents refer
 * to it by `Ref` or `${Name}` inside `Fn::Sub`. A typed value never enters
 * an `Fn::Sub` string itself, so nothing a reader types can become a
 * substitution. The account, Region, partition and DNS suffix come from the
 * stack (pseudo parameters), wherever the page's document used the typed
 * ones. A string whose shape is not known here stays literal: it is the
 * page's own text, so the template says exactly what the page says.
 *
 * Long forms (`Fn::Sub`, `Ref`, `Fn::GetAtt`) as maps, because yaml.ts has
 * no tags: CloudFormation documents both forms.
 *
 * Sources (AWS documentation):
 * - intrinsic functions, long and short forms:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 * - pseudo parameters (AWS::Partition, AWS::Region, AWS::AccountId,
 *   AWS::URLSuffix, "amazonaws.com.cn" in China):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
 * - Fn::Sub, `${!Literal}` for a literal `${`:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 * - Rules, checked before anything is created or updated:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html
 *   and the rule functions (Fn::Not, Fn::Equals, Ref to a parameter):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-rules.html
 * - CAPABILITY_NAMED_IAM for IAM resources with custom names (CreateStack,
 *   Capabilities): https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html
 * - `aws cloudformation deploy`: https://docs.aws.amazon.com/cli/latest/reference/cloudformation/deploy/
 * - DeletionPolicy and UpdateReplacePolicy `Retain`:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
 * - instance profiles, which hand a role to EC2:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html
 */
import type {PolicyDocument} from '../policy/types';
import {IAC_POLICY_NAMES, roleNameAndPath} from './iac';
import type {IacDocuments, IacOptions} from './iac';
import type {SetupDocument, SetupInputs} from './inputs';
import type {TrustPolicyDocument} from './principals';
import {toYaml} from './yaml';
import type {YamlMap, YamlValue} from './yaml';

/**
 * The inline policies' names, one home for the three generators (CLI,
 * CloudFormation, Terraform) until a shared module holds them.
 */
export const CLOUDFORMATION_FILENAME = 'wandb-launch-sagemaker.yaml';
export const CLOUDFORMATION_STACK_NAME = 'wandb-launch-sagemaker';

/** The documents the template holds. */
export type CloudFormationDocuments = IacDocuments;
export type CloudFormationOptions = IacOptions;

/** The pseudo parameters the template uses in place of typed values (CloudFormation User Guide, "Pseudo parameters reference"). */
type Pseudo =
  'AWS::Partition' | 'AWS::Region' | 'AWS::AccountId' | 'AWS::URLSuffix';

/** The parameters a document can refer to, each with the input it defaults to. */
const PARAMETERS = {
  ExecutionRoleName: "The SageMaker execution role's name.",
  ExecutionRolePath: "The SageMaker execution role's path.",
  AgentRoleName: "The W&B Launch agent's role (and instance profile) name.",
  RepositoryName: 'The ECR repository of the training images.',
  BucketName: 'The S3 bucket for build contexts and job outputs.',
  OutputPrefix: 'The key prefix in the bucket where jobs write their output.',
  KmsKeyArn: 'The KMS key that encrypts the training volumes.',
  EksClusterName: 'The EKS cluster the agent runs in.',
  K8sNamespace: "The agent's Kubernetes namespace.",
  K8sServiceAccount: "The agent's Kubernetes service account.",
  OidcIssuer:
    "The EKS cluster's OIDC issuer. It is in the trust policy's condition keys, which CloudFormation cannot substitute: change it on the page, not here.",
  TrustedPrincipalArn: "The IAM user or role that assumes the agent's role.",
} as const;

type ParameterName = keyof typeof PARAMETERS;
type Slot = Pseudo | ParameterName;

/** A string's shape: literal text and slots, e.g. `["arn:", "AWS::Partition", ":s3:::", "BucketName"]`. */
type Part = {readonly text: string} | {readonly slot: Slot};
const t = (text: string): Part => ({text});
const s = (slot: Slot): Part => ({slot});

/** The execution role's name and path, from its ARN. */
export const executionRoleNameAndPath = roleNameAndPath;

const escapeSub = (text: string): string => text.replace(/\$\{/g, '${!');

/** What the template builds its values from, and which parameters it used. */
class Writer {
  readonly used = new Set<ParameterName>();
  readonly values: Readonly<Record<Slot, string | undefined>>;

  constructor(readonly inputs: SetupInputs) {
    const {name, path} = executionRoleNameAndPath(inputs.executionRoleArn);
    this.values = {
      'AWS::Partition': inputs.partition,
      'AWS::Region': inputs.region,
      'AWS::AccountId': inputs.account,
      'AWS::URLSuffix': inputs.dnsSuffix,
      ExecutionRoleName: name,
      ExecutionRolePath: path,
      AgentRoleName: inputs.agentRoleName,
      RepositoryName: inputs.repository,
      BucketName: inputs.bucket,
      // An empty prefix is no segment: the shapes without it match instead.
      OutputPrefix:
        inputs.outputPrefix === '' ? undefined : inputs.outputPrefix,
      KmsKeyArn: inputs.kmsKeyArn,
      EksClusterName: inputs.eksClusterName,
      K8sNamespace: inputs.k8sNamespace,
      K8sServiceAccount: inputs.k8sServiceAccount,
      OidcIssuer: inputs.oidcIssuer,
      TrustedPrincipalArn: inputs.trustedPrincipalArn,
    };
  }

  /** The expression for `value` if it has one of `shapes`, else undefined. */
  private match(
    value: string,
    shapes: readonly (readonly Part[])[],
  ): YamlValue | undefined {
    for (const shape of shapes) {
      let text = '';
      let complete = true;
      for (const part of shape) {
        const piece = 'text' in part ? part.text : this.values[part.slot];
        // A slot whose value is missing or empty cannot be what matched.
        if (piece === undefined || ('slot' in part && piece === '')) {
          complete = false;
          break;
        }
        text += piece;
      }
      if (!complete || text !== value) {
        continue;
      }
      if (shape.every((part) => 'text' in part)) {
        return value;
      }
      const [only] = shape;
      for (const part of shape) {
        if ('slot' in part && !part.slot.startsWith('AWS::')) {
          this.used.add(part.slot as ParameterName);
        }
      }
      if (shape.length === 1 && only !== undefined && 'slot' in only) {
        return {Ref: only.slot};
      }
      return {
        'Fn::Sub': shape
          .map((part) =>
            'text' in part ? escapeSub(part.text) : `\${${part.slot}}`,
          )
          .join(''),
      };
    }
    return undefined;
  }

  /** An ARN: the partition, Region and account from the stack where they are the typed ones, and a known resource part as parameters. */
  private arn(value: string): YamlValue {
    const match = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/s.exec(value);
    if (match === null) {
      return value;
    }
    const [, partition = '', service = '', region = '', account = ''] = match;
    const resource = match[5] ?? '';
    const segment = (text: string, slot: Pseudo): Part[] =>
      text !== '' && text === this.values[slot] ? [s(slot)] : [t(text)];
    const resourceShapes: readonly (readonly Part[])[] = RESOURCE_SHAPES[
      service
    ] ?? [[]];
    for (const shape of resourceShapes) {
      const head = [
        t('arn:'),
        ...segment(partition, 'AWS::Partition'),
        t(`:${service}:`),
        ...segment(region, 'AWS::Region'),
        t(':'),
        ...segment(account, 'AWS::AccountId'),
        t(':'),
      ];
      const full =
        shape.length === 0 ? [...head, t(resource)] : [...head, ...shape];
      const found = this.match(value, [full]);
      if (found !== undefined) {
        return found;
      }
    }
    return value;
  }

  /** A Resource, Principal or condition value. */
  value(value: string, shapes: readonly (readonly Part[])[] = []): YamlValue {
    return this.match(value, shapes) ?? this.arn(value);
  }

  /** The ARN of the execution role this template creates, if `value` is it. */
  executionRole(value: string): YamlValue | undefined {
    const {ExecutionRoleName: name, ExecutionRolePath: path} = this.values;
    const {partition, account} = this.inputs;
    return value === `arn:${partition}:iam::${account}:role${path}${name}`
      ? {'Fn::GetAtt': ['ExecutionRole', 'Arn']}
      : undefined;
  }
}

/** Resource parts of the ARNs in the documents, by service; `[]` is any resource, literal. */
const RESOURCE_SHAPES: Readonly<Record<string, readonly (readonly Part[])[]>> =
  {
    ecr: [[t('repository/'), s('RepositoryName')], []],
    s3: [
      [s('BucketName')],
      [s('BucketName'), t('/'), s('OutputPrefix'), t('/*')],
      [s('BucketName'), t('/*')],
      [],
    ],
    eks: [[t('cluster/'), s('EksClusterName')], []],
    iam: [[t('oidc-provider/'), s('OidcIssuer')], []],
  };

/** Condition values by condition key: the shapes their values take. */
const CONDITION_SHAPES: Readonly<Record<string, readonly (readonly Part[])[]>> =
  {
    'aws:SourceAccount': [[s('AWS::AccountId')]],
    'aws:RequestTag/kubernetes-namespace': [[s('K8sNamespace')]],
    'aws:RequestTag/kubernetes-service-account': [[s('K8sServiceAccount')]],
    's3:prefix': [[s('OutputPrefix'), t('/*')]],
    // The policy engine writes a ViaService name with .amazonaws.com in every
    // partition (statements.ts); the DNS suffix's form is there for a
    // document that uses it.
    'kms:ViaService': [
      [t('sagemaker.'), s('AWS::Region'), t('.amazonaws.com')],
      [t('sagemaker.'), s('AWS::Region'), t('.'), s('AWS::URLSuffix')],
    ],
  };

/** IRSA's subject: the service account's name as Kubernetes writes it. */
const SUBJECT_SHAPE: readonly Part[] = [
  t('system:serviceaccount:'),
  s('K8sNamespace'),
  t(':'),
  s('K8sServiceAccount'),
];

type Statement =
  | PolicyDocument['Statement'][number]
  | TrustPolicyDocument['Statement'][number];

function statementOf(writer: Writer, statement: Statement): YamlMap {
  const list = <T>(value: T | readonly T[], each: (item: T) => YamlValue) =>
    Array.isArray(value) ? value.map(each) : each(value as T);
  const resource = (value: string): YamlValue =>
    writer.executionRole(value) ?? writer.value(value, [[s('KmsKeyArn')]]);
  const principal =
    'Principal' in statement
      ? Object.fromEntries(
          Object.entries(statement.Principal).map(([kind, value]) => [
            kind,
            // EC2's principal is `ec2.` and the partition's DNS suffix where
            // the page wrote it so (principals.ts, PARTITION_PRINCIPALS).
            writer.value(String(value), [
              [t('ec2.'), s('AWS::URLSuffix')],
              [s('TrustedPrincipalArn')],
            ]),
          ]),
        )
      : undefined;
  const condition =
    statement.Condition === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(statement.Condition).map(([operator, keys]) => [
            operator,
            Object.fromEntries(
              Object.entries(keys).map(([key, value]) => {
                const shapes = key.endsWith(':sub')
                  ? [SUBJECT_SHAPE]
                  : (CONDITION_SHAPES[key] ?? []);
                const each = (item: string | boolean): YamlValue =>
                  typeof item === 'boolean' ? item : writer.value(item, shapes);
                return [key, list<string | boolean>(value, each)];
              }),
            ),
          ]),
        );
  return {
    Sid: statement.Sid,
    Effect: statement.Effect,
    Principal: principal,
    Action: list(statement.Action, (action: string) => action),
    Resource:
      'Resource' in statement ? list(statement.Resource, resource) : undefined,
    Condition: condition,
  };
}

function documentOf(
  writer: Writer,
  document: PolicyDocument | TrustPolicyDocument,
): YamlMap {
  return {
    Version: document.Version,
    Statement: document.Statement.map((statement) =>
      statementOf(writer, statement),
    ),
  };
}

/** A field's placeholder, e.g. `<ACCOUNT-ID>`: the page's form for a missing value. */
const PLACEHOLDER = /^<[A-Z0-9-]+>$/;

/** The template's object, before it is written as YAML. */
export function cloudFormationTemplate(
  inputs: SetupInputs,
  documents: CloudFormationDocuments,
  options: CloudFormationOptions,
): YamlMap {
  const writer = new Writer(inputs);
  const ec2 = inputs.agentHost === 'ec2';
  const policy = (name: string, document: PolicyDocument) => ({
    PolicyName: name,
    PolicyDocument: documentOf(writer, document),
  });
  const resources: YamlMap = {
    ExecutionRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: {Ref: 'ExecutionRoleName'},
        Path: {Ref: 'ExecutionRolePath'},
        AssumeRolePolicyDocument: documentOf(writer, documents.executionTrust),
        Policies: [
          policy(IAC_POLICY_NAMES.execution, documents.executionPermissions),
        ],
      },
    },
    AgentRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: {Ref: 'AgentRoleName'},
        AssumeRolePolicyDocument: documentOf(writer, documents.agentTrust),
        Policies: [
          ...(documents.agentPolicy === undefined
            ? []
            : [policy(IAC_POLICY_NAMES.agent, documents.agentPolicy)]),
          policy(IAC_POLICY_NAMES.sagemaker, documents.sagemakerPolicy),
        ],
      },
    },
    // EC2 hands a role to an instance only through an instance profile; the
    // IAM console names it after the role, and so does this template.
    AgentInstanceProfile: ec2
      ? {
          Type: 'AWS::IAM::InstanceProfile',
          Properties: {
            InstanceProfileName: {Ref: 'AgentRoleName'},
            Roles: [{Ref: 'AgentRole'}],
          },
        }
      : undefined,
    // Kept when the stack is deleted or replaces them: they hold images and
    // job outputs.
    Repository: {
      Type: 'AWS::ECR::Repository',
      Condition: 'CreateRepositoryAndBucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {RepositoryName: {Ref: 'RepositoryName'}},
    },
    Bucket: {
      Type: 'AWS::S3::Bucket',
      Condition: 'CreateRepositoryAndBucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {BucketName: {Ref: 'BucketName'}},
    },
  };
  for (const name of [
    'ExecutionRoleName',
    'ExecutionRolePath',
    'AgentRoleName',
    'RepositoryName',
    'BucketName',
  ] as const) {
    writer.used.add(name);
  }

  const used = (Object.keys(PARAMETERS) as ParameterName[]).filter((name) =>
    writer.used.has(name),
  );
  const defaults = used.map(
    (name) => [name, writer.values[name] ?? ''] as const,
  );
  const parameters: YamlMap = {
    ...Object.fromEntries(
      defaults.map(([name, value]) => [
        name,
        {
          Type: 'String',
          Description: PARAMETERS[name],
          Default: value,
          AllowedValues: name === 'OidcIssuer' ? [value] : undefined,
        },
      ]),
    ),
    CreateResources: {
      Type: 'String',
      Description:
        'Create the ECR repository and the S3 bucket (false: they exist already).',
      Default: String(options.createResources),
      AllowedValues: ['true', 'false'],
    },
  };
  // Rules run before CloudFormation creates or updates anything. The page is
  // the only fix: another value passed at deploy time would not reach the
  // literal copies (the execution role's ARN, the OIDC issuer's keys).
  const assertions = defaults
    .filter(([, value]) => PLACEHOLDER.test(value))
    .map(([name, value]) => ({
      Assert: {'Fn::Not': [{'Fn::Equals': [{Ref: name}, value]}]},
      AssertDescription: `${name} is still the placeholder ${value}: fill it in on the page and download the template again.`,
    }));

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      "W&B Launch on Amazon SageMaker: the execution role, the agent's role and, optionally, the ECR repository and the S3 bucket.",
    Parameters: parameters,
    Rules:
      assertions.length === 0
        ? undefined
        : {NoPlaceholders: {Assertions: assertions}},
    Conditions: {
      CreateRepositoryAndBucket: {
        'Fn::Equals': [{Ref: 'CreateResources'}, 'true'],
      },
    },
    Resources: resources,
    Outputs: {
      ExecutionRoleArn: {
        Description: "The execution role: the queue's RoleArn.",
        Value: {'Fn::GetAtt': ['ExecutionRole', 'Arn']},
      },
      AgentRoleArn: {
        Description: "The agent's role.",
        Value: {'Fn::GetAtt': ['AgentRole', 'Arn']},
      },
      AgentInstanceProfileArn: ec2
        ? {
            Description:
              "The instance profile to launch the agent's EC2 instance with.",
            Value: {'Fn::GetAtt': ['AgentInstanceProfile', 'Arn']},
          }
        : undefined,
    },
  };
}

/** The template as the page shows and downloads it. */
export function cloudFormationYaml(
  inputs: SetupInputs,
  documents: CloudFormationDocuments,
  options: CloudFormationOptions = {createResources: false},
): string {
  return [
    `# Deploy: aws cloudformation deploy --template-file ${CLOUDFORMATION_FILENAME} --stack-name ${CLOUDFORMATION_STACK_NAME} --capabilities CAPABILITY_NAMED_IAM`,
    '# Needs: the AWS CLI, and rights to run CloudFormation change sets and to create IAM roles with inline policies and instance profiles (iam:CreateRole, iam:PutRolePolicy, iam:CreateInstanceProfile, iam:AddRoleToInstanceProfile), plus ecr:CreateRepository and s3:CreateBucket when CreateResources is true.',
    toYaml(cloudFormationTemplate(inputs, documents, options)),
  ].join('\n');
}

/** The template as a set-up document, for the page that shows it. */
export function cloudFormationDocument(
  inputs: SetupInputs,
  documents: CloudFormationDocuments,
  options: CloudFormationOptions,
): SetupDocument {
  return {
    id: 'cloudformation-template',
    language: 'yaml',
    filename: CLOUDFORMATION_FILENAME,
    text: cloudFormationYaml(inputs, documents, options),
  };
}

export {IAC_POLICY_NAMES};

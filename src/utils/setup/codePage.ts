/**
 * “Create everything with code”: the AWS CLI script, the CloudFormation
 * template and the Terraform configuration, each holding the same policies
 * as the other pages.
 */
import {generatePolicies} from '../policy/generate';
import {EMPTY_VALUES} from '../policy/fields';
import type {FieldId, FieldValues, PolicyOptions} from '../policy/types';
import {accountIdRule} from '../policy/validate/accountId';
import {agentRoleNameRule} from '../policy/validate/agentRoleName';
import {bucketNameRule} from '../policy/validate/bucketName';
import {
  eksClusterNameRule,
  oidcIssuerRule,
} from '../policy/validate/eksCluster';
import {kmsKeyArnRule} from '../policy/validate/kmsKeyArn';
import {namespaceRule, serviceAccountRule} from '../policy/validate/kubernetes';
import {outputPrefixRule} from '../policy/validate/outputPrefix';
import {principalArnRule} from '../policy/validate/principalArn';
import {regionRule} from '../policy/validate/region';
import {repositoryNameRule} from '../policy/validate/repositoryName';
import {roleArnRule} from '../policy/validate/roleArn';
import {agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import type {IacDocuments, IacOptions} from './iac';
import type {SetupDocument, SetupInputs} from './inputs';
import {definePage, fieldsUsedBy, withStatus} from './page';
import type {GeneratedDocument, PageResult} from './page';

/** Writes one tab's file: the script, the template or the configuration. */
export type CodeWriter = (
  inputs: SetupInputs,
  documents: IacDocuments,
  options: IacOptions,
) => SetupDocument;

/** One generation's policies, for the tab written from it after the form. */
const documentsByInputs = new WeakMap<SetupInputs, IacDocuments>();

/** Every policy the code creates: the same documents the other pages show. */
function documentsOf(
  inputs: SetupInputs,
  options: PolicyOptions,
  values: FieldValues,
): IacDocuments {
  let documents = documentsByInputs.get(inputs);
  if (documents === undefined) {
    const {agent, sagemaker} = generatePolicies(values, options);
    documents = {
      executionTrust: executionRoleTrustPolicy(inputs),
      executionPermissions: executionRolePermissionsPolicy(inputs),
      agentTrust: agentRoleTrustPolicy(inputs),
      agentPolicy: agent?.document,
      sagemakerPolicy: sagemaker.document,
    };
    documentsByInputs.set(inputs, documents);
  }
  return documents;
}

/**
 * The form's generator. Its one document is what all three tabs create, each
 * written in its own way: every value the code writes besides the policies
 * (the same as cliScript's variables), and the policies. So the form asks for
 * the fields the tabs use and validates them without loading any tab's writer
 * (pages.test.ts holds each tab to the same placeholders); each tab's file is
 * written from this result by `writeCodeDocument` once the tab is shown.
 */
export const generateCodePage = definePage({
  fields: [
    'REGION',
    'ACCOUNT-ID',
    'YOUR-REPO-NAME',
    'BUCKET-NAME',
    'OUTPUT-PREFIX',
    'ARN-OF-ROLE-TO-PASS',
    'ARN-OF-KMS-KEY',
    'AGENT-ROLE-NAME',
    'EKS-CLUSTER-NAME',
    'OIDC-ISSUER',
    'K8S-NAMESPACE',
    'K8S-SERVICE-ACCOUNT',
    'TRUSTED-PRINCIPAL-ARN',
  ],
  rules: {
    REGION: regionRule,
    'ACCOUNT-ID': accountIdRule,
    'YOUR-REPO-NAME': repositoryNameRule,
    'BUCKET-NAME': bucketNameRule,
    'OUTPUT-PREFIX': outputPrefixRule,
    'ARN-OF-ROLE-TO-PASS': roleArnRule,
    'ARN-OF-KMS-KEY': kmsKeyArnRule,
    'AGENT-ROLE-NAME': agentRoleNameRule,
    'EKS-CLUSTER-NAME': eksClusterNameRule,
    'OIDC-ISSUER': oidcIssuerRule,
    'K8S-NAMESPACE': namespaceRule,
    'K8S-SERVICE-ACCOUNT': serviceAccountRule,
    'TRUSTED-PRINCIPAL-ARN': principalArnRule,
  },
  documents: (inputs, options, values) => [
    {
      id: CREATED_RESOURCES,
      language: 'json',
      filename: 'wandb-launch-sagemaker-resources.json',
      text: JSON.stringify({
        region: inputs.region,
        account: inputs.account,
        executionRoleArn: inputs.executionRoleArn,
        agentRoleName: inputs.agentRoleName,
        ...(options.createResources
          ? {repository: inputs.repository, bucket: inputs.bucket}
          : {}),
        policies: documentsOf(inputs, options, values),
      }),
    },
  ],
});

/** The ID of the form's one document: what the code creates. */
export const CREATED_RESOURCES = 'created-resources';

const iacOptionsOf = (options: PolicyOptions): IacOptions => ({
  createResources: options.createResources,
});

/** Each writer's fields in use, by options. */
const fieldsByWriter = new WeakMap<
  CodeWriter,
  Map<string, readonly FieldId[]>
>();

/** The fields a tab's file uses with these options, as definePage finds them. */
function tabFields(
  write: CodeWriter,
  options: PolicyOptions,
): readonly FieldId[] {
  let byOptions = fieldsByWriter.get(write);
  if (byOptions === undefined) {
    byOptions = new Map();
    fieldsByWriter.set(write, byOptions);
  }
  const key = JSON.stringify(options);
  let fields = byOptions.get(key);
  if (fields === undefined) {
    const document = (inputs: SetupInputs) =>
      write(
        inputs,
        documentsOf(inputs, options, EMPTY_VALUES),
        iacOptionsOf(options),
      );
    fields =
      Object.values(fieldsUsedBy((inputs) => [document(inputs)], options))[0] ??
      [];
    byOptions.set(key, fields);
  }
  return fields;
}

/** A tab's file for the form's latest result, with its status. */
export function writeCodeDocument(
  result: PageResult,
  options: PolicyOptions,
  values: FieldValues,
  write: CodeWriter,
): GeneratedDocument {
  const {inputs} = result;
  return withStatus(
    write(inputs, documentsOf(inputs, options, values), iacOptionsOf(options)),
    tabFields(write, options),
    inputs,
  );
}

/**
 * “Apply the policies with the AWS CLI”: the commands that create the two
 * policies of “Set up SageMaker” from the files its Download buttons save,
 * and put them on the agent's role, as managed or as inline policies; then
 * the commands that list what the role holds.
 *
 * As in cliScript.ts: every value is a single-quoted shell word (shell.ts),
 * every option is written `--option=value` (the CLI would read a value that
 * begins with `-`, as a role name may, as an option), and every call names
 * the Region: IAM is global, but the CLI picks the partition's IAM endpoint
 * (China's, GovCloud's) from --region, whatever the profile's default.
 */
import {hasAgentPolicy, policyNotices} from '../policy/options';
import type {PolicyId, PolicyOptions} from '../policy/types';
import {accountIdRule} from '../policy/validate/accountId';
import {agentRoleNameRule} from '../policy/validate/agentRoleName';
import {regionRule} from '../policy/validate/region';
import {POLICY_FILE_NAMES} from '../policyDisplay';
import {IAC_POLICY_NAMES} from './iac';
import type {SetupDocument, SetupInputs} from './inputs';
import {definePage} from './page';
import {shellQuote} from './shell';

/** One `aws iam` call, an option a line, each value quoted. */
function awsIam(
  command: string,
  options: readonly (readonly [string, string])[],
): string {
  return [
    `aws iam ${command}`,
    ...options.map(([name, value]) => `  --${name}=${shellQuote(value)}`),
  ].join(' \\\n');
}

/** The policies the agent's role holds with these options, in the first page's order. */
const policiesOf = (options: PolicyOptions): PolicyId[] =>
  hasAgentPolicy(options) ? ['agent', 'sagemaker'] : ['sagemaker'];

/** The policy's file as the first page downloads it. */
const policyDocument = (policy: PolicyId) =>
  `file://${POLICY_FILE_NAMES[policy]}`;

/** A customer managed policy's ARN (IAM User Guide, “IAM identifiers”). */
const policyArn = (inputs: SetupInputs, name: string) =>
  `arn:${inputs.partition}:iam::${inputs.account}:policy/${name}`;

function managedPolicies(inputs: SetupInputs, options: PolicyOptions): string {
  return policiesOf(options)
    .map((policy) => {
      const name = IAC_POLICY_NAMES[policy];
      return [
        awsIam('create-policy', [
          ['policy-name', name],
          ['policy-document', policyDocument(policy)],
          ['region', inputs.region],
        ]),
        awsIam('attach-role-policy', [
          ['role-name', inputs.agentRoleName],
          ['policy-arn', policyArn(inputs, name)],
          ['region', inputs.region],
        ]),
      ].join('\n');
    })
    .join('\n\n');
}

function inlinePolicies(inputs: SetupInputs, options: PolicyOptions): string {
  return policiesOf(options)
    .map((policy) =>
      awsIam('put-role-policy', [
        ['role-name', inputs.agentRoleName],
        ['policy-name', IAC_POLICY_NAMES[policy]],
        ['policy-document', policyDocument(policy)],
        ['region', inputs.region],
      ]),
    )
    .join('\n\n');
}

function checks(inputs: SetupInputs): string {
  const role = shellQuote(inputs.agentRoleName);
  const region = shellQuote(inputs.region);
  return ['list-attached-role-policies', 'list-role-policies']
    .map(
      (command) => `aws iam ${command} --role-name=${role} --region=${region}`,
    )
    .join('\n');
}

export const generateApplyPoliciesPage = definePage({
  fields: ['REGION', 'ACCOUNT-ID', 'AGENT-ROLE-NAME'],
  // Each field's own rule, so that the page loads no other field's.
  rules: {
    REGION: regionRule,
    'ACCOUNT-ID': accountIdRule,
    'AGENT-ROLE-NAME': agentRoleNameRule,
  },
  documents: (inputs, options): SetupDocument[] => {
    // With a prebuilt image there is no agent policy: the page says so.
    const notices = hasAgentPolicy(options)
      ? []
      : policyNotices('agent', options);
    return [
      {
        id: 'managed-policies',
        language: 'bash',
        filename: 'attach-managed-policies.sh',
        text: managedPolicies(inputs, options),
        notices,
      },
      {
        id: 'inline-policies',
        language: 'bash',
        filename: 'put-inline-policies.sh',
        text: inlinePolicies(inputs, options),
        notices,
      },
      {
        id: 'check-policies',
        language: 'bash',
        filename: 'check-agent-role-policies.sh',
        text: checks(inputs),
      },
    ];
  },
});

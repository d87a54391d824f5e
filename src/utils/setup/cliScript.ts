/**
 * The AWS CLI form of "Create everything with code": one Bash script that
 * creates, or brings up to date, the execution role, the agent's role, the
 * agent's instance profile on EC2 and, as an option, the ECR repository and
 * the S3 bucket. Pure TypeScript, no React: the page passes the inputs and
 * the documents it already shows, so this module loads no policy engine.
 *
 * Every value is written as a single-quoted shell word (shell.ts), and every
 * policy as a quoted heredoc (`<<'EOF'`: Bash expands nothing in it, Bash
 * manual, "Here Documents"), so nothing a user types is ever run. Each
 * option that takes a value is written `--option=value`: the CLI's argument
 * parser would read a value beginning with `-` (a role name may) as an option.
 *
 * IAM is global, yet each partition has its own IAM endpoint
 * (https://docs.aws.amazon.com/general/latest/gr/iam-service.html; China's:
 * https://docs.amazonaws.cn/en_us/general/latest/gr/cnnorth_region.html): the
 * CLI picks it from --region, so every call carries the typed Region rather
 * than the profile's default.
 */
import type {SetupDocument, SetupInputs} from './inputs';
import {IAC_POLICY_NAMES, roleNameAndPath} from './iac';
import type {IacDocuments, IacOptions} from './iac';
import {shellQuote} from './shell';

/** The script's download name, as its first comment tells the reader to run it. */
export const CLI_SCRIPT_FILENAME = 'create-wandb-launch-sagemaker.sh';

/** A heredoc terminator that no line of the text equals (JSON.stringify's lines never do). */
export function terminatorFor(text: string): string {
  const lines = new Set(text.split('\n'));
  let terminator = 'EOF';
  for (let n = 1; lines.has(terminator); n += 1) {
    terminator = `EOF${n}`;
  }
  return terminator;
}

/** Writes a document into the script's temporary directory, verbatim. */
function writeDocument(file: string, document: object): string {
  const text = JSON.stringify(document, null, 2);
  const terminator = terminatorFor(text);
  return `cat >"$workdir/${file}" <<'${terminator}'\n${text}\n${terminator}`;
}

/** A shell variable assignment, its value quoted. */
const assign = (name: string, value: string) => `${name}=${shellQuote(value)}`;

/**
 * The script's helpers. `found` runs one read: it succeeds when the thing
 * exists (its answer in $workdir/found), fails when AWS says it does not, and
 * stops the script on any other error (denied access, a bucket another
 * account owns), so a failed read never leads to a create.
 */
const HELPERS = String.raw`# Succeeds when the thing exists, fails when AWS answers that it does not,
# and stops on any other error.
found() {
  local missing="$1"
  shift
  if aws "$@" >"$workdir/found" 2>"$workdir/error"; then
    return 0
  fi
  if grep -qF -- "$missing" "$workdir/error"; then
    return 1
  fi
  cat "$workdir/error" >&2
  exit 1
}

# Creates the role, or replaces the trust policy of the one that exists.
ensure_role() {
  local name="$1" path="$2" trust="$3" existing_path
  if found NoSuchEntity iam get-role --role-name="$name" --region="$region" \
    --query Role.Path --output text; then
    existing_path="$(cat "$workdir/found")"
    if [[ "$existing_path" != "$path" ]]; then
      printf 'Role %s exists with path %s, not %s: its ARN is not the one the policies name.\n' \
        "$name" "$existing_path" "$path" >&2
      exit 1
    fi
    aws iam update-assume-role-policy --role-name="$name" \
      --policy-document="file://$trust" --region="$region"
    printf 'Role %s exists: trust policy updated.\n' "$name"
  else
    aws iam create-role --role-name="$name" --path="$path" \
      --assume-role-policy-document="file://$trust" --region="$region" >/dev/null
    printf 'Role %s created.\n' "$name"
  fi
}

# Creates or replaces one inline policy of a role.
put_policy() {
  aws iam put-role-policy --role-name="$1" --policy-name="$2" \
    --policy-document="file://$3" --region="$region"
  printf 'Inline policy %s of role %s written.\n' "$2" "$1"
}`;

/** Every value the script uses, by shell variable, in the order it assigns them. */
function variables(
  inputs: SetupInputs,
  options: IacOptions,
): [string, string][] {
  const execution = roleNameAndPath(inputs.executionRoleArn);
  return [
    ['region', inputs.region],
    ['account', inputs.account],
    ['execution_role_name', execution.name],
    ['execution_role_path', execution.path],
    ['agent_role_name', inputs.agentRoleName],
    ...(options.createResources
      ? ([
          ['repository', inputs.repository],
          ['bucket', inputs.bucket],
        ] as [string, string][])
      : []),
  ];
}

/** The AWS CLI script that creates the set-up, from the values typed and the page's documents. */
export function cliScript(
  inputs: SetupInputs,
  documents: IacDocuments,
  options: IacOptions = {createResources: false},
): string {
  const values = variables(inputs, options);
  const rights = [
    'IAM roles and their inline policies',
    ...(inputs.agentHost === 'ec2' ? ['instance profiles'] : []),
    ...(options.createResources ? ['ECR repositories', 'S3 buckets'] : []),
  ];
  const files = [
    ['execution-role-trust-policy.json', documents.executionTrust],
    ['execution-role-policy.json', documents.executionPermissions],
    ['agent-role-trust-policy.json', documents.agentTrust],
    ...(documents.agentPolicy === undefined
      ? []
      : [['agent-policy.json', documents.agentPolicy] as const]),
    ['sagemaker-policy.json', documents.sagemakerPolicy],
  ] as const;

  const agentPolicyStep =
    documents.agentPolicy === undefined
      ? [
          '# A prebuilt image: the agent needs no ECR or S3 access, so an agent',
          '# policy left from an earlier set-up goes.',
          `if found NoSuchEntity iam get-role-policy --role-name="$agent_role_name" \\`,
          `  --policy-name=${shellQuote(IAC_POLICY_NAMES.agent)} --region="$region"; then`,
          `  aws iam delete-role-policy --role-name="$agent_role_name" \\`,
          `    --policy-name=${shellQuote(IAC_POLICY_NAMES.agent)} --region="$region"`,
          `  printf 'Inline policy %s of role %s deleted.\\n' ${shellQuote(IAC_POLICY_NAMES.agent)} "$agent_role_name"`,
          'fi',
        ]
      : [
          `put_policy "$agent_role_name" ${shellQuote(IAC_POLICY_NAMES.agent)} "$workdir/agent-policy.json"`,
        ];

  const instanceProfileStep =
    inputs.agentHost === 'ec2'
      ? [
          '',
          "# The instance profile that gives EC2 instances the agent's role.",
          'if ! found NoSuchEntity iam get-instance-profile \\',
          '  --instance-profile-name="$agent_role_name" --region="$region" \\',
          "  --query 'InstanceProfile.Roles[].RoleName' --output text; then",
          '  aws iam create-instance-profile \\',
          '    --instance-profile-name="$agent_role_name" --region="$region" >/dev/null',
          '  printf \'Instance profile %s created.\\n\' "$agent_role_name"',
          '  : >"$workdir/found"',
          'fi',
          "# The text output lists the profile's roles separated by tabs.",
          'tr \'\\t\' \'\\n\' <"$workdir/found" >"$workdir/profile-roles"',
          'if ! grep -qxF -- "$agent_role_name" "$workdir/profile-roles"; then',
          '  aws iam add-role-to-instance-profile \\',
          '    --instance-profile-name="$agent_role_name" \\',
          '    --role-name="$agent_role_name" --region="$region"',
          '  printf \'Role %s added to its instance profile.\\n\' "$agent_role_name"',
          'fi',
        ]
      : [];

  // S3: CreateBucket needs no LocationConstraint in us-east-1 and one
  // elsewhere (S3 API reference, CreateBucketConfiguration:
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketConfiguration.html).
  // head-bucket answers 404 for a bucket that does not exist, 403 for one
  // another account owns: only the 404 leads to a create.
  const resourceSteps = options.createResources
    ? [
        '',
        '# The ECR repository the agent pushes images to and SageMaker pulls from.',
        'if found RepositoryNotFoundException ecr describe-repositories \\',
        '  --repository-names="$repository" --region="$region"; then',
        '  printf \'ECR repository %s exists.\\n\' "$repository"',
        'else',
        '  aws ecr create-repository --repository-name="$repository" \\',
        '    --region="$region" >/dev/null',
        '  printf \'ECR repository %s created.\\n\' "$repository"',
        'fi',
        '',
        "# The S3 bucket for build contexts and the jobs' output.",
        'if found \'(404)\' s3api head-bucket --bucket="$bucket" --region="$region"; then',
        '  printf \'S3 bucket %s exists.\\n\' "$bucket"',
        'else',
        '  if [[ "$region" == us-east-1 ]]; then',
        '    aws s3api create-bucket --bucket="$bucket" --region="$region" >/dev/null',
        '  else',
        '    aws s3api create-bucket --bucket="$bucket" --region="$region" \\',
        '      --create-bucket-configuration="LocationConstraint=$region" >/dev/null',
        '  fi',
        '  printf \'S3 bucket %s created.\\n\' "$bucket"',
        'fi',
      ]
    : [];

  return [
    '#!/usr/bin/env bash',
    `# Run: bash ${CLI_SCRIPT_FILENAME} (safe to run again: it updates what exists).`,
    `# Needs: AWS CLI v2; credentials for the account set below, allowed to create ${rights.join(', ')}.`,
    'set -euo pipefail',
    '',
    ...values.map(([name, value]) => assign(name, value)),
    '',
    'workdir="$(mktemp -d)"',
    `trap 'rm -rf -- "$workdir"' EXIT`,
    '',
    ...files.map(([file, document]) => writeDocument(file, document)),
    '',
    '# Refuse to run while a placeholder remains, in a value or a policy.',
    `printf '%s\\n' ${values.map(([name]) => `"$${name}"`).join(' ')} >"$workdir/values"`,
    'placeholders="$(cat "$workdir/values" "$workdir"/*.json |',
    "  { grep -oE '<[A-Z][A-Z0-9-]*>' || true; } | sort -u | paste -sd ' ' -)\"",
    'if [[ -n "$placeholders" ]]; then',
    '  printf \'Fill in these placeholders first (on the page, or in this script): %s\\n\' "$placeholders" >&2',
    '  exit 1',
    'fi',
    '',
    '# The policies name this account: create nothing in another.',
    'caller_account="$(aws sts get-caller-identity --region="$region" --query Account --output text)"',
    'if [[ "$caller_account" != "$account" ]]; then',
    '  printf \'These credentials are for account %s; the policies are for account %s.\\n\' "$caller_account" "$account" >&2',
    '  exit 1',
    'fi',
    '',
    HELPERS,
    '',
    '# Every call names the Region: IAM is global, but --region picks the',
    "# partition's IAM endpoint (China, GovCloud), whatever the profile's default.",
    '',
    '# The execution role SageMaker assumes for each training job.',
    'ensure_role "$execution_role_name" "$execution_role_path" "$workdir/execution-role-trust-policy.json"',
    `put_policy "$execution_role_name" ${shellQuote(IAC_POLICY_NAMES.execution)} "$workdir/execution-role-policy.json"`,
    '',
    `# The agent's role and its two policies from "Set up SageMaker".`,
    `ensure_role "$agent_role_name" ${shellQuote('/')} "$workdir/agent-role-trust-policy.json"`,
    ...agentPolicyStep,
    `put_policy "$agent_role_name" ${shellQuote(IAC_POLICY_NAMES.sagemaker)} "$workdir/sagemaker-policy.json"`,
    ...instanceProfileStep,
    ...resourceSteps,
    '',
    "echo 'Done.'",
  ].join('\n');
}

/** The script as a set-up document, for the page that shows it. */
export function cliScriptDocument(
  inputs: SetupInputs,
  documents: IacDocuments,
  options: IacOptions,
): SetupDocument {
  return {
    id: 'cli-script',
    language: 'bash',
    filename: CLI_SCRIPT_FILENAME,
    text: cliScript(inputs, documents, options),
  };
}

export {IAC_POLICY_NAMES, roleNameAndPath};
export type {IacDocuments, IacOptions};

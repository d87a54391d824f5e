// The pages the bench measures: every page with a form, in the sidebar's
// order, and a plain doc page of the same site to compare them with. One row
// per page: what to type, where the typed values must then stand, and a
// string only that page's generator code holds (bytes.mjs checks that no other
// page loads it). Pure data: the measurements read it.

/** A doc page with no form and no live output. */
export const PLAIN_PATH = '/troubleshooting';

const ACCOUNT = '123456789012';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/SageMakerRole`;

/**
 * Each page's row.
 * - `typed`: `[field, value]` in the order typed; the placeholder in each
 *   field's label (`<REGION>`) finds the field. Each field feeds every output
 *   of its page (with `choose`), so that key presses re-render all of them.
 * - `choose`: labels of the choices to pick before typing, if the default
 *   ones leave the outputs without the typed fields.
 * - `outputs`: how many live outputs (code blocks with a status bar) it
 *   shows when it opens: those of a tab not chosen are not counted.
 * - `expected(values)`: for each output, in page order, strings that must
 *   each be one of its values (or keys), whole, once every field holds its
 *   typed value (the other fields keep their placeholders). The root page has its own, stricter check (filled-values.mjs).
 * - `marker`: a string of the page's own generator, in no other page's JS.
 * @type {readonly {
 *   path: string,
 *   title: string,
 *   outputs: number,
 *   choose?: readonly string[],
 *   typed: readonly (readonly [string, string])[],
 *   expected?: (values: Record<string, string>) => string[][],
 *   marker: string,
 * }[]}
 */
export const FORM_PAGES = [
  {
    path: '/',
    title: 'SageMaker page',
    outputs: 2,
    // Every statement is on by default, so every field feeds one policy or
    // both: the figures the README has given since the first bench.
    typed: [
      ['REGION', 'us-west-2'],
      ['ACCOUNT-ID', ACCOUNT],
      ['YOUR-REPO-NAME', 'wandb-launch/agent-images'],
      ['BUCKET-NAME', 'my-launch-build-context'],
      ['ARN-OF-ROLE-TO-PASS', ROLE_ARN],
      [
        'ARN-OF-KMS-KEY',
        `arn:aws:kms:us-west-2:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      ],
    ],
    // The policy engine's statement ID (src/utils/policy/statements.ts).
    marker: 'ListObjectsInBucket',
  },
  {
    path: '/execution-role',
    title: 'Execution role',
    outputs: 2,
    // The Region and the account stand in both the trust policy and the
    // permissions policy.
    typed: [
      ['REGION', 'us-west-2'],
      ['ACCOUNT-ID', ACCOUNT],
    ],
    expected: ({REGION, 'ACCOUNT-ID': account}) => [
      [account, `arn:aws:sagemaker:${REGION}:${account}:training-job/*`],
      [`arn:aws:ecr:${REGION}:${account}:repository/<YOUR-REPO-NAME>`],
    ],
    // The execution role's permission statement ID (src/utils/setup/executionRole.ts).
    marker: 'EcrPullTrainingImage',
  },
  {
    path: '/agent-role',
    title: "Agent's role",
    outputs: 1,
    // The default host, EC2, makes a trust policy that holds no field at all
    // (the form then shows none): EKS Pod Identity's holds the cluster's ARN.
    choose: ['Amazon EKS, with EKS Pod Identity'],
    typed: [
      ['REGION', 'us-west-2'],
      ['ACCOUNT-ID', ACCOUNT],
      ['EKS-CLUSTER-NAME', 'ml-cluster'],
    ],
    expected: (values) => [
      [
        `arn:aws:eks:${values.REGION}:${values['ACCOUNT-ID']}:cluster/${values['EKS-CLUSTER-NAME']}`,
      ],
    ],
    // IRSA's action, only in the agent role's trust statements (agentRole.ts).
    marker: 'sts:AssumeRoleWithWebIdentity',
  },
  {
    path: '/apply-policies',
    title: 'Apply with the AWS CLI',
    outputs: 3,
    // The Region and the role's name stand in every command (the account
    // only in the managed policies' ARNs): both feed all three outputs.
    typed: [
      ['REGION', 'us-west-2'],
      ['AGENT-ROLE-NAME', 'WandbLaunchAgent'],
    ],
    expected: ({REGION, 'AGENT-ROLE-NAME': role}) => [
      [`--role-name=${role}`, `--region=${REGION}`],
      [`--role-name=${role}`, `--region=${REGION}`],
      [`--role-name=${role}`, `--region=${REGION}`],
    ],
    // The check's command, only in this page's commands (applyPoliciesPage.ts).
    marker: 'list-attached-role-policies',
  },
  {
    path: '/create-with-code',
    title: 'Code',
    // The AWS CLI script, the tab the page opens on; the CloudFormation and
    // Terraform tabs are not counted.
    outputs: 1,
    typed: [
      ['REGION', 'us-west-2'],
      ['ACCOUNT-ID', ACCOUNT],
      ['AGENT-ROLE-NAME', 'WandbLaunchAgent'],
    ],
    expected: ({REGION, 'ACCOUNT-ID': account, 'AGENT-ROLE-NAME': role}) => [
      [`region=${REGION}`, `account=${account}`, `agent_role_name=${role}`],
    ],
    // The script's shell function, only in the AWS CLI script (cliScript.ts).
    marker: 'ensure_role',
  },
  {
    path: '/queue',
    title: 'Queue',
    outputs: 1,
    typed: [
      ['ARN-OF-ROLE-TO-PASS', ROLE_ARN],
      ['BUCKET-NAME', 'my-launch-output'],
      ['OUTPUT-PREFIX', 'wandb-launch/outputs'],
    ],
    expected: (values) => [
      [
        values['ARN-OF-ROLE-TO-PASS'],
        `s3://${values['BUCKET-NAME']}/${values['OUTPUT-PREFIX']}`,
      ],
    ],
    // ResourceConfig's key, only in the queue's configuration (queueConfig.ts).
    marker: 'VolumeSizeInGB',
  },
  {
    path: '/agent',
    title: 'Agent',
    outputs: 1,
    typed: [
      ['QUEUE-NAME', 'sagemaker-queue'],
      ['ENTITY', 'my-team'],
      ['YOUR-REPO-NAME', 'wandb-launch/agent-images'],
    ],
    expected: (values) => [
      [
        values['QUEUE-NAME'],
        values.ENTITY,
        `<ACCOUNT-ID>.dkr.ecr.<REGION>.amazonaws.com/${values['YOUR-REPO-NAME']}`,
      ],
    ],
    // Where Kaniko's build contexts go in the bucket (launchConfig.ts); not
    // the key build-context-store, which the troubleshooting page names.
    marker: 'wandb-launch-build-contexts',
  },
];

/** A path as a file name's part: `root` for `/`. */
export const pathLabel = (path) =>
  path === '/' ? 'root' : path.slice(1).replaceAll('/', '-');

/**
 * The form pages `--pages` names (comma-separated paths), all when empty.
 * @param {string | undefined} list
 */
export function selectPages(list) {
  if (!list) {
    return FORM_PAGES;
  }
  const paths = list.split(',').map((path) => path.trim());
  const unknown = paths.filter(
    (path) => !FORM_PAGES.some((page) => page.path === path),
  );
  if (unknown.length > 0) {
    throw new Error(
      `--pages: no form page ${unknown.join(', ')}; the form pages are ${FORM_PAGES.map((page) => page.path).join(', ')}`,
    );
  }
  return FORM_PAGES.filter((page) => paths.includes(page.path));
}

/**
 * “Apply the policies with the AWS CLI”: the commands as the page shows them,
 * checked by Bash itself (the words each command passes to `aws`) and by
 * ShellCheck when it is installed.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../policy/fields';
import {BUILDERS, DEFAULT_OPTIONS} from '../policy/options';
import type {FieldValues, PolicyOptions} from '../policy/types';
import {POLICY_FILE_NAMES} from '../policyDisplay';
import {generateApplyPoliciesPage} from './applyPoliciesPage';
import {IAC_POLICY_NAMES} from './iac';

const ACCOUNT = '123456789012';
const ROLE = 'WandbLaunchAgent';

const valuesIn = (region: string, role = ROLE): FieldValues => ({
  ...EMPTY_VALUES,
  REGION: region,
  'ACCOUNT-ID': ACCOUNT,
  'AGENT-ROLE-NAME': role,
});

/** Each document's text by ID. */
function texts(
  values: FieldValues,
  options: PolicyOptions = DEFAULT_OPTIONS,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(generateApplyPoliciesPage(values, options).documents).map(
      ([id, document]) => [id, document.text],
    ),
  );
}

describe('the commands, as written', () => {
  // The whole text in each partition's best-known Region, reviewed by hand.
  it('fills in us-east-1 (aws)', () => {
    expect(texts(valuesIn('us-east-1'))).toEqual({
      'managed-policies': String.raw`aws iam create-policy \
  --policy-name='WandbLaunchAgentPolicy' \
  --policy-document='file://wandb-launch-agent-policy.json' \
  --region='us-east-1'
aws iam attach-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-arn='arn:aws:iam::123456789012:policy/WandbLaunchAgentPolicy' \
  --region='us-east-1'

aws iam create-policy \
  --policy-name='WandbLaunchSageMakerPolicy' \
  --policy-document='file://wandb-launch-sagemaker-policy.json' \
  --region='us-east-1'
aws iam attach-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-arn='arn:aws:iam::123456789012:policy/WandbLaunchSageMakerPolicy' \
  --region='us-east-1'`,
      'inline-policies': String.raw`aws iam put-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-name='WandbLaunchAgentPolicy' \
  --policy-document='file://wandb-launch-agent-policy.json' \
  --region='us-east-1'

aws iam put-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-name='WandbLaunchSageMakerPolicy' \
  --policy-document='file://wandb-launch-sagemaker-policy.json' \
  --region='us-east-1'`,
      'check-policies': String.raw`aws iam list-attached-role-policies --role-name='WandbLaunchAgent' --region='us-east-1'
aws iam list-role-policies --role-name='WandbLaunchAgent' --region='us-east-1'`,
    });
  });

  it('fills in cn-north-1 (aws-cn)', () => {
    expect(texts(valuesIn('cn-north-1'))).toEqual({
      'managed-policies': String.raw`aws iam create-policy \
  --policy-name='WandbLaunchAgentPolicy' \
  --policy-document='file://wandb-launch-agent-policy.json' \
  --region='cn-north-1'
aws iam attach-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-arn='arn:aws-cn:iam::123456789012:policy/WandbLaunchAgentPolicy' \
  --region='cn-north-1'

aws iam create-policy \
  --policy-name='WandbLaunchSageMakerPolicy' \
  --policy-document='file://wandb-launch-sagemaker-policy.json' \
  --region='cn-north-1'
aws iam attach-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-arn='arn:aws-cn:iam::123456789012:policy/WandbLaunchSageMakerPolicy' \
  --region='cn-north-1'`,
      'inline-policies': String.raw`aws iam put-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-name='WandbLaunchAgentPolicy' \
  --policy-document='file://wandb-launch-agent-policy.json' \
  --region='cn-north-1'

aws iam put-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-name='WandbLaunchSageMakerPolicy' \
  --policy-document='file://wandb-launch-sagemaker-policy.json' \
  --region='cn-north-1'`,
      'check-policies': String.raw`aws iam list-attached-role-policies --role-name='WandbLaunchAgent' --region='cn-north-1'
aws iam list-role-policies --role-name='WandbLaunchAgent' --region='cn-north-1'`,
    });
  });

  it('fills in us-gov-west-1 (aws-us-gov)', () => {
    expect(texts(valuesIn('us-gov-west-1'))).toEqual({
      'managed-policies': String.raw`aws iam create-policy \
  --policy-name='WandbLaunchAgentPolicy' \
  --policy-document='file://wandb-launch-agent-policy.json' \
  --region='us-gov-west-1'
aws iam attach-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-arn='arn:aws-us-gov:iam::123456789012:policy/WandbLaunchAgentPolicy' \
  --region='us-gov-west-1'

aws iam create-policy \
  --policy-name='WandbLaunchSageMakerPolicy' \
  --policy-document='file://wandb-launch-sagemaker-policy.json' \
  --region='us-gov-west-1'
aws iam attach-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-arn='arn:aws-us-gov:iam::123456789012:policy/WandbLaunchSageMakerPolicy' \
  --region='us-gov-west-1'`,
      'inline-policies': String.raw`aws iam put-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-name='WandbLaunchAgentPolicy' \
  --policy-document='file://wandb-launch-agent-policy.json' \
  --region='us-gov-west-1'

aws iam put-role-policy \
  --role-name='WandbLaunchAgent' \
  --policy-name='WandbLaunchSageMakerPolicy' \
  --policy-document='file://wandb-launch-sagemaker-policy.json' \
  --region='us-gov-west-1'`,
      'check-policies': String.raw`aws iam list-attached-role-policies --role-name='WandbLaunchAgent' --region='us-gov-west-1'
aws iam list-role-policies --role-name='WandbLaunchAgent' --region='us-gov-west-1'`,
    });
  });

  it('keeps every placeholder while the form is empty, each quoted', () => {
    const result = generateApplyPoliciesPage(EMPTY_VALUES, DEFAULT_OPTIONS);
    expect(result.fields).toEqual(['REGION', 'ACCOUNT-ID', 'AGENT-ROLE-NAME']);
    expect(result.documents['managed-policies']?.text).toContain(
      String.raw`  --role-name='<AGENT-ROLE-NAME>' \
  --policy-arn='arn:aws:iam::<ACCOUNT-ID>:policy/WandbLaunchAgentPolicy' \
  --region='<REGION>'`,
    );
    expect(result.documents['check-policies']?.placeholders).toEqual([
      'REGION',
      'AGENT-ROLE-NAME',
    ]);
  });
});

describe('with a prebuilt image', () => {
  it('applies the SageMaker policy only, and says there is no agent policy', () => {
    const result = generateApplyPoliciesPage(valuesIn('us-east-1'), {
      ...DEFAULT_OPTIONS,
      builder: 'noop',
    });
    for (const id of ['managed-policies', 'inline-policies']) {
      const document = result.documents[id];
      expect(document?.text).toContain(IAC_POLICY_NAMES.sagemaker);
      expect(document?.text).not.toContain(IAC_POLICY_NAMES.agent);
      expect(document?.text).not.toContain(POLICY_FILE_NAMES.agent);
      expect(document?.notices).toEqual([
        expect.stringContaining('there is no agent policy to attach'),
      ]);
    }
  });
});

const work = mkdtempSync(join(tmpdir(), 'apply-policies-test-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/**
 * The words each `aws` command passes, as Bash reads the text: a shell
 * function stands in for the CLI and prints its arguments.
 */
function awsArguments(text: string): string[][] {
  const file = join(work, `commands-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(
    file,
    `aws() { printf '%s\\0' "$@"; printf '\\n'; }\nset -eu\n${text}\n`,
  );
  const run = spawnSync('bash', [file], {encoding: 'utf8'});
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\0').slice(0, -1));
}

describe('the commands, as Bash reads them', () => {
  it('pass the first page’s file names and the code page’s policy names', () => {
    const {documents} = generateApplyPoliciesPage(
      valuesIn('us-east-1'),
      DEFAULT_OPTIONS,
    );
    expect(awsArguments(documents['inline-policies']?.text ?? '')).toEqual(
      (['agent', 'sagemaker'] as const).map((policy) => [
        'iam',
        'put-role-policy',
        `--role-name=${ROLE}`,
        `--policy-name=${IAC_POLICY_NAMES[policy]}`,
        `--policy-document=file://${POLICY_FILE_NAMES[policy]}`,
        '--region=us-east-1',
      ]),
    );
  });

  it('keep a valid name that looks like an option or a shell word one value', () => {
    // Valid IAM role names ([\w+=,.@-]): each must reach the CLI whole, as
    // the value of --role-name, and nothing else.
    for (const role of ['--endpoint-url=x', '-h', 'a=b,c@d+e.f_g-h']) {
      const result = generateApplyPoliciesPage(
        valuesIn('eu-west-1', role),
        DEFAULT_OPTIONS,
      );
      expect(result.issues).toEqual([]);
      const words = Object.values(result.documents)
        .flatMap((document) => awsArguments(document.text))
        .flat();
      // Attached and put twice each, listed twice.
      expect(words.filter((word) => word.includes(role))).toEqual(
        Array<string>(6).fill(`--role-name=${role}`),
      );
    }
  });

  it('keep an invalid value out: its field keeps its placeholder', () => {
    const result = generateApplyPoliciesPage(
      {
        ...valuesIn('us-east-1', "x'; rm -rf ~ #"),
        'ACCOUNT-ID': '12345',
      },
      DEFAULT_OPTIONS,
    );
    expect(result.issues.map(({field, code}) => [field, code])).toEqual([
      ['ACCOUNT-ID', expect.stringMatching(/^account-id-/)],
      ['AGENT-ROLE-NAME', 'invalid-characters'],
    ]);
    const managed = result.documents['managed-policies']?.text ?? '';
    expect(managed).not.toContain('rm -rf');
    expect(awsArguments(managed)[1]).toEqual([
      'iam',
      'attach-role-policy',
      '--role-name=<AGENT-ROLE-NAME>',
      '--policy-arn=arn:aws:iam::<ACCOUNT-ID>:policy/WandbLaunchAgentPolicy',
      '--region=us-east-1',
    ]);
  });
});

const HAS_SHELLCHECK = spawnSync('shellcheck', ['--version']).status === 0;
if (!HAS_SHELLCHECK) {
  console.warn(
    'shellcheck is not installed (apt-get install shellcheck): the ShellCheck test is skipped.',
  );
}

describe('the commands, by ShellCheck', () => {
  it.skipIf(!HAS_SHELLCHECK)(
    'reports nothing in every partition, for every builder, filled or not',
    () => {
      const files = ['us-east-1', 'cn-north-1', 'us-gov-west-1', '']
        .flatMap((region) =>
          BUILDERS.flatMap((builder) =>
            Object.values(
              generateApplyPoliciesPage(valuesIn(region), {
                ...DEFAULT_OPTIONS,
                builder,
              }).documents,
            ),
          ),
        )
        .map((document, index) => {
          const file = join(work, `${index}-${document.filename}`);
          writeFileSync(file, `${document.text}\n`);
          return file;
        });
      expect(files).toHaveLength(36);
      // Every check, the optional ones too; the files have no #! line.
      const run = spawnSync(
        'shellcheck',
        ['-s', 'bash', '-o', 'all', '-f', 'gcc', ...files],
        {encoding: 'utf8'},
      );
      expect(run.stdout + run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    60_000,
  );
});

/**
 * The reader's choices: one table that the form, the generator's defaults,
 * storage and the share link read. A choice picks one of several values; a
 * switch is on or off.
 */
import type {AgentHost, Builder, PolicyOptions} from './types';

export type OptionKey = keyof PolicyOptions;

export interface ChoiceValue<Value extends string> {
  readonly value: Value;
  readonly label: string;
  /** One sentence: when to pick it; text in `backticks` is code. */
  readonly reason: string;
}

interface OptionBase<Key extends OptionKey> {
  readonly key: Key;
  /** The share link's key for it, e.g. `builder`. */
  readonly param: string;
  readonly label: string;
  readonly default: PolicyOptions[Key];
}

/** The options that pick one of several values. */
type ChoiceKey = 'builder' | 'agentHost';

export interface ChoiceSpec<
  Key extends ChoiceKey = ChoiceKey,
> extends OptionBase<Key> {
  readonly kind: 'choice';
  readonly choices: readonly ChoiceValue<PolicyOptions[Key]>[];
}

export interface SwitchSpec extends OptionBase<Exclude<OptionKey, ChoiceKey>> {
  readonly kind: 'switch';
  /** A switch that, when on, turns this one on too (and the form locks it). */
  readonly impliedBy?: Exclude<OptionKey, ChoiceKey>;
  /** One or two sentences; text in `backticks` is code. */
  readonly description: string;
}

export type OptionSpec = ChoiceSpec | SwitchSpec;

export const BUILDER_OPTION = {
  kind: 'choice',
  key: 'builder',
  param: 'builder',
  label: 'Where the training image comes from',
  default: 'kaniko',
  choices: [
    {
      value: 'kaniko',
      label: 'Kaniko builder',
      reason:
        'Kaniko builds from a context in S3 and pushes to ECR; W&B: use Kaniko in a Kubernetes cluster.',
    },
    {
      value: 'docker',
      label: 'Docker builder on the agent’s host',
      reason:
        'The agent builds where it runs and pushes to ECR, without S3; W&B: use Docker in all other cases.',
    },
    {
      value: 'noop',
      label: 'A prebuilt image named in the queue',
      reason:
        'The queue sets `AlgorithmSpecification.TrainingImage` (builder `noop`): the agent pushes nothing and needs no ECR or S3.',
    },
  ],
} as const satisfies ChoiceSpec<'builder'>;

export const SWITCH_OPTIONS = [
  {
    kind: 'switch',
    key: 'leastPrivilege',
    param: 'least-privilege',
    label: 'Least privilege',
    description:
      'Only what the agent calls: no unused ECR actions, no `s3:*Object`, the role passed to SageMaker only.',
    default: false,
  },
  {
    kind: 'switch',
    key: 'includeKmsGrant',
    param: 'kms-grant',
    label: 'kms:CreateGrant for an encrypted training volume',
    description:
      'Needed only if your queue’s ResourceConfig sets a `VolumeKmsKeyId` and the role has no other policy that allows it (the note on Set up SageMaker). It also puts the key in the queue’s configuration.',
    default: true,
  },
  {
    kind: 'switch',
    key: 'restrictPassRole',
    param: 'pass-role-to-sagemaker-only',
    label: 'Only pass the role to SageMaker',
    description:
      'Adds a condition so `iam:PassRole` works only for `sagemaker.amazonaws.com`, as AWS’s managed policies do. On with least privilege.',
    default: false,
    impliedBy: 'leastPrivilege',
  },
] as const satisfies readonly SwitchSpec[];

export const AGENT_HOST_OPTION = {
  kind: 'choice',
  key: 'agentHost',
  param: 'agent-runs-on',
  label: 'Where the agent runs',
  default: 'ec2',
  choices: [
    {
      value: 'ec2',
      label: 'An EC2 instance',
      reason:
        'The role is the instance’s instance profile; boto3 finds its credentials on the instance.',
    },
    {
      value: 'eks-pod-identity',
      label: 'Amazon EKS, with EKS Pod Identity',
      reason:
        'A pod identity association gives the agent’s service account the role; no OIDC provider needed.',
    },
    {
      value: 'eks-irsa',
      label: 'Amazon EKS, with IAM roles for service accounts',
      reason:
        'The cluster’s OIDC provider vouches for the agent’s service account (W&B’s Helm chart: `serviceAccount.annotations`).',
    },
    {
      value: 'assume-role',
      label: 'A workstation or CI runner',
      reason:
        'Your own IAM user or role assumes the agent’s role, e.g. with `role_arn` and `source_profile` in `~/.aws/config`.',
    },
  ],
} as const satisfies ChoiceSpec<'agentHost'>;

/** For the code that creates everything: the repository and the bucket too, or not. */
export const CREATE_RESOURCES_OPTION = {
  kind: 'switch',
  key: 'createResources',
  param: 'create-resources',
  label: 'Also create the ECR repository and the S3 bucket',
  description:
    'Off when they exist already: the code then creates only the roles, their policies and the instance profile.',
  default: false,
} as const satisfies SwitchSpec;

/** The options that change the two policies of “Set up SageMaker”. */
export const POLICY_OPTIONS: readonly OptionSpec[] = [
  BUILDER_OPTION,
  ...SWITCH_OPTIONS,
];

/** Every option of the set-up, in the order the pages introduce them. */
export const OPTIONS: readonly OptionSpec[] = [
  ...POLICY_OPTIONS,
  AGENT_HOST_OPTION,
  CREATE_RESOURCES_OPTION,
];

export const OPTION_KEYS: readonly OptionKey[] = OPTIONS.map(
  (option) => option.key,
);

export const BUILDERS: readonly Builder[] = BUILDER_OPTION.choices.map(
  (choice) => choice.value,
);

export const AGENT_HOSTS: readonly AgentHost[] = AGENT_HOST_OPTION.choices.map(
  (choice) => choice.value,
);

export const DEFAULT_OPTIONS: PolicyOptions = Object.freeze({
  builder: BUILDER_OPTION.default,
  agentHost: AGENT_HOST_OPTION.default,
  ...(Object.fromEntries(
    SWITCH_OPTIONS.map((option) => [option.key, option.default]),
  ) as Record<(typeof SWITCH_OPTIONS)[number]['key'], boolean>),
  createResources: CREATE_RESOURCES_OPTION.default,
});

/**
 * Every combination of the given options (by default those of the two
 * policies), the others at their defaults, for tests that must cover them all.
 */
export function allOptionCombinations(
  options: readonly OptionSpec[] = POLICY_OPTIONS,
): PolicyOptions[] {
  return options.reduce<PolicyOptions[]>(
    (combinations, option) =>
      combinations.flatMap((partial) =>
        (option.kind === 'choice'
          ? option.choices.map((choice) => choice.value)
          : [false, true]
        ).map((value) => ({...partial, [option.key]: value})),
      ),
    [DEFAULT_OPTIONS],
  );
}

/** `iam:PassRole` limited to SageMaker: asked for, or implied by least privilege. */
export function passesRoleToSageMakerOnly(options: PolicyOptions): boolean {
  return options.restrictPassRole || options.leastPrivilege;
}

/**
 * Whether the agent has a policy of its own: not with a prebuilt image, where
 * it needs no ECR or S3 access (generatePolicies then leaves the agent policy
 * out; options.test.ts checks that the two agree). For the pages that name
 * the policies without generating them.
 */
export function hasAgentPolicy(
  options: Pick<PolicyOptions, 'builder'>,
): boolean {
  return options.builder !== 'noop';
}

/** An option's value as the share link writes it. */
export function formatOptionValue(value: PolicyOptions[OptionKey]): string {
  return typeof value === 'boolean' ? (value ? 'on' : 'off') : value;
}

/** An option's value from a share link or a stored record; undefined if unknown. */
export function parseOptionValue(
  option: OptionSpec,
  value: unknown,
): PolicyOptions[OptionKey] | undefined {
  if (option.kind === 'choice') {
    return option.choices.find((choice) => choice.value === value)?.value;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  return value === 'on' ? true : value === 'off' ? false : undefined;
}

/** What a policy says it lacks, or why it is absent, with these options. */
export function policyNotices(
  policy: 'agent' | 'sagemaker',
  options: PolicyOptions,
): string[] {
  const kmsSwitch = SWITCH_OPTIONS.find(
    (option) => option.key === 'includeKmsGrant',
  );
  if (policy === 'sagemaker') {
    return options.includeKmsGrant || kmsSwitch === undefined
      ? []
      : [
          `The kms:CreateGrant statement is left out. Turn on “${kmsSwitch.label}” above to add it.`,
        ];
  }
  switch (options.builder) {
    case 'noop':
      return [
        'With a prebuilt image the agent needs no ECR or S3 access: there is no agent policy to attach. SageMaker pulls the image with the execution role.',
      ];
    case 'docker':
      return [
        'The S3 statements are left out: the Docker builder needs no bucket.',
      ];
    case 'kaniko':
      return [];
  }
}

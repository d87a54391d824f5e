/**
 * The statements a reader can leave out or harden: one table that the form,
 * the generator's defaults, storage and the share link read.
 */
import type {PolicyId, PolicyOptions} from './types';

export type OptionKey = keyof PolicyOptions;

export interface OptionSpec {
  readonly key: OptionKey;
  readonly label: string;
  /** One or two sentences; text in `backticks` is code. */
  readonly description: string;
  readonly default: boolean;
  /** What the policy lacks while the switch is off, if it leaves statements out. */
  readonly leftOut?: {
    readonly policy: PolicyId;
    /** The subject of "… left out. Turn on … to add them.", e.g. "The two S3 statements …". */
    readonly what: string;
    readonly plural: boolean;
  };
}

export const OPTIONS = [
  {
    key: 'includeKanikoS3',
    label: 'S3 access for the Kaniko builder',
    description:
      'Adds the two S3 statements for `<BUCKET-NAME>` to the agent policy. Turn off if you do not build images with Kaniko.',
    default: true,
    leftOut: {
      policy: 'agent',
      what: 'The two S3 statements for the Kaniko builder',
      plural: true,
    },
  },
  {
    key: 'includeKmsGrant',
    label: 'kms:CreateGrant for an encrypted training volume',
    description:
      'Needed only if your queue’s ResourceConfig sets a `VolumeKmsKeyId` and the role has no other policy that allows it (see the note below).',
    default: true,
    leftOut: {
      policy: 'sagemaker',
      what: 'The kms:CreateGrant statement',
      plural: false,
    },
  },
  {
    key: 'restrictPassRole',
    label: 'Only pass the role to SageMaker',
    description:
      'Hardening: adds a condition so `iam:PassRole` works only when the role goes to `sagemaker.amazonaws.com`, as AWS’s managed SageMaker policies do.',
    default: false,
  },
] as const satisfies readonly OptionSpec[];

export const OPTION_KEYS: readonly OptionKey[] = OPTIONS.map(
  (option) => option.key,
);

export const DEFAULT_OPTIONS: PolicyOptions = Object.freeze(
  Object.fromEntries(
    OPTIONS.map((option) => [option.key, option.default]),
  ) as Record<OptionKey, boolean>,
);

/** What a policy says it lacks while these options leave statements out. */
export function leftOutNotices(
  policy: PolicyId,
  options: PolicyOptions,
): string[] {
  return (OPTIONS as readonly OptionSpec[]).flatMap(({key, label, leftOut}) =>
    leftOut !== undefined && leftOut.policy === policy && !options[key]
      ? [
          `${leftOut.what} ${leftOut.plural ? 'are' : 'is'} left out. Turn on “${label}” above to add ${leftOut.plural ? 'them' : 'it'}.`,
        ]
      : [],
  );
}

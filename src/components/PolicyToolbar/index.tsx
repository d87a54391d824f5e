import React, {memo} from 'react';
import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {GeneratedPolicy, GenerationResult} from '@site/src/utils/policy';
import type {PolicyId} from '@site/src/utils/policy';
import {ClassNames} from '@site/src/utils/classNames';
import {POLICY_FILE_NAMES, formatSize} from '@site/src/utils/policyDisplay';
import {
  listPlaceholders,
  pendingPlaceholders,
  warnedFields,
} from '@site/src/utils/formSummary';
import DownloadButton from '@site/src/components/DownloadButton';
import styles from './styles.module.css';

interface Props {
  readonly policy: PolicyId;
  readonly text: string;
  readonly size: number;
  readonly sizeLimit: number;
  /** The placeholders still in the policy, e.g. `<REGION>, <ACCOUNT-ID>`. */
  readonly pending: string;
  /** The filled placeholders whose value has a warning. */
  readonly warned: string;
}

/** Plain values only, so that the memoized toolbar skips unchanged renders. */
export function toolbarProps(
  result: GenerationResult,
  generated: GeneratedPolicy,
): Props {
  const {unfilled, invalid} = pendingPlaceholders(result, [generated]);
  return {
    policy: generated.id,
    text: generated.text,
    size: generated.size,
    sizeLimit: generated.sizeLimit,
    pending: listPlaceholders([...unfilled, ...invalid]),
    warned: listPlaceholders(warnedFields(result, [generated])),
  };
}

/** A policy's status, size and download button. */
export default memo(function PolicyToolbar({
  policy,
  text,
  size,
  sizeLimit,
  pending,
  warned,
}: Props): ReactNode {
  return (
    // Hidden without JavaScript (docusaurus.config.ts), like the form.
    <div className={clsx(ClassNames.liveOutputToolbar, styles.toolbar)}>
      <p className={styles.status}>
        {pending !== ''
          ? `Highlighted lines still hold ${pending}.`
          : warned === ''
            ? 'Ready to paste into IAM.'
            : `Read the warning at ${warned} before you paste this policy into IAM.`}
        <span className={styles.size}>
          {` ${formatSize(size, sizeLimit)} (IAM’s managed policy limit; white space not counted).`}
        </span>
      </p>
      <DownloadButton fileName={POLICY_FILE_NAMES[policy]} text={text} />
    </div>
  );
});

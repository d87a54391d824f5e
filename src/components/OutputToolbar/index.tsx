import React, {memo} from 'react';
import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {GeneratedPolicy, GenerationResult} from '@site/src/utils/policy';
import {ClassNames} from '@site/src/utils/classNames';
import {POLICY_FILE_NAMES, formatSize} from '@site/src/utils/policyDisplay';
import {
  listPlaceholders,
  pendingPlaceholders,
  warnedFields,
} from '@site/src/utils/formSummary';
import type {Output, OutputsResult} from '@site/src/utils/formSummary';
import DownloadButton from '@site/src/components/DownloadButton';
import styles from './styles.module.css';

interface Props {
  readonly fileName: string;
  readonly text: string;
  /** The placeholders still in the output, e.g. `<REGION>, <ACCOUNT-ID>`. */
  readonly pending: string;
  /** The filled placeholders whose value has a warning. */
  readonly warned: string;
  /** Said when nothing is pending, e.g. “Ready to paste into IAM.” */
  readonly ready: string;
  /** Where the output goes, for the warning: “this policy into IAM”. */
  readonly destination: string;
  /** A second part of the status, such as the policy's size. */
  readonly detail?: string | undefined;
}

/** Plain values only, so that the memoized toolbar skips unchanged renders. */
export function outputToolbarProps(
  result: Pick<OutputsResult, 'issues'>,
  output: Output & {readonly text: string},
  fileName: string,
): Pick<Props, 'fileName' | 'text' | 'pending' | 'warned'> {
  const outputs = {...result, outputs: [output], ready: ''};
  const {unfilled, invalid} = pendingPlaceholders(outputs, [output]);
  return {
    fileName,
    text: output.text,
    pending: listPlaceholders([...unfilled, ...invalid]),
    warned: listPlaceholders(warnedFields(outputs, [output])),
  };
}

/** A policy's toolbar: its status, its size against IAM's limit, its download. */
export function toolbarProps(
  result: GenerationResult,
  generated: GeneratedPolicy,
): Props {
  return {
    ...outputToolbarProps(result, generated, POLICY_FILE_NAMES[generated.id]),
    ready: 'Ready to paste into IAM.',
    destination: 'this policy into IAM',
    detail: `${formatSize(generated.size, generated.sizeLimit)} (IAM’s managed policy limit; white space not counted).`,
  };
}

/** An output's status, and its download button. */
export default memo(function OutputToolbar({
  fileName,
  text,
  pending,
  warned,
  ready,
  destination,
  detail,
}: Props): ReactNode {
  return (
    // Hidden without JavaScript (docusaurus.config.ts), like the form.
    <div className={clsx(ClassNames.liveOutputToolbar, styles.toolbar)}>
      <p className={styles.status}>
        {pending !== ''
          ? `Highlighted lines still hold ${pending}.`
          : warned === ''
            ? ready
            : `Read the warning at ${warned} before you paste ${destination}.`}
        {detail !== undefined && (
          <span className={styles.size}>{` ${detail}`}</span>
        )}
      </p>
      <DownloadButton fileName={fileName} text={text} />
    </div>
  );
});

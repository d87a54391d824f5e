import React, {useId} from 'react';
import clsx from 'clsx';
import type {InputHTMLAttributes, ReactNode} from 'react';
import {placeholderOf} from '@site/src/utils/policy';
import type {FieldId, FieldSpec, Issue} from '@site/src/utils/policy';
import styles from './styles.module.css';

interface Props {
  readonly placeholder: FieldId;
  readonly spec: FieldSpec;
  readonly value: string;
  /** Issues to show now: the form hides errors until the field was left once. */
  readonly issues: readonly Issue[];
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  /** Extra attributes for the input, such as a combobox's ARIA state. */
  readonly inputProps?: InputHTMLAttributes<HTMLInputElement>;
  /** Markup anchored to the input, such as a combobox's list. */
  readonly children?: ReactNode;
}

export default function FormField({
  placeholder,
  spec,
  value,
  issues,
  onChange,
  onBlur,
  inputProps,
  children,
}: Props): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const issuesId = `${id}-issues`;
  const hasError = issues.some((issue) => issue.severity === 'error');
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {/* One text node with its space: Chromium's accessible name drops a
            separate one ("AWS Region<REGION>"). */}
        {`${spec.label} `}
        <code className={styles.placeholder}>{placeholderOf(placeholder)}</code>
      </label>
      <div className={styles.control}>
        <input
          {...inputProps}
          id={id}
          className={clsx(styles.input, hasError && styles.inputInvalid)}
          type="text"
          value={value}
          placeholder={spec.example}
          inputMode={spec.inputMode}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={hasError}
          aria-describedby={
            issues.length > 0 ? `${issuesId} ${hintId}` : hintId
          }
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        {children}
      </div>
      <ul id={issuesId} className={styles.issues}>
        {issues.map((issue) => (
          <li
            key={issue.code}
            className={
              issue.severity === 'error' ? styles.error : styles.warning
            }
          >
            <span className={styles.issueLabel}>
              {issue.severity === 'error' ? 'Error:' : 'Warning:'}
            </span>
            {` ${issue.message}`}
          </li>
        ))}
      </ul>
      <p id={hintId} className={styles.hint}>
        {spec.hint} Example: <code>{spec.example}</code>
      </p>
    </div>
  );
}

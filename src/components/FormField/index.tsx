import React, {memo, useId, useLayoutEffect, useRef} from 'react';
import clsx from 'clsx';
import type {InputHTMLAttributes, ReactNode} from 'react';
import {placeholderOf} from '@site/src/utils/policy/fields';
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
  /** Said before the hint, such as that no policy uses the field. */
  readonly note?: string | undefined;
}

/** Memoized: the form re-renders on every key press, a field only when its props change. */
export default memo(function FormField({
  placeholder,
  spec,
  value,
  issues,
  onChange,
  onBlur,
  inputProps,
  children,
  note,
}: Props): ReactNode {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const handedOver = useRef(false);
  // Text typed before hydration is in the input, not in the form: hand it
  // over first, so that the values restored after hydration keep it. Once,
  // as the server-rendered input hydrates.
  useLayoutEffect(() => {
    if (handedOver.current) {
      return;
    }
    handedOver.current = true;
    const typed = input.current?.value ?? value;
    if (typed !== value) {
      onChange(typed);
    }
  }, [onChange, value]);
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
          ref={input}
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
      {/* Live, so that an error is spoken when it shows. */}
      <ul id={issuesId} className={styles.issues} aria-live="polite">
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
        {note && <strong>{note} </strong>}
        {spec.hint} Example: <code>{spec.example}</code>
      </p>
    </div>
  );
});

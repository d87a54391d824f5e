import React, {useId} from 'react';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  readonly label: string;
  readonly description: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** Set by another option: shown, not changeable. */
  readonly disabled?: boolean;
}

/** A checkbox that reads as an on/off switch, with its explanation beside it. */
export default function OptionSwitch({
  label,
  description,
  checked,
  onChange,
  disabled = false,
}: Props): ReactNode {
  const id = useId();
  return (
    <div className={styles.option}>
      <input
        id={id}
        className={styles.switch}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-description`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label className={styles.label} htmlFor={id}>
          {label}
        </label>
        <p id={`${id}-description`} className={styles.description}>
          {description}
        </p>
      </div>
    </div>
  );
}

import React, {useId} from 'react';
import type {ReactNode} from 'react';
import CodeText from '@site/src/components/CodeText';
import styles from './styles.module.css';

interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
  readonly reason: string;
}

interface Props<Value extends string> {
  readonly legend: string;
  readonly choices: readonly Choice<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
}

/** One of several values, as radio buttons, each with its reason beside it. */
export default function OptionChoice<Value extends string>({
  legend,
  choices,
  value,
  onChange,
}: Props<Value>): ReactNode {
  const name = useId();
  return (
    <fieldset className={styles.choice}>
      <legend className={styles.legend}>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div key={choice.value} className={styles.option}>
            <input
              id={id}
              className={styles.radio}
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              aria-describedby={`${id}-reason`}
              onChange={() => onChange(choice.value)}
            />
            <div>
              <label className={styles.label} htmlFor={id}>
                {choice.label}
              </label>
              <p id={`${id}-reason`} className={styles.reason}>
                <CodeText text={choice.reason} />
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

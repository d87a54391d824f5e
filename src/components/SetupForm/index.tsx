import React, {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import clsx from 'clsx';
import type {FormEvent, ReactNode} from 'react';
import {FIELD_IDS, FIELD_SPECS} from '@site/src/utils/policy/fields';
import type {OptionSpec} from '@site/src/utils/policy/options';
import type {FieldId, Issue} from '@site/src/utils/policy/types';
import {
  UNUSED_FIELD_NOTE,
  checkMessage,
  summarizeForm,
} from '@site/src/utils/formSummary';
import type {OutputsResult} from '@site/src/utils/formSummary';
import {ClassNames} from '@site/src/utils/classNames';
import {useFormState} from '@site/src/hooks/useFormState';
import {useTimedMessage} from '@site/src/hooks/useTimedMessage';
import {
  clearForm,
  restoreReplaced,
  setFieldValue,
  setOption,
  shareLinkFor,
} from '@site/src/stores/policyForm';
import CodeText from '@site/src/components/CodeText';
import FormField from '@site/src/components/FormField';
import OptionChoice from '@site/src/components/OptionChoice';
import OptionSwitch from '@site/src/components/OptionSwitch';
import RegionField from '@site/src/components/RegionField';
import styles from './styles.module.css';

/** How long the share link's confirmation stays. */
const SHARE_STATUS_MS = 6000;

// Constants rather than fresh literals, so memoized fields can skip a render.
const NO_ISSUES: readonly Issue[] = [];
const NO_SUGGESTIONS: Readonly<Partial<Record<FieldId, readonly string[]>>> =
  {};

interface FieldHandlers {
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

interface Props {
  readonly heading: string;
  readonly intro: ReactNode;
  /** The fields this page asks for, in its order. */
  readonly fields: readonly FieldId[];
  /** Of those, the ones no output uses with the options chosen. */
  readonly unused?: readonly FieldId[];
  readonly result: OutputsResult;
  readonly options: readonly OptionSpec[];
  readonly optionsLegend: string;
  /** A smaller panel, for the pages after the first; its heading is an h2, as it follows the page's title. */
  readonly compact?: boolean;
  /** Values the browser offers as the reader types, e.g. SageMaker's instance types. */
  readonly suggestions?: Readonly<Partial<Record<FieldId, readonly string[]>>>;
}

/**
 * The form that fills a page's placeholders: its fields and options, the
 * summary of what is left, share link and Clear. Every page's form edits the
 * same values, so a value typed on one page is filled on all.
 */
export default function SetupForm({
  heading,
  intro,
  fields,
  unused = [],
  result,
  options: optionSpecs,
  optionsLegend,
  compact = false,
  suggestions = NO_SUGGESTIONS,
}: Props): ReactNode {
  const {values, options, fromShareLink, replaced, notKept} = useFormState();
  // On “Set up SageMaker” the form sits under the h2 “Permissions”.
  const Heading = compact ? 'h2' : 'h3';
  // Errors wait until a field is left once (or the form is submitted) so
  // nobody is told off for a value they have not finished typing. Values that
  // come from storage or a share link were not typed here: they show at once.
  const [typed, setTyped] = useState<ReadonlySet<FieldId>>(new Set());
  const [left, setLeft] = useState<ReadonlySet<FieldId>>(new Set());
  const [shareStatus, showShareStatus] = useTimedMessage(SHARE_STATUS_MS);
  // "Check values" answers in the status, for as long as the share status.
  const [checked, showChecked] = useTimedMessage(SHARE_STATUS_MS);
  const headingId = `${useId()}-heading`;

  const shown = useCallback(
    (id: FieldId): boolean => !typed.has(id) || left.has(id),
    [typed, left],
  );
  // A key press renders the form twice: at once with the typed value, then
  // with the outputs' deferred result. Props that stay the same object let
  // every field but the one typed in skip the first render.
  const issuesByField = useMemo(() => {
    const byField = new Map<FieldId, Issue[]>();
    for (const issue of result.issues) {
      byField.set(issue.field, [...(byField.get(issue.field) ?? []), issue]);
    }
    return byField;
  }, [result.issues]);
  const shownIssues = (id: FieldId): readonly Issue[] =>
    (shown(id) && issuesByField.get(id)) || NO_ISSUES;
  const handlers = useMemo(
    () =>
      Object.fromEntries(
        FIELD_IDS.map((id): [FieldId, FieldHandlers] => [
          id,
          {
            onChange: (value) => {
              setTyped((now) => (now.has(id) ? now : new Set(now).add(id)));
              setFieldValue(id, value);
            },
            onBlur: () =>
              setLeft((now) => (now.has(id) ? now : new Set(now).add(id))),
          },
        ]),
      ) as Record<FieldId, FieldHandlers>,
    [],
  );
  const suggestionLists = useMemo(
    () =>
      new Map(
        Object.entries(suggestions).map(([id, offered]) => {
          const listId = `${headingId}-${id}-suggestions`;
          return [
            id,
            {
              inputProps: {list: listId},
              datalist: (
                <datalist id={listId}>
                  {offered.map((value) => (
                    <option key={value} value={value} />
                  ))}
                </datalist>
              ),
            },
          ];
        }),
      ),
    [suggestions, headingId],
  );

  // What the fields show, and nothing they do not show yet.
  const summary = useMemo(() => summarizeForm(result, shown), [result, shown]);

  // The choices change only with the options: not re-rendered on a key press.
  const choices = useMemo(
    () => (
      <fieldset className={styles.options}>
        <legend className={styles.legend}>{optionsLegend}</legend>
        {optionSpecs.map((option) => {
          if (option.kind === 'choice') {
            return (
              <OptionChoice
                key={option.key}
                legend={option.label}
                choices={option.choices}
                value={options[option.key]}
                onChange={(value) => setOption(option.key, value)}
              />
            );
          }
          const implied =
            option.impliedBy !== undefined && options[option.impliedBy];
          return (
            <OptionSwitch
              key={option.key}
              label={option.label}
              description={<CodeText text={option.description} />}
              checked={options[option.key] || implied}
              disabled={implied}
              onChange={(checked) => setOption(option.key, checked)}
            />
          );
        })}
      </fieldset>
    ),
    [optionSpecs, options, optionsLegend],
  );

  function handleSubmit(event: FormEvent): void {
    // Enter in a field is a "submit attempt": reveal every pending message.
    event.preventDefault();
    setLeft(new Set(fields));
    showChecked('checked');
  }

  // Shown, with the link to copy by hand, once the clipboard refused it.
  const [copyRefused, setCopyRefused] = useState(false);
  const shareLinkField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    shareLinkField.current?.focus();
  }, [copyRefused]);

  async function copyShareLink(): Promise<void> {
    const nothingFilled = Object.values(values).every(
      (value) => value.trim() === '',
    )
      ? ' No value is filled in, so the link holds only the options.'
      : '';
    try {
      await navigator.clipboard.writeText(shareLinkFor(values, options));
      setCopyRefused(false);
      showShareStatus(
        `Link copied.${nothingFilled || ' It holds your values after the #, which browsers never send to a server.'}`,
      );
    } catch {
      setCopyRefused(true);
      showShareStatus(
        `Your browser did not allow copying. Copy the link from the field below.${nothingFilled}`,
      );
    }
  }

  return (
    <section
      className={clsx(
        ClassNames.policyForm,
        styles.panel,
        compact && styles.compact,
      )}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className={styles.heading}>
        {heading}
      </Heading>
      <p className={styles.intro}>{intro}</p>
      {fromShareLink && (
        <p className="alert alert--info">
          These values came from a shared link. Check them before you use the
          policies.
          {replaced && (
            <>
              {` ${replaced.message} `}
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={restoreReplaced}
              >
                Restore my previous values
              </button>
            </>
          )}
        </p>
      )}
      <form className={styles.form} noValidate onSubmit={handleSubmit}>
        <div className={styles.fields}>
          {fields.map((id) => {
            const fieldProps = {
              spec: FIELD_SPECS[id],
              value: values[id],
              issues: shownIssues(id),
              ...handlers[id],
            };
            const list = suggestionLists.get(id);
            return id === 'REGION' ? (
              <RegionField key={id} {...fieldProps} />
            ) : (
              <FormField
                key={id}
                placeholder={id}
                note={unused.includes(id) ? UNUSED_FIELD_NOTE : undefined}
                {...(list === undefined ? {} : {inputProps: list.inputProps})}
                {...fieldProps}
              >
                {list?.datalist}
              </FormField>
            );
          })}
        </div>
        {choices}
        <div className={styles.footer}>
          <p className={styles.summary} role="status">
            {summary}
            {checked && ` ${checkMessage(result)}`}
          </p>
          <div className={styles.actions}>
            <button type="submit" className="button button--primary button--sm">
              Check values
            </button>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => void copyShareLink()}
            >
              Copy share link
            </button>
            <button
              type="button"
              className="button button--outline button--secondary button--sm"
              onClick={() => {
                setTyped(new Set());
                setLeft(new Set());
                clearForm();
              }}
            >
              Clear
            </button>
          </div>
        </div>
        <p className={styles.shareStatus} aria-live="polite">
          {shareStatus}
        </p>
        {copyRefused && (
          <input
            ref={shareLinkField}
            className={styles.shareLink}
            aria-label="Share link"
            readOnly
            value={shareLinkFor(values, options)}
            onFocus={(event) => event.target.select()}
          />
        )}
      </form>
      {notKept && (
        <p className="alert alert--secondary margin-top--md margin-bottom--none">
          This browser cannot keep your values: they are gone when you reload or
          leave the page. Copy a share link to keep them.
        </p>
      )}
    </section>
  );
}

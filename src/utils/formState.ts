/**
 * Form state that outlives a page view: the share-link fragment and the
 * localStorage record. Both are untrusted input (hand-edited links, records
 * written by older or tampered versions), so parsing never throws and keeps
 * only known keys with string or boolean values.
 */
import {isDecodableFragment} from './fragment';
import {OPTIONS, formatOptionValue, parseOptionValue} from './policy/options';
import type {OptionKey, OptionSpec} from './policy/options';
import {FIELD_IDS, placeholderOf} from './policy/fields';
import type {FieldId, FieldValues, PolicyOptions} from './policy/types';

/** Longer values are cut: no field is valid past this, and it bounds work. */
export const MAX_STORED_VALUE_LENGTH = 4096;

export const STORAGE_KEY = 'sagemaker-iam-policy-form/v1';

function isFieldId(key: string): key is FieldId {
  return (FIELD_IDS as readonly string[]).includes(key);
}

/**
 * A value as a one-line text input holds it. Browsers strip line breaks from
 * an input's value, so values from a link or storage lose them too: otherwise
 * the page would check, and put in a policy, text the reader cannot see. Cut
 * to MAX_STORED_VALUE_LENGTH, never inside a surrogate pair.
 */
export function toInputValue(text: string): string {
  return text
    .replace(/[\r\n]/g, '')
    .slice(0, MAX_STORED_VALUE_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '');
}

export {isDecodableFragment} from './fragment';

/** What a share link or a stored record holds: any subset of the form. */
export interface StoredForm {
  readonly values: Partial<FieldValues>;
  readonly options: Partial<PolicyOptions>;
}

interface MutableForm {
  values: Partial<FieldValues>;
  options: {-readonly [K in OptionKey]?: PolicyOptions[K]};
}

function setOptionFrom(form: MutableForm, option: OptionSpec, raw: unknown) {
  const value = parseOptionValue(option, raw);
  if (value !== undefined) {
    (form.options as Record<OptionKey, unknown>)[option.key] = value;
  }
}

/**
 * Reads `#REGION=us-east-1&ACCOUNT-ID=…&builder=docker` with URLSearchParams
 * ("+" is a space; of duplicate keys the last one wins). Unknown keys and
 * values, pairs without "=" and pairs that do not percent-decode are
 * ignored: URLSearchParams would turn `%E0` into U+FFFD, a value the reader
 * never sent.
 */
export function parseShareLink(hash: string): StoredForm {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const wellFormed = fragment
    .split('&')
    .filter((pair) => pair.includes('=') && isDecodableFragment(pair))
    .join('&');
  const form: MutableForm = {values: {}, options: {}};
  for (const [key, value] of new URLSearchParams(wellFormed)) {
    const option = OPTIONS.find((candidate) => candidate.param === key);
    if (isFieldId(key)) {
      form.values[key] = toInputValue(value);
    } else if (option !== undefined) {
      setOptionFrom(form, option, value);
    }
  }
  return form;
}

/** True when a share link holds anything of the form. */
export function holdsForm({values, options}: StoredForm): boolean {
  return Object.keys(values).length > 0 || Object.keys(options).length > 0;
}

/**
 * Writes the fragment for a share link: filled fields in page order, then
 * every option, so the link reproduces the whole page. URLSearchParams
 * writes a lone surrogate (from a tampered record, say) as U+FFFD, where
 * encodeURIComponent would throw.
 */
export function formatShareLink(
  values: FieldValues,
  options: PolicyOptions,
): string {
  const params = new URLSearchParams([
    ...FIELD_IDS.filter((id) => values[id] !== '').map((id) => [
      id,
      values[id],
    ]),
    ...OPTIONS.map((option) => [
      option.param,
      formatOptionValue(options[option.key]),
    ]),
  ]);
  return `#${params.toString()}`;
}

/**
 * Reads the stored record. A record from before the builder choice kept
 * `includeKanikoS3`: off meant ECR without S3, the Docker builder.
 */
export function parseStoredForm(json: string | null): StoredForm {
  const form: MutableForm = {values: {}, options: {}};
  let data: unknown;
  try {
    data = json === null ? undefined : JSON.parse(json);
  } catch {
    return form;
  }
  if (typeof data !== 'object' || data === null) {
    return form;
  }
  const record = data as Record<string, unknown>;
  const storedValues = record.values;
  if (typeof storedValues === 'object' && storedValues !== null) {
    for (const id of FIELD_IDS) {
      const value: unknown = (storedValues as Record<string, unknown>)[id];
      if (typeof value === 'string') {
        form.values[id] = toInputValue(value);
      }
    }
  }
  const storedOptions = record.options;
  if (typeof storedOptions === 'object' && storedOptions !== null) {
    const stored = storedOptions as Record<string, unknown>;
    if (stored.includeKanikoS3 === false) {
      form.options.builder = 'docker';
    }
    for (const option of OPTIONS) {
      setOptionFrom(form, option, stored[option.key]);
    }
  }
  return form;
}

/**
 * What a share link replaced of the reader's own form, in one sentence:
 * the filled values it changed, and the options; undefined for nothing.
 */
export function replacedByLink(
  previous: {readonly values: FieldValues; readonly options: PolicyOptions},
  linked: {readonly values: FieldValues; readonly options: PolicyOptions},
): string | undefined {
  const fields = FIELD_IDS.filter(
    (id) =>
      previous.values[id] !== '' && previous.values[id] !== linked.values[id],
  );
  const options = OPTIONS.some(
    ({key}) => previous.options[key] !== linked.options[key],
  );
  if (fields.length === 0 && !options) {
    return undefined;
  }
  const parts =
    fields.length === 0
      ? []
      : [
          `${fields.length === 1 ? 'value' : 'values'} of ${fields.map(placeholderOf).join(', ')}`,
        ];
  if (options) {
    parts.push('options');
  }
  return `The link replaced your ${parts.join(' and your ')}.`;
}

export function formatStoredForm(
  values: FieldValues,
  options: PolicyOptions,
): string {
  return JSON.stringify({values, options});
}

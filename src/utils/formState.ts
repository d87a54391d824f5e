/**
 * Form state that outlives a page view: the share-link fragment and the
 * localStorage record. Both are untrusted input (hand-edited links, records
 * written by older or tampered versions), so parsing never throws and keeps
 * only known keys with string or boolean values.
 */
import {isDecodableFragment} from './fragment';
import {OPTION_KEYS} from './policy/options';
import {FIELD_IDS} from './policy/types';
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

/**
 * Reads `#REGION=us-east-1&ACCOUNT-ID=…` with URLSearchParams ("+" is a
 * space; of duplicate keys the last one wins). Unknown keys, pairs without
 * "=" and pairs that do not percent-decode are ignored: URLSearchParams would
 * turn `%E0` into U+FFFD, a value the reader never sent.
 */
export function parseShareFragment(hash: string): Partial<FieldValues> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const wellFormed = fragment
    .split('&')
    .filter((pair) => pair.includes('=') && isDecodableFragment(pair))
    .join('&');
  const values: Partial<FieldValues> = {};
  for (const [key, value] of new URLSearchParams(wellFormed)) {
    if (isFieldId(key)) {
      values[key] = toInputValue(value);
    }
  }
  return values;
}

/**
 * Writes the fragment for a share link: filled fields only, in page order.
 * URLSearchParams writes a lone surrogate (from a tampered record, say) as
 * U+FFFD, where encodeURIComponent would throw.
 */
export function formatShareFragment(values: FieldValues): string {
  const params = new URLSearchParams(
    FIELD_IDS.filter((id) => values[id] !== '').map((id) => [id, values[id]]),
  );
  const fragment = params.toString();
  return fragment === '' ? '' : `#${fragment}`;
}

export interface StoredForm {
  readonly values: Partial<FieldValues>;
  readonly options: Partial<PolicyOptions>;
}

export function parseStoredForm(json: string | null): StoredForm {
  const values: Partial<FieldValues> = {};
  const options: {-readonly [K in keyof PolicyOptions]?: boolean} = {};
  let data: unknown;
  try {
    data = json === null ? undefined : JSON.parse(json);
  } catch {
    return {values, options};
  }
  if (typeof data !== 'object' || data === null) {
    return {values, options};
  }
  const record = data as Record<string, unknown>;
  const storedValues = record.values;
  if (typeof storedValues === 'object' && storedValues !== null) {
    for (const id of FIELD_IDS) {
      const value: unknown = (storedValues as Record<string, unknown>)[id];
      if (typeof value === 'string') {
        values[id] = toInputValue(value);
      }
    }
  }
  const storedOptions = record.options;
  if (typeof storedOptions === 'object' && storedOptions !== null) {
    for (const key of OPTION_KEYS) {
      const value: unknown = (storedOptions as Record<string, unknown>)[key];
      if (typeof value === 'boolean') {
        options[key] = value;
      }
    }
  }
  return {values, options};
}

export function formatStoredForm(
  values: FieldValues,
  options: PolicyOptions,
): string {
  return JSON.stringify({values, options});
}

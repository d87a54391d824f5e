/**
 * Form state that outlives a page view: the share-link fragment and the
 * localStorage record. Both are untrusted input (hand-edited links, records
 * written by older or tampered versions), so parsing never throws and keeps
 * only known keys with string or boolean values.
 */
import {FIELD_IDS} from './policy/fields';
import type {FieldId, FieldValues, PolicyOptions} from './policy/types';

/** Longer values are cut: no field is valid past this, and it bounds work. */
export const MAX_STORED_VALUE_LENGTH = 4096;

const OPTION_KEYS = [
  'includeKanikoS3',
  'includeKmsGrant',
  'restrictPassRole',
] as const satisfies readonly (keyof PolicyOptions)[];

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

/**
 * Lone surrogates (from a tampered record, say) replaced by U+FFFD, as
 * String.prototype.toWellFormed does: encodeURIComponent throws on them.
 * Written without lookbehind, which older Safari cannot parse.
 */
function toWellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g,
    (unit) => (unit.length === 2 ? unit : '\uFFFD'),
  );
}

/**
 * False for a fragment that does not percent-decode, such as `#%E0`:
 * Docusaurus decodes the fragment to scroll to it when it changes, and would
 * throw.
 */
export function isDecodableFragment(hash: string): boolean {
  try {
    decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
    return true;
  } catch {
    return false;
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Malformed percent-encoding: drop the value rather than guess.
    return undefined;
  }
}

/**
 * Reads `#REGION=us-east-1&ACCOUNT-ID=…`. Unknown keys and undecodable values
 * are ignored; of duplicate keys the last one wins, as in URLSearchParams.
 */
export function parseShareFragment(hash: string): Partial<FieldValues> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const values: Partial<FieldValues> = {};
  if (fragment === '') {
    return values;
  }
  for (const pair of fragment.split('&')) {
    const separator = pair.indexOf('=');
    if (separator <= 0) {
      continue;
    }
    const key = safeDecode(pair.slice(0, separator));
    const value = safeDecode(pair.slice(separator + 1));
    if (key !== undefined && value !== undefined && isFieldId(key)) {
      values[key] = toInputValue(value);
    }
  }
  return values;
}

/** Writes the fragment for a share link: filled fields only, in page order. */
export function formatShareFragment(values: FieldValues): string {
  const pairs = FIELD_IDS.filter((id) => values[id] !== '').map(
    (id) => `${id}=${encodeURIComponent(toWellFormed(values[id]))}`,
  );
  return pairs.length === 0 ? '' : `#${pairs.join('&')}`;
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

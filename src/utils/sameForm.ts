import type {FieldValues, PolicyOptions} from './policy/types';

const sameEntries = (a: object, b: object): boolean => {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        (a as Record<string, unknown>)[key] ===
        (b as Record<string, unknown>)[key],
    )
  );
};

/** True when two forms hold the same values and options. */
export const sameForm = (
  a: {readonly values: FieldValues; readonly options: PolicyOptions},
  b: {readonly values: FieldValues; readonly options: PolicyOptions},
): boolean =>
  a === b ||
  (sameEntries(a.values, b.values) && sameEntries(a.options, b.options));

/**
 * A small YAML emitter for the set-up's documents: block maps, block
 * sequences, strings, safe integers, booleans and null. No library, to keep
 * the page's bundle small.
 *
 * Every string is a double-quoted scalar, so no value can turn into another
 * type (`null`, `true`, `0x1F`, `1e3`, `.inf`, `~`), an anchor, alias, tag,
 * comment or a new key, whatever the reader typed. The text is
 * `JSON.stringify`'s (a JSON string is a valid YAML 1.2 double-quoted
 * scalar), with one change made for PyYAML, the YAML 1.1 parser the agent
 * reads launch-config.yaml with (`yaml.safe_load`, wandb/sdk/launch/_launch.py
 * line 95):
 *
 * every character outside printable ASCII (U+0020 to U+007E) that
 * JSON.stringify leaves raw is written as `\uXXXX`, or `\UXXXXXXXX` beyond
 * the BMP. Checked against PyYAML 6.0.3:
 * - its reader rejects raw U+007F, the C1 controls and U+FFFE/U+FFFF
 *   ("unacceptable character ... special characters are not allowed");
 * - it folds a raw U+0085 (NEL) inside a quoted scalar into a space: YAML 1.1
 *   counts NEL, U+2028 and U+2029 as line breaks;
 * - it decodes an escaped surrogate pair (`\ud83d\ude00`, JSON's way) into
 *   two lone surrogates, not one character, so astral characters need `\U`;
 * - the agent opens the file in the locale's encoding (`open(config_path)`,
 *   _launch.py line 93), so an ASCII-only file reads the same everywhere.
 * JSON.stringify's own escapes (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
 * `\u00XX`, and `\uDXXX` for a lone surrogate) all mean the same in YAML 1.1
 * and 1.2. It never writes `\/`.
 */

export type YamlScalar = string | number | boolean | null;
export type YamlValue = YamlScalar | readonly YamlValue[] | YamlMap;
export interface YamlMap {
  /** An undefined entry is left out, as JSON.stringify leaves it out. */
  readonly [key: string]: YamlValue | undefined;
}

const hex = (codePoint: number, digits: number): string =>
  codePoint.toString(16).toUpperCase().padStart(digits, '0');

/** A double-quoted scalar, printable ASCII only, that YAML 1.1 and 1.2 read back as `value`. */
export function quoteYamlString(value: string): string {
  let text = '';
  // JSON.stringify escapes every lone surrogate, so what is left is whole
  // code points: `for...of` walks them.
  for (const char of JSON.stringify(value)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= 0x20 && codePoint <= 0x7e) {
      text += char;
    } else if (codePoint <= 0xffff) {
      text += `\\u${hex(codePoint, 4)}`;
    } else {
      text += `\\U${hex(codePoint, 8)}`;
    }
  }
  return text;
}

// Plain keys only where no YAML 1.1 or 1.2 parser can read them as anything
// but that string: PyYAML reads `on:`, `yes:` or `null:` as a Boolean or null.
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const RESERVED_WORD = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

/** A map key: plain when that is safe, else double-quoted. */
export function yamlKey(key: string): string {
  return PLAIN_KEY.test(key) && !RESERVED_WORD.test(key)
    ? key
    : quoteYamlString(key);
}

function scalar(value: YamlScalar): string {
  if (typeof value === 'string') {
    return quoteYamlString(value);
  }
  if (typeof value === 'number') {
    // Integers only: `1e+21` is a float in YAML 1.2 but a string in
    // YAML 1.1, which wants a dot. No document here needs a fraction.
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`YAML: ${value} is not a safe integer.`);
    }
    return String(value);
  }
  return value === null ? 'null' : String(value);
}

function isList(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

function entriesOf(map: YamlMap): [string, YamlValue][] {
  return Object.entries(map).filter(
    (entry): entry is [string, YamlValue] => entry[1] !== undefined,
  );
}

/** The lines of a block node, unindented. */
function lines(value: YamlValue): string[] {
  if (value === null || typeof value !== 'object') {
    return [scalar(value)];
  }
  if (isList(value)) {
    if (value.length === 0) {
      return ['[]'];
    }
    return value.flatMap((item) => {
      const [first = '', ...rest] = lines(item);
      return [`- ${first}`, ...rest.map((line) => `  ${line}`)];
    });
  }
  const entries = entriesOf(value);
  if (entries.length === 0) {
    return ['{}'];
  }
  return entries.flatMap(([key, item]) => {
    const head = `${yamlKey(key)}:`;
    const nested = item !== null && typeof item === 'object';
    const body = lines(item);
    const empty =
      nested && body.length === 1 && /^(?:\[\]|\{\})$/.test(body[0] ?? '');
    if (!nested || empty) {
      return [`${head} ${body[0] ?? ''}`];
    }
    // A sequence under a key is indented too, the way most YAML is written.
    return [head, ...body.map((line) => `  ${line}`)];
  });
}

/** The YAML document, without a trailing newline (the download adds one). */
export function toYaml(value: YamlValue): string {
  return lines(value).join('\n');
}

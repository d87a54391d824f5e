/**
 * The checks every field shares: no wildcards, only printable ASCII, and
 * user input quoted safely in messages.
 */
import type {CharacterOptions, Problem} from './rule';

const MAX_QUOTE_LENGTH = 40;

/** Shortens user input so a huge paste never floods a message. */
function shortened(value: string): string {
  return value.length > MAX_QUOTE_LENGTH
    ? `${value.slice(0, MAX_QUOTE_LENGTH - 1)}…`
    : value;
}

/** Quotes (shortened) user input; only ever given printable ASCII. */
export function quote(value: string): string {
  return `“${shortened(value)}”`;
}

const INVISIBLE_CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'a no-break space',
  0x00ad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x202a: 'a left-to-right embedding mark',
  0x202b: 'a right-to-left embedding mark',
  0x202c: 'a pop-directional-formatting mark',
  0x202d: 'a left-to-right override mark',
  0x202e: 'a right-to-left override mark',
  0x2060: 'a word joiner',
  0x2066: 'a left-to-right isolate mark',
  0x2067: 'a right-to-left isolate mark',
  0x2068: 'a first-strong isolate mark',
  0x2069: 'a pop-directional-isolate mark',
  0xfeff: 'a zero-width no-break space (byte order mark)',
};

const VISIBLE_CHARACTER = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Describes a character for a message without printing anything invisible. */
function describeCharacter(char: string): {
  readonly text: string;
  readonly invisible: boolean;
} {
  const codePoint = char.codePointAt(0) ?? 0;
  const label = codePointLabel(codePoint);
  const invisibleName = INVISIBLE_CHARACTER_NAMES[codePoint];
  if (invisibleName !== undefined) {
    return {text: `${invisibleName} (${label})`, invisible: true};
  }
  if (char === ' ') {
    return {text: 'a space', invisible: false};
  }
  if (char === '\t') {
    return {text: 'a tab', invisible: false};
  }
  if (char === '\n' || char === '\r') {
    return {text: 'a line break', invisible: false};
  }
  if (/\s/.test(char)) {
    return {text: `a white-space character (${label})`, invisible: false};
  }
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
    return {text: `a control character (${label})`, invisible: true};
  }
  if (VISIBLE_CHARACTER.test(char)) {
    return {text: `“${char}” (${label})`, invisible: false};
  }
  return {
    text: `an invisible or formatting character (${label})`,
    invisible: true,
  };
}

function isPrintableAscii(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x21 && code <= 0x7e;
}

/** One linear pass: wildcards, then anything that is not printable ASCII. */
export function checkCharacters(
  value: string,
  name: string,
  expected: string,
  options: CharacterOptions = {},
): Problem[] {
  let wildcard: string | undefined;
  let invalid: {char: string; position: number} | undefined;
  let position = 0;
  let previous = '';
  for (const char of value) {
    position += 1;
    // The value is trimmed, so a space here always has a character on each side.
    const allowedSpace =
      options.innerSpaces === true && char === ' ' && previous !== ' ';
    previous = char;
    if ((char === '*' || char === '?') && options.wildcards !== true) {
      wildcard ??= char;
    } else if (
      invalid === undefined &&
      !allowedSpace &&
      !isPrintableAscii(char)
    ) {
      invalid = {char, position};
    }
    if (wildcard !== undefined && invalid !== undefined) {
      break;
    }
  }
  const problems: Problem[] = [];
  if (wildcard !== undefined) {
    problems.push({
      code: 'wildcard-not-allowed',
      message: `The ${name} contains “${wildcard}”, which IAM reads as a wildcard: the policy would then cover every name the pattern matches, not just yours. Enter the exact value, without * or ?.`,
    });
  }
  if (
    invalid !== undefined &&
    options.innerSpaces === true &&
    invalid.char === ' '
  ) {
    problems.push({
      code: 'invalid-characters',
      message: `The ${name} contains two spaces in a row, which is not allowed. ${expected}`,
    });
  } else if (invalid !== undefined) {
    const {char, position: at} = invalid;
    const where = /\s/.test(char) ? 'inside it' : `at character ${at}`;
    const {text, invisible} = describeCharacter(char);
    const retype = invisible
      ? ' It cannot be seen and often comes with copied text: type the value again.'
      : '';
    problems.push({
      code: 'invalid-characters',
      message: `The ${name} contains ${text} ${where}, which is not allowed.${retype} ${expected}`,
    });
  }
  return problems;
}

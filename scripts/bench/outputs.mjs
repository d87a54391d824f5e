// Whether a page's live outputs hold what its fields hold, once typing is
// over: each output parses in its language (a script splits into words as
// Bash splits it), no typed field's placeholder is left in any, and each
// string the page's row expects (pages.mjs) is one of the output's values or
// keys (a script's words), whole. The root page's policies get the stricter
// check of filled-values.mjs, which knows each value's place.
import {parse as parseYaml} from 'yaml';

/** Every string of a parsed document: its keys and its scalar values. */
export function stringsOf(value) {
  if (Array.isArray(value)) {
    return value.flatMap(stringsOf);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      key,
      ...stringsOf(item),
    ]);
  }
  return value === null || value === undefined ? [] : [String(value)];
}

/** A here-document's delimiter after `<<` or `<<-`, quoted or not. */
const HEREDOC_DELIMITER = /^-?[ \t]*(?:'([^']*)'|"([^"]*)"|([^\s;&|<>()]+))/;

/**
 * The words of a Bash script as the shell splits them, for this check: quotes
 * removed, line continuations joined, comments dropped, operators their own
 * words, each here-document's body one word. Nothing is expanded (`$x` stays
 * as written). Throws where Bash would refuse the script: an unterminated
 * quote or here-document.
 * @param {string} text
 * @returns {string[]}
 */
export function shellWords(text) {
  const words = [];
  /** Here-documents whose bodies start on the next line. */
  const pending = [];
  let word = null;
  let i = 0;
  const endWord = () => {
    if (word !== null) {
      words.push(word);
      word = null;
    }
  };
  const readHeredocs = () => {
    for (const delimiter of pending.splice(0)) {
      const lines = [];
      for (;;) {
        if (i >= text.length) {
          throw new Error(`here-document ${delimiter} is not closed`);
        }
        const newline = text.indexOf('\n', i);
        const stop = newline < 0 ? text.length : newline;
        const line = text.slice(i, stop);
        i = stop + 1;
        if (line === delimiter) {
          break;
        }
        lines.push(line);
      }
      words.push(lines.join('\n'));
    }
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '\n') {
      endWord();
      i += 1;
      readHeredocs();
    } else if (char === ' ' || char === '\t') {
      endWord();
      i += 1;
    } else if (char === '#' && word === null) {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? text.length : newline;
    } else if (char === '\\') {
      // A backslash before a newline joins the lines; before any other
      // character, it keeps that character as it is.
      if (text[i + 1] !== '\n') {
        word = (word ?? '') + (text[i + 1] ?? '');
      }
      i += 2;
    } else if (char === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) {
        throw new Error(`unterminated single quote at ${i}`);
      }
      word = (word ?? '') + text.slice(i + 1, close);
      i = close + 1;
    } else if (char === '"') {
      let value = '';
      i += 1;
      while (text[i] !== '"') {
        if (i >= text.length) {
          throw new Error('unterminated double quote');
        }
        // Inside double quotes a backslash escapes only $ ` " \ and newline.
        if (text[i] === '\\' && '$`"\\\n'.includes(text[i + 1] ?? '')) {
          value += text[i + 1] === '\n' ? '' : text[i + 1];
          i += 2;
        } else {
          value += text[i];
          i += 1;
        }
      }
      word = (word ?? '') + value;
      i += 1;
    } else if (text.startsWith('<<', i)) {
      endWord();
      const match = HEREDOC_DELIMITER.exec(text.slice(i + 2));
      if (!match) {
        throw new Error(`here-document without a delimiter at ${i}`);
      }
      pending.push(match[1] ?? match[2] ?? match[3]);
      words.push('<<');
      i += 2 + match[0].length;
    } else if ('|&;()<>'.includes(char)) {
      endWord();
      words.push(char);
      i += 1;
    } else {
      word = (word ?? '') + char;
      i += 1;
    }
  }
  endWord();
  if (pending.length > 0) {
    throw new Error(`here-document ${pending[0]} is not closed`);
  }
  return words;
}

const PARSERS = {json: JSON.parse, yaml: parseYaml, bash: shellWords};

/**
 * What is wrong in the outputs.
 * @param {{text: string, language: string}[]} outputs as the page shows them
 * @param {string[]} typedFields the fields typed into, e.g. `REGION`
 * @param {string[][]} expected for each output, strings it must hold whole
 * @returns {{output: number, problem: string}[]} empty when all is right
 */
export function outputProblems(outputs, typedFields, expected) {
  const problems = [];
  if (outputs.length !== expected.length) {
    problems.push({
      output: -1,
      problem: `${outputs.length} outputs, where ${expected.length} are expected`,
    });
  }
  outputs.forEach(({text, language}, output) => {
    const parse = PARSERS[language];
    if (!parse) {
      problems.push({output, problem: `no parser for ${language}`});
      return;
    }
    let strings;
    try {
      strings = stringsOf(parse(text));
    } catch (error) {
      problems.push({
        output,
        problem: `not ${language} (${error.message.split('\n')[0]})`,
      });
      return;
    }
    for (const field of typedFields) {
      if (text.includes(`<${field}>`)) {
        problems.push({output, problem: `still holds <${field}>`});
      }
    }
    for (const want of expected[output] ?? []) {
      if (!strings.includes(want)) {
        problems.push({output, problem: `holds no ${JSON.stringify(want)}`});
      }
    }
  });
  return problems;
}

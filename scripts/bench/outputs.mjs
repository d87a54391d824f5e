// Whether a page's live outputs hold what its fields hold, once typing is
// over: each output parses in its language, no typed field's placeholder is
// left in any, and each string the page's row expects (pages.mjs) is one of
// the output's values or keys, whole. The root page's policies get the
// stricter check of filled-values.mjs, which knows each value's place.
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

const PARSERS = {json: JSON.parse, yaml: parseYaml};

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

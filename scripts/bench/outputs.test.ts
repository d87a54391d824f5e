import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../../src/utils/policy';
import {
  AGENT_HOST_OPTION,
  allOptionCombinations,
  BUILDER_OPTION,
  CREATE_RESOURCES_OPTION,
  DEFAULT_OPTIONS,
} from '../../src/utils/policy/options';
import type {FieldId, FieldValues, PolicyOptions} from '../../src/utils/policy';
import type {PageResult} from '../../src/utils/setup/page';
import {generateAgentConfigPage} from '../../src/utils/setup/agentConfigPage';
import {generateAgentRolePage} from '../../src/utils/setup/agentRolePage';
import {generateApplyPoliciesPage} from '../../src/utils/setup/applyPoliciesPage';
import {generateCodePageTabs} from '../../src/utils/setup/testing/codePageTabs';
import {generateExecutionRolePage} from '../../src/utils/setup/executionRolePage';
import {generateQueuePage} from '../../src/utils/setup/queuePage';
import {outputProblems, shellWords, stringsOf} from './outputs.mjs';
import {FORM_PAGES} from './pages.mjs';

const rowOf = (path: string) => {
  const row = FORM_PAGES.find((page) => page.path === path);
  if (!row?.expected) {
    throw new Error(`no row with expectations for ${path}`);
  }
  return {...row, expected: row.expected};
};

/** The documents a page opens with, where it hides some: the code page opens on its AWS CLI tab. */
const OPENING_DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  '/create-with-code': ['cli-script'],
};

/** The page's outputs as the engine writes them and the page opens with them, in page order. */
const outputsOf = (path: string, result: PageResult) =>
  Object.values(result.documents)
    .filter(({id}) => OPENING_DOCUMENTS[path]?.includes(id) ?? true)
    .map(({text, language}) => ({text, language}));

/**
 * The options a row's `choose` picks, by the labels the page shows them
 * with: a label that is no choice's fails here before it fails in the bench.
 */
function optionsOf(labels: readonly string[] = []): PolicyOptions {
  const options = {...DEFAULT_OPTIONS};
  for (const label of labels) {
    const host = AGENT_HOST_OPTION.choices.find((c) => c.label === label);
    const builder = BUILDER_OPTION.choices.find((c) => c.label === label);
    if (host) {
      options.agentHost = host.value;
    } else if (builder) {
      options.builder = builder.value;
    } else {
      throw new Error(`no choice is labelled ${label}`);
    }
  }
  return options;
}

type Generate = (values: FieldValues, options: PolicyOptions) => PageResult;

/** What the bench's check finds wrong in what the engine writes for `values`. */
const problemsFor = (
  path: string,
  generate: Generate,
  values: Partial<Record<FieldId, string>>,
) => {
  const row = rowOf(path);
  const typed = Object.fromEntries(row.typed);
  const result = generate({...EMPTY_VALUES, ...values}, optionsOf(row.choose));
  return outputProblems(
    outputsOf(path, result),
    Object.keys(typed),
    row.expected(typed),
  );
};

/** The row's typed values. */
const typedOf = (path: string) => Object.fromEntries(rowOf(path).typed);

describe('the check of /execution-role', () => {
  const typed = Object.fromEntries(rowOf('/execution-role').typed);

  it('finds nothing wrong in what the engine writes for the typed values', () => {
    expect(
      problemsFor('/execution-role', generateExecutionRolePage, typed),
    ).toEqual([]);
  });

  it('finds a wrong account or Region in each policy', () => {
    const wrongAccount = problemsFor(
      '/execution-role',
      generateExecutionRolePage,
      {...typed, 'ACCOUNT-ID': '210987654321'},
    );
    expect(new Set(wrongAccount.map(({output}) => output))).toEqual(
      new Set([0, 1]),
    );
    const wrongRegion = problemsFor(
      '/execution-role',
      generateExecutionRolePage,
      {...typed, REGION: 'us-east-1'},
    );
    expect(new Set(wrongRegion.map(({output}) => output))).toEqual(
      new Set([0, 1]),
    );
  });

  it('finds a placeholder left where a value was typed', () => {
    const problems = problemsFor('/execution-role', generateExecutionRolePage, {
      ...typed,
      REGION: '',
    });
    expect(problems).toContainEqual({
      output: 0,
      problem: 'still holds <REGION>',
    });
  });
});

describe.each([
  ['/execution-role', generateExecutionRolePage],
  ['/agent-role', generateAgentRolePage],
  ['/apply-policies', generateApplyPoliciesPage],
  ['/create-with-code', generateCodePageTabs],
  ['/queue', generateQueuePage],
  ['/agent', generateAgentConfigPage],
] as [string, Generate][])('the check of %s', (path, generate) => {
  it('finds nothing wrong in what the engine writes for the typed values', () => {
    expect(problemsFor(path, generate, typedOf(path))).toEqual([]);
  });

  it('finds each typed field left empty, or holding another value', () => {
    for (const [field, value] of rowOf(path).typed) {
      expect(
        problemsFor(path, generate, {...typedOf(path), [field]: ''}),
      ).not.toEqual([]);
      // Still valid, but not what was typed: one character more.
      const other = /\d$/.test(value) ? `${value}0` : `${value}x`;
      expect(
        problemsFor(path, generate, {...typedOf(path), [field]: other}),
        `${field}: ${other}`,
      ).not.toEqual([]);
    }
  });
});

describe('shellWords', () => {
  it('splits as Bash does: quotes, escapes, continuations, comments, operators', () => {
    expect(
      shellWords(
        [
          '# a comment',
          'aws iam x \\',
          "  --role-name='it'\\''s' --b=\"x \\\"y\\\"\" c\\ d # end",
          'a=1; [[ "$a" == 1 ]] && echo ok >&2',
        ].join('\n'),
      ),
    ).toEqual([
      'aws',
      'iam',
      'x',
      "--role-name=it's",
      '--b=x "y"',
      'c d',
      'a=1',
      ';',
      '[[',
      '$a',
      '==',
      '1',
      ']]',
      '&',
      '&',
      'echo',
      'ok',
      '>',
      '&',
      '2',
    ]);
  });

  it('reads a here-document’s body as one word', () => {
    expect(shellWords("cat >f <<'EOF'\n{\"a\": 'b'}\nEOF\necho done")).toEqual([
      'cat',
      '>',
      'f',
      '<<',
      '{"a": \'b\'}',
      'echo',
      'done',
    ]);
  });

  it('refuses what Bash refuses: an open quote or here-document', () => {
    expect(() => shellWords("echo 'a")).toThrow(/single quote/);
    expect(() => shellWords('echo "a')).toThrow(/double quote/);
    expect(() => shellWords("cat <<'EOF'\nx")).toThrow(/EOF is not closed/);
  });

  it('reads the code page’s script for every option, each policy one word', () => {
    // The builder and the resources change the script's documents and
    // steps; EC2, the default host, adds the most.
    for (const options of allOptionCombinations([
      BUILDER_OPTION,
      CREATE_RESOURCES_OPTION,
    ])) {
      const words = shellWords(
        generateCodePageTabs(EMPTY_VALUES, options).documents['cli-script']
          ?.text ?? '',
      );
      expect(words.slice(0, 3)).toEqual(['set', '-euo', 'pipefail']);
      const bodies = words.filter((_, index) => words[index - 1] === '<<');
      expect(bodies.length).toBeGreaterThanOrEqual(4);
      for (const body of bodies) {
        expect(() => JSON.parse(body) as unknown).not.toThrow();
      }
    }
    // The code page generates three long documents per call.
  }, 30_000);
});

describe('outputProblems', () => {
  it('reads YAML as well as JSON, keys and values alike', () => {
    expect(
      outputProblems(
        [
          {text: 'queues:\n  - "q"\nentity: "e"', language: 'yaml'},
          {text: '{"a:aud": 1}', language: 'json'},
        ],
        [],
        [
          ['q', 'e'],
          ['a:aud', '1'],
        ],
      ),
    ).toEqual([]);
  });

  it('says which output does not parse, lacks a value, or keeps a placeholder', () => {
    expect(
      outputProblems(
        [
          {text: '{', language: 'json'},
          {text: 'entity: "<ENTITY>"', language: 'yaml'},
        ],
        ['ENTITY'],
        [['x'], ['my-team']],
      ),
    ).toEqual([
      {output: 0, problem: expect.stringMatching(/^not json/)},
      {output: 1, problem: 'still holds <ENTITY>'},
      {output: 1, problem: 'holds no "my-team"'},
    ]);
  });

  it('counts the outputs', () => {
    expect(
      outputProblems([{text: '{}', language: 'json'}], [], [[], []]),
    ).toContainEqual({output: -1, problem: '1 outputs, where 2 are expected'});
  });

  it('finds a value only in strings, not across them', () => {
    expect(stringsOf({a: ['b', {c: 2}], d: null})).toEqual([
      'a',
      'b',
      'c',
      '2',
      'd',
    ]);
  });
});

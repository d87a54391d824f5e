/**
 * The set-up pages' generators, as the pages run them: from the form's
 * values and options to documents. The builders' own tests check each
 * document's content in every partition; these check what the pages add:
 * which fields a page asks for, that every field it uses is validated and
 * filled, that no invalid value reaches any output, and that each page
 * validates with the same rules as ALL_RULES while loading only its own.
 */
import fc from 'fast-check';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {AGENT_HOSTS, DEFAULT_OPTIONS} from '../policy/options';
import {EMPTY_VALUES, FIELD_IDS} from '../policy/fields';
import type {FieldId} from '../policy/types';
import {accountIdRule} from '../policy/validate/accountId';
import {ALL_RULES} from '../policy/validate/all';
import {validateWith, validValuesWith} from '../policy/validate/engine';
import type {FieldRules} from '../policy/validate/engine';
import {instanceTypeRule} from '../policy/validate/instanceType';
import {regionRule} from '../policy/validate/region';
import {generateAgentConfigPage} from './agentConfigPage';
import {generateAgentRolePage} from './agentRolePage';
import {generateApplyPoliciesPage} from './applyPoliciesPage';
import {generateCodePageTabs} from './testing/codePageTabs';
import {EXAMPLES, formValuesArb, PAGE_OPTIONS} from './testing/formValues';
import {generateExecutionRolePage} from './executionRolePage';
import {TRAINING_INSTANCE_TYPES} from './instanceTypes';
import {definePage} from './page';
import type {GeneratedDocument, PageResult} from './page';
import {generateQueuePage} from './queuePage';

const PAGES = {
  'execution-role': generateExecutionRolePage,
  'agent-role': generateAgentRolePage,
  'apply-policies': generateApplyPoliciesPage,
  queue: generateQueuePage,
  agent: generateAgentConfigPage,
  'create-with-code': generateCodePageTabs,
} as const;

const COMBINATIONS = PAGE_OPTIONS;

function parseDocument(document: GeneratedDocument): unknown {
  switch (document.language) {
    case 'json':
      return JSON.parse(document.text);
    case 'yaml':
      // The agent reads YAML 1.1 (PyYAML); a strict 1.2 parser must agree.
      return [
        parseYaml(document.text, {version: '1.1'}),
        parseYaml(document.text, {version: '1.2', uniqueKeys: true}),
      ];
    case 'bash':
    case 'hcl':
      // Their generators' own tests parse them with ShellCheck and HashiCorp's
      // parser; here, only what the page does with them.
      return document.text;
    case 'ini':
      // One section header, then `key = value` lines.
      return document.text.split('\n').map((line, index) => {
        const match =
          index === 0 ? /^\[[^\]\n]+\]$/.exec(line) : /^\w+ = \S+$/.exec(line);
        if (match === null) {
          throw new Error(`not an INI line: ${line}`);
        }
        return line;
      });
  }
}

const documentsOf = (result: PageResult) => Object.values(result.documents);

/** Values no field accepts as they are, and some it does after trimming. */
const HOSTILE = fc.oneof(
  fc.string(),
  fc.string({unit: 'grapheme'}),
  fc.constantFrom(
    '"}],"Effect":"Allow","Action":"*","Resource":"*"',
    'a\nb: c',
    '\u2028',
    "'; rm -rf / #",
    '${image_uri}',
    '<REGION>',
    '*',
    ' ml.m5.xlarge',
    '-1',
    '1e3',
    '0x10',
    'https://oidc.eks.us-east-1.amazonaws.com/id/',
  ),
);

describe.each(Object.entries(PAGES))('the %s page', (_, generate) => {
  it.each(COMBINATIONS.map((options) => [JSON.stringify(options), options]))(
    'asks for every placeholder its documents hold, %s',
    (_name, options) => {
      const result = generate(EMPTY_VALUES, options);
      for (const document of documentsOf(result)) {
        expect(result.fields).toEqual(
          expect.arrayContaining([...document.fields]),
        );
        expect(document.fields).toEqual(
          expect.arrayContaining([...document.placeholders]),
        );
      }
    },
  );

  it.each(COMBINATIONS.map((options) => [JSON.stringify(options), options]))(
    'fills every placeholder from valid values, %s',
    (_name, options) => {
      const result = generate(EXAMPLES, options);
      expect(result.issues).toEqual([]);
      for (const document of documentsOf(result)) {
        expect(document.placeholders).toEqual([]);
        expect(document.text).not.toMatch(/<[A-Z0-9-]+>/);
        parseDocument(document);
      }
    },
  );

  it('keeps an invalid value out of every output: it changes nothing an empty field would not', () => {
    fc.assert(
      fc.property(
        formValuesArb(HOSTILE),
        fc.constantFrom(...COMBINATIONS),
        (values, options) => {
          const result = generate(values, options);
          const invalid = new Set(
            result.issues
              .filter((issue) => issue.severity === 'error')
              .map((issue) => issue.field),
          );
          const emptied = {...values};
          for (const field of invalid) {
            emptied[field] = '';
          }
          const withoutInvalid = generate(emptied, options);
          for (const document of documentsOf(result)) {
            parseDocument(document);
            expect(document.text).toBe(
              withoutInvalid.documents[document.id]?.text,
            );
          }
        },
      ),
      {numRuns: 300},
    );
    // The code page writes three long documents twice per run.
  }, 60_000);
});

/**
 * The rules each page validated with before it named its own: ALL_RULES, and
 * for the queue SageMaker's list of instance types.
 */
const RULES_BEFORE: Readonly<Record<keyof typeof PAGES, FieldRules>> = {
  'execution-role': ALL_RULES,
  'agent-role': ALL_RULES,
  queue: {
    ...ALL_RULES,
    'INSTANCE-TYPE': instanceTypeRule(TRAINING_INSTANCE_TYPES),
  },
  agent: ALL_RULES,
  'create-with-code': ALL_RULES,
  'apply-policies': ALL_RULES,
};

/** The fields whose rule a page means to differ from ALL_RULES's. */
const OVERRIDDEN: Readonly<Record<keyof typeof PAGES, readonly FieldId[]>> = {
  'execution-role': [],
  'agent-role': [],
  queue: ['INSTANCE-TYPE'],
  agent: [],
  'create-with-code': [],
  'apply-policies': [],
};

describe.each(Object.keys(PAGES) as (keyof typeof PAGES)[])(
  'the %s page’s rules',
  (page) => {
    // Widened: each page's generator is typed with its own fields.
    const {fields, rules}: {fields: readonly FieldId[]; rules: FieldRules} =
      PAGES[page];

    it('are ALL_RULES’s own objects, one for each of its fields and none for another', () => {
      expect(Object.keys(rules).sort()).toEqual([...fields].sort());
      for (const field of fields) {
        if (!OVERRIDDEN[page].includes(field)) {
          expect(rules[field], field).toBe(ALL_RULES[field]);
        }
      }
    });

    it('find the same issues and let the same values through as before, for any of its fields', () => {
      const value = (field: FieldId) =>
        fc.oneof(
          fc.constant(EXAMPLES[field]),
          fc.constant(''),
          // Near an instance type: SageMaker's, a typo of one, or a new shape.
          fc.constantFrom(...TRAINING_INSTANCE_TYPES),
          fc.constantFrom('ml.g5.2xlarg', 'ml.m5.huge', 'ML.M5.XLARGE'),
          HOSTILE,
        );
      fc.assert(
        fc.property(
          fc.record(
            Object.fromEntries(
              FIELD_IDS.map((id) => [id, value(id)]),
            ) as Record<FieldId, fc.Arbitrary<string>>,
          ),
          fc.subarray([...fields]),
          (values, asked) => {
            const issues = validateWith(rules, values, asked);
            const before = validateWith(RULES_BEFORE[page], values, asked);
            expect(issues).toEqual(before);
            expect(validValuesWith(rules, values, issues, asked)).toEqual(
              validValuesWith(RULES_BEFORE[page], values, before, asked),
            );
          },
        ),
        {numRuns: 300},
      );
    });
  },
);

describe('a page’s rules', () => {
  // tsc checks these: each @ts-expect-error fails the type check if the
  // definition below it is accepted.
  it('are one for each of its fields and none for another, or the page does not compile', () => {
    const documents = () => [];
    const more = {REGION: regionRule, 'ACCOUNT-ID': accountIdRule};
    definePage({
      fields: ['REGION', 'ACCOUNT-ID'],
      // @ts-expect-error: no rule for the account ID.
      rules: {REGION: regionRule},
      documents,
    });
    definePage({
      fields: ['REGION'],
      // @ts-expect-error: a rule for a field the page does not ask for.
      rules: {REGION: regionRule, 'ACCOUNT-ID': accountIdRule},
      documents,
    });
    definePage({
      fields: ['REGION'],
      // @ts-expect-error: the same, spread from another table.
      rules: {...more},
      documents,
    });
    const page = definePage({
      fields: ['REGION'],
      rules: {REGION: regionRule},
      documents,
    });
    expect(page.rules).toEqual({REGION: regionRule});
  });
});

describe('a document that depends on the Region without holding it', () => {
  const ec2 = {...DEFAULT_OPTIONS, agentHost: 'ec2'} as const;

  it('asks for the Region, and is pending until it is valid', () => {
    const result = generateAgentRolePage(EMPTY_VALUES, ec2);
    const trust = result.documents['agent-role-trust'];
    expect(result.fields).toEqual(['REGION']);
    expect(trust?.placeholders).toEqual(['REGION']);
    expect(trust?.text).toContain('"ec2.amazonaws.com"');
  });

  it('takes the partition’s principal once the Region is known', () => {
    const result = generateAgentRolePage(
      {...EMPTY_VALUES, REGION: 'cn-north-1'},
      ec2,
    );
    const trust = result.documents['agent-role-trust'];
    expect(trust?.placeholders).toEqual([]);
    expect(trust?.text).toContain('"ec2.amazonaws.com.cn"');
  });
});

describe('the agent role page’s companion files', () => {
  it('shows the Helm values only for IRSA, the AWS profile only for a workstation', () => {
    for (const agentHost of AGENT_HOSTS) {
      const ids = Object.keys(
        generateAgentRolePage(EXAMPLES, {...DEFAULT_OPTIONS, agentHost})
          .documents,
      );
      expect(ids).toEqual([
        'agent-role-trust',
        ...(agentHost === 'eks-irsa' ? ['agent-role-helm-values'] : []),
        ...(agentHost === 'assume-role' ? ['agent-aws-config'] : []),
      ]);
    }
  });

  it('annotates the service account with the agent role’s ARN (GovCloud)', () => {
    const result = generateAgentRolePage(
      {
        ...EXAMPLES,
        REGION: 'us-gov-west-1',
        'ACCOUNT-ID': '210987654321',
        'AGENT-ROLE-NAME': 'LaunchAgent',
      },
      {...DEFAULT_OPTIONS, agentHost: 'eks-irsa'},
    );
    expect(
      parseYaml(result.documents['agent-role-helm-values']?.text ?? ''),
    ).toEqual({
      serviceAccount: {
        annotations: {
          'eks.amazonaws.com/role-arn':
            'arn:aws-us-gov:iam::210987654321:role/LaunchAgent',
        },
      },
    });
  });

  it('writes a profile that assumes the role (China)', () => {
    const result = generateAgentRolePage(
      {
        ...EXAMPLES,
        REGION: 'cn-north-1',
        'TRUSTED-PRINCIPAL-ARN': 'arn:aws-cn:iam::123456789012:user/ci',
      },
      {...DEFAULT_OPTIONS, agentHost: 'assume-role'},
    );
    expect(result.documents['agent-aws-config']?.text).toBe(
      [
        '[profile wandb-launch-agent]',
        `role_arn = arn:aws-cn:iam::${EXAMPLES['ACCOUNT-ID']}:role/${EXAMPLES['AGENT-ROLE-NAME']}`,
        'source_profile = default',
        'region = cn-north-1',
      ].join('\n'),
    );
  });
});

describe('the queue page', () => {
  it('takes only instance types SageMaker trains on', () => {
    const known = generateQueuePage(
      {...EMPTY_VALUES, 'INSTANCE-TYPE': 'ml.g5.2xlarge'},
      DEFAULT_OPTIONS,
    );
    expect(known.issues).toEqual([]);
    expect(known.documents['queue-config']?.text).toContain(
      '"InstanceType": "ml.g5.2xlarge"',
    );
    const unknown = generateQueuePage(
      {...EMPTY_VALUES, 'INSTANCE-TYPE': 'ml.m5.huge'},
      DEFAULT_OPTIONS,
    );
    expect(unknown.issues.map((issue) => issue.code)).toEqual([
      'instance-type-unknown',
    ]);
    expect(unknown.documents['queue-config']?.text).toContain(
      '"InstanceType": "<INSTANCE-TYPE>"',
    );
  });

  it('names the KMS key exactly when the kms:CreateGrant statement is on', () => {
    for (const includeKmsGrant of [true, false]) {
      const result = generateQueuePage(EXAMPLES, {
        ...DEFAULT_OPTIONS,
        includeKmsGrant,
      });
      expect(result.fields.includes('ARN-OF-KMS-KEY')).toBe(includeKmsGrant);
      expect(
        result.documents['queue-config']?.text.includes('VolumeKmsKeyId'),
      ).toBe(includeKmsGrant);
    }
  });
});

/**
 * Hostile input for the end-to-end fuzz tests, and an oracle that says what
 * the page must do with it. The rules' side of the oracle (which value is
 * valid, what each policy holds) is written from reference/aws-rules.md, not
 * from src/utils/policy: the tests compare two independent readings of the
 * same rules. The page's wiring is not re-derived but taken from src: its
 * names (fields, labels, storage key), and how a share link or a stored
 * record becomes input values (src/utils/formState.ts, unit-tested there);
 * the e2e tests check that the page really goes through it.
 */
import fc from 'fast-check';
import type {Page} from '@playwright/test';
import partitions from '../src/utils/policy/partitions.generated.json';
import {EMPTY_VALUES, FIELD_NAMES, POLICY_FIELD_IDS} from '../src/utils/policy';
import type {FieldValues, PolicyFieldId} from '../src/utils/policy';
import {
  formatShareLink,
  parseShareLink,
  parseStoredForm,
  STORAGE_KEY,
} from '../src/utils/formState';
import {
  DEFAULT_OPTIONS,
  expectedPolicies as expectedPoliciesFor,
} from './expectedPolicies';
import type {PolicyOptions} from './expectedPolicies';

// The page's own names for its fields and storage: what a user sees and what
// an older version wrote are facts to test against, not rules to re-derive.
export const FIELDS = POLICY_FIELD_IDS;
export type Field = PolicyFieldId;
export type Values = FieldValues;
export const LABELS = FIELD_NAMES;
export const EMPTY = EMPTY_VALUES;
export {STORAGE_KEY};

export type Options = PolicyOptions;
export {DEFAULT_OPTIONS};

// ---------------------------------------------------------------------------
// What a payload that got rendered as HTML or run as script would leave behind

export const PWNED = '__pwned';

export const HOSTILE_STRINGS: readonly string[] = [
  '"',
  '\\',
  '\\"',
  "'",
  '"},{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  '","Resource":"*',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  `</script><script>window.${PWNED}=1</script>`,
  `<img src=x onerror="window.${PWNED}=1" data-pwned>`,
  `<svg onload="window.${PWNED}=1" data-pwned>`,
  '<b data-pwned>bold</b>',
  `"><iframe srcdoc="<script>parent.${PWNED}=1</script>" data-pwned>`,
  `javascript:window.${PWNED}=1`,
  `\${window.${PWNED}=1}`,
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  '&lt;script&gt;',
  '&#60;b data-pwned&#62;',
  '\u202e', // right-to-left override
  '\u202d',
  '\u200f', // right-to-left mark
  '\u2067',
  '\u061c',
  '\u200b', // zero-width space
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff', // byte order mark
  '\u00a0', // no-break space
  '\u00ad', // soft hyphen
  '\u3000',
  '\u2028',
  '\u2029',
  '\u0301', // combining acute accent
  '\ud800', // lone surrogates
  '\udfff',
  '\ufffd',
  '😀',
  '👩‍💻',
  'İ',
  'ß',
  'ａｒｎ', // full width
  'us‐east‐1', // U+2010 hyphens
  'us−east−1', // minus signs
  'аrn', // Cyrillic a
  '١٢٣٤٥٦٧٨٩٠١٢', // Arabic-Indic digits
  '１２３４５６７８９０１２',
  '*',
  '?',
  '**',
  '/*',
  'arn:aws:iam::*:role/*',
  'arn:aws:kms:*:*:key/*',
  '%',
  '%2',
  '%E0%A4%A',
  '%ZZ',
  '%25',
  '%00',
  '%0A',
  '&',
  '=',
  '#',
  '+',
  '&REGION=us-east-1',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '<REGION>',
  '<ACCOUNT-ID>',
  ' ',
  '  ',
];

const HUGE_LENGTH = 100_000;

// ---------------------------------------------------------------------------
// Valid values, from the rules

interface RegionEntry {
  readonly id: string;
  readonly partition: string;
}

const REGIONS: readonly RegionEntry[] = partitions.flatMap((partition) =>
  partition.regions.map((region) => ({
    id: region.id,
    partition: partition.id,
  })),
);
const PARTITION_OF_REGION = new Map(
  REGIONS.map((region) => [region.id, region.partition]),
);
const PARTITION_IDS = new Set(partitions.map((partition) => partition.id));

const regionArb = fc.constantFrom(...REGIONS);
const accountArb = fc.stringMatching(/^\d{12}$/);
const REPOSITORY_NAME =
  /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
const repoArb = fc
  .stringMatching(REPOSITORY_NAME)
  .filter((name) => name.length >= 2 && name.length <= 256);
const bucketArb = fc
  .stringMatching(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
  .filter((name) => acceptedValue('BUCKET-NAME', name) !== undefined);
const roleArb = fc
  .tuple(
    regionArb,
    accountArb,
    fc.array(fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,12}$/), {maxLength: 3}),
    fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
  )
  .map(
    ([region, account, path, name]) =>
      `arn:${region.partition}:iam::${account}:role/${[...path, name].join('/')}`,
  );
const keyIdArb = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[0-9a-f]{32}$/).map((hex) => `mrk-${hex}`),
);
const kmsArb = fc
  .tuple(regionArb, accountArb, keyIdArb)
  .map(
    ([region, account, keyId]) =>
      `arn:${region.partition}:kms:${region.id}:${account}:key/${keyId}`,
  );

const VALID: Record<Field, fc.Arbitrary<string>> = {
  REGION: regionArb.map((region) => region.id),
  'ACCOUNT-ID': accountArb,
  'YOUR-REPO-NAME': repoArb,
  'BUCKET-NAME': bucketArb,
  'ARN-OF-ROLE-TO-PASS': roleArb,
  'ARN-OF-KMS-KEY': kmsArb,
};

// ---------------------------------------------------------------------------
// Hostile values: valid ones bent, hostile pieces, random text, huge strings

const hostileArb = fc.constantFrom(...HOSTILE_STRINGS);
const whitespaceArb = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u3000',
  '\u2003',
  '\ufeff',
  '\u2028',
  '\u200b', // not white space: must be refused, not trimmed
);

function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    // Pasted with white space around it.
    fc
      .tuple(
        fc.array(whitespaceArb, {maxLength: 3}),
        valid,
        fc.array(whitespaceArb, {maxLength: 3}),
      )
      .map(
        ([before, value, after]) => before.join('') + value + after.join(''),
      ),
    // A hostile piece inserted anywhere.
    fc.tuple(valid, hostileArb, fc.nat()).map(([value, piece, at]) => {
      const i = at % (value.length + 1);
      return value.slice(0, i) + piece + value.slice(i);
    }),
    // One character replaced by a wildcard.
    fc
      .tuple(valid, fc.constantFrom('*', '?'), fc.nat())
      .map(([value, wildcard, at]) => {
        const i = at % Math.max(1, value.length);
        return value.slice(0, i) + wildcard + value.slice(i + 1);
      }),
    valid.map((value) => value.toUpperCase()),
    fc
      .tuple(valid, fc.nat())
      .map(([value, at]) => value.slice(0, at % (value.length + 1))),
    valid.map((value) => `${value}${value}`),
  );
}

export function fieldValueArb(field: Field): fc.Arbitrary<string> {
  return fc.oneof(
    {arbitrary: VALID[field], weight: 6},
    {arbitrary: mutated(VALID[field]), weight: 10},
    {arbitrary: hostileArb, weight: 4},
    {
      arbitrary: fc
        .array(fc.oneof(hostileArb, VALID[field]), {minLength: 1, maxLength: 4})
        .map((pieces) => pieces.join('')),
      weight: 4,
    },
    {arbitrary: fc.string({unit: 'grapheme', maxLength: 40}), weight: 2},
    {arbitrary: fc.string({unit: 'binary', maxLength: 40}), weight: 2},
    // About one run in six holds a 100,000-character value somewhere.
    {
      arbitrary: fc
        .constantFrom('a', ' ', '*', '\u200b', '1', '<b data-pwned>')
        .map((unit) => unit.repeat(Math.ceil(HUGE_LENGTH / unit.length))),
      weight: 1,
    },
    {arbitrary: fc.constant(''), weight: 2},
  );
}

export const valuesArb: fc.Arbitrary<Values> = fc
  .record({
    REGION: fieldValueArb('REGION'),
    'ACCOUNT-ID': fieldValueArb('ACCOUNT-ID'),
    'YOUR-REPO-NAME': fieldValueArb('YOUR-REPO-NAME'),
    'BUCKET-NAME': fieldValueArb('BUCKET-NAME'),
    'ARN-OF-ROLE-TO-PASS': fieldValueArb('ARN-OF-ROLE-TO-PASS'),
    'ARN-OF-KMS-KEY': fieldValueArb('ARN-OF-KMS-KEY'),
  })
  // The set-up pages' fields are not on this page: empty.
  .map((values) => ({...EMPTY_VALUES, ...values}));

/** How a value reads in a failure message: escapes visible, huge values cut. */
export function describe(value: string): string {
  const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return `${JSON.stringify(shown)} (${value.length} chars)`;
}

// ---------------------------------------------------------------------------
// The oracle: which value may enter a policy
// (reference/aws-rules.md, "Field rules")

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MRK = /^mrk-[0-9a-f]{32}$/;

function validBucket(name: string): boolean {
  return (
    name.length >= 3 &&
    name.length <= 63 &&
    /^[a-z0-9.-]+$/.test(name) &&
    /^[a-z0-9]/.test(name) &&
    /[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d{1,3}(\.\d{1,3}){3}$/.test(name) &&
    !['xn--', 'sthree-', 'amzn-s3-demo-'].some((p) => name.startsWith(p)) &&
    !['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'].some((s) =>
      name.endsWith(s),
    )
  );
}

function validRoleArn(arn: string): boolean {
  const match = /^arn:([^:]+):iam::(\d{12}):role\/(.*)$/.exec(arn);
  if (!match?.[1] || match[3] === undefined || !PARTITION_IDS.has(match[1])) {
    return false;
  }
  const parts = match[3].split('/');
  const name = parts.pop() ?? '';
  const pathLength = parts.reduce((sum, part) => sum + part.length + 1, 1);
  return (
    /^[\w+=,.@-]{1,64}$/.test(name) &&
    parts.every((part) => /^[A-Za-z0-9+=,.@_-]+$/.test(part)) &&
    pathLength <= 512
  );
}

function validKmsKeyArn(arn: string): boolean {
  const match = /^arn:([^:]+):kms:([^:]+):(\d{12}):key\/(.*)$/.exec(arn);
  if (!match?.[1] || !match[2] || match[4] === undefined) {
    return false;
  }
  return (
    PARTITION_OF_REGION.get(match[2]) === match[1] &&
    (UUID.test(match[4]) || MRK.test(match[4]))
  );
}

/** The value that may go into a policy: trimmed and valid, or undefined. */
export function acceptedValue(field: Field, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') {
    return undefined;
  }
  const ok = {
    REGION: () => PARTITION_OF_REGION.has(value),
    'ACCOUNT-ID': () => /^\d{12}$/.test(value),
    'YOUR-REPO-NAME': () =>
      value.length >= 2 && value.length <= 256 && REPOSITORY_NAME.test(value),
    'BUCKET-NAME': () => validBucket(value),
    'ARN-OF-ROLE-TO-PASS': () => validRoleArn(value),
    'ARN-OF-KMS-KEY': () => validKmsKeyArn(value),
  }[field]();
  return ok ? value : undefined;
}

/**
 * Every value that may go into a policy: valid on its own, and for an ARN in
 * the partition of the Region, when that is valid (IAM cannot match across
 * partitions).
 */
export function acceptedValues(values: Values): Partial<Record<Field, string>> {
  const region = acceptedValue('REGION', values.REGION);
  const partition =
    region === undefined ? undefined : PARTITION_OF_REGION.get(region);
  const accepted: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const value = acceptedValue(field, values[field]);
    const isArn = field === 'ARN-OF-ROLE-TO-PASS' || field === 'ARN-OF-KMS-KEY';
    if (
      value !== undefined &&
      !(isArn && partition !== undefined && value.split(':')[1] !== partition)
    ) {
      accepted[field] = value;
    }
  }
  return accepted;
}

/** The fields no policy holds with these options: the page checks none of them. */
export function unusedFields(options: Options): Field[] {
  return [
    ...(options.builder === 'noop' ? (['YOUR-REPO-NAME'] as const) : []),
    ...(options.builder === 'kaniko' ? [] : (['BUCKET-NAME'] as const)),
    ...(options.includeKmsGrant ? [] : (['ARN-OF-KMS-KEY'] as const)),
  ];
}

/** Both policies the page must show for these field values and options. */
export function expectedPolicies(
  values: Values,
  options: Options,
): {agent: unknown; sagemaker: unknown} {
  const accepted = acceptedValues(values);
  const fill = (field: Field): string => accepted[field] ?? `<${field}>`;
  const region = fill('REGION');
  return expectedPoliciesFor(
    {
      partition: PARTITION_OF_REGION.get(region) ?? 'aws',
      region,
      account: fill('ACCOUNT-ID'),
      repository: fill('YOUR-REPO-NAME'),
      bucket: fill('BUCKET-NAME'),
      role: fill('ARN-OF-ROLE-TO-PASS'),
      key: fill('ARN-OF-KMS-KEY'),
    },
    options,
  );
}

/** Resources a policy may hold with a * in them: the page's own, never a user's. */
const ALLOWED_WILDCARD_RESOURCES =
  /^(?:\*|arn:[a-z-]+:s3:::[^*?]+\/\*|arn:[a-z-]+:sagemaker:[^*?]+:training-job\/\*|arn:[a-z-]+:logs:[^*?]+:log-group:\/aws\/sagemaker\/TrainingJobs:\*)$/;

/**
 * Checks that hold for any policy text, whatever went in: valid JSON, exactly
 * as JSON.stringify writes it, only characters IAM accepts, and no wildcard
 * in a resource other than the page's own.
 */
export function policyTextProblems(text: string): string[] {
  const problems: string[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${String(error)}`];
  }
  if (JSON.stringify(parsed, null, 2) !== text) {
    problems.push('not in the canonical two-space JSON layout');
  }
  if (!/^[\n\x20-\x7e]*$/.test(text)) {
    problems.push('holds characters outside printable ASCII');
  }
  const statements =
    (parsed as {Statement?: {Resource?: unknown}[]}).Statement ?? [];
  for (const statement of statements) {
    const resources = [statement.Resource].flat();
    for (const resource of resources) {
      if (
        typeof resource !== 'string' ||
        (/[*?]/.test(resource) && !ALLOWED_WILDCARD_RESOURCES.test(resource))
      ) {
        problems.push(
          `resource with a wildcard: ${describe(String(resource))}`,
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Share links, read and written by the page's own code

/**
 * What a share link must put in the form: its fragment as the browser
 * normalizes it (WHATWG URL parser, as in Chromium), read by the page's
 * parser. Options it leaves out are the defaults.
 */
export function linkedForm(url: string): {
  readonly values: Partial<Values>;
  readonly options: Options;
  readonly isShareLink: boolean;
} {
  const {values, options} = parseShareLink(new URL(url).hash);
  return {
    values,
    options: {...DEFAULT_OPTIONS, ...options},
    isShareLink:
      Object.keys(values).length > 0 || Object.keys(options).length > 0,
  };
}

/**
 * The options as the form shows them: least privilege always limits
 * iam:PassRole, so that switch shows on (and cannot be changed).
 */
export function shownOptions(options: Options): Options {
  return {
    ...options,
    restrictPassRole: options.restrictPassRole || options.leastPrivilege,
  };
}

/** Lone surrogates replaced by U+FFFD, as String.prototype.toWellFormed does. */
export function wellFormed(value: string): string {
  return value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/**
 * One key=value pair of a share link, as the page writes it; for an empty
 * value, the pair the page leaves out.
 */
export function encodePair(key: Field, value: string): string {
  // Fields come first in the page's links, before the options.
  return value === ''
    ? `${key}=`
    : (formatShareLink({...EMPTY, [key]: value}, DEFAULT_OPTIONS)
        .slice(1)
        .split('&')[0] ?? '');
}

// ---------------------------------------------------------------------------
// Reading the page in one round trip

export interface FieldState {
  readonly value: string;
  readonly invalid: boolean;
  readonly description: string;
}

export interface PageState {
  readonly fields: Record<Field, FieldState>;
  readonly switches: Options;
  /** Each policy's text as users copy it; null while the page shows none. */
  readonly policies: Record<PolicyName, string | null>;
  readonly pwned: boolean;
  readonly injected: number;
  readonly generatorFailed: boolean;
  /** An output marked busy: it has not caught up with the form yet. */
  readonly busy: boolean;
  readonly violations: string[];
}

export type PolicyName = 'agent' | 'sagemaker';

/** Records CSP violations from the first script on: run before navigating. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {__violations: string[]}).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

/** The CSP violations recorded so far (see recordViolations). */
export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as {__violations?: string[]}).__violations ?? []),
  ]);
}

/** How long readPage waits for the page to settle before it reads anyway. */
const SETTLE_TIMEOUT = 2000;

/**
 * Everything the fuzz tests check, read in one round trip once the page has
 * settled: no DOM change for two animation frames (React has committed what
 * the last input or navigation changed), or SETTLE_TIMEOUT. A caller that
 * expects particular values still re-reads until they show (a transition
 * may render over more than two frames), but most reads are the last.
 */
export async function readPage(page: Page): Promise<PageState> {
  return page.evaluate(
    async ({fields, pwned, timeout}) => {
      await new Promise<void>((resolve) => {
        const deadline = performance.now() + timeout;
        let quietFrames = 0;
        const observer = new MutationObserver(() => {
          quietFrames = 0;
        });
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const frame = (): void => {
          if (quietFrames >= 2 || performance.now() > deadline) {
            observer.disconnect();
            resolve();
            return;
          }
          quietFrames += 1;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });

      const state: Record<string, unknown> = {};
      for (const field of fields) {
        const label = [
          ...document.querySelectorAll<HTMLLabelElement>('.policy-form label'),
        ].find(
          (element) =>
            element.querySelector('code')?.textContent === `<${field}>`,
        );
        const input = label
          ? (document.getElementById(label.htmlFor) as HTMLInputElement | null)
          : null;
        if (!input) {
          throw new Error(`No input for <${field}>`);
        }
        const description = (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        state[field] = {
          value: input.value,
          invalid: input.getAttribute('aria-invalid') === 'true',
          description,
        };
      }
      const switchNamed = (name: string): boolean =>
        [
          ...document.querySelectorAll<HTMLInputElement>('[role="switch"]'),
        ].find((input) => input.labels?.[0]?.textContent === name)?.checked ??
        false;
      // As policyBlock and codeBlockText (e2e/fixtures.ts) find and read a
      // policy: the code block named by its file, its lines' <br>s undone.
      const policyText = (name: string): string | null => {
        const blocks = [
          ...document.querySelectorAll<HTMLElement>('.theme-code-block'),
        ].filter((block) =>
          (block.textContent ?? '').includes(
            `wandb-launch-${name}-policy.json`,
          ),
        );
        if (blocks.length > 1) {
          throw new Error(
            `${blocks.length} code blocks for the ${name} policy`,
          );
        }
        const code = blocks[0]?.querySelector<HTMLElement>('pre code');
        return code
          ? code.innerText.replace(/\n\n/g, '\n').replace(/\n$/, '')
          : null;
      };
      return {
        fields: state as never,
        switches: {
          builder: (document.querySelector<HTMLInputElement>(
            '.policy-form input[type="radio"]:checked',
          )?.value ?? '') as Options['builder'],
          leastPrivilege: switchNamed('Least privilege'),
          includeKmsGrant: switchNamed(
            'kms:CreateGrant for an encrypted training volume',
          ),
          restrictPassRole: switchNamed('Only pass the role to SageMaker'),
          // Not on this page: the agent role's page asks for it.
          agentHost: 'ec2',
          createResources: false,
        },
        policies: {
          agent: policyText('agent'),
          sagemaker: policyText('sagemaker'),
        },
        pwned: pwned in window,
        injected: document.querySelectorAll('[data-pwned]').length,
        busy: document.querySelector('[aria-busy="true"]') !== null,
        generatorFailed: (document.body.textContent ?? '').includes(
          'The policy generator failed',
        ),
        violations: [
          ...((window as unknown as {__violations?: string[]}).__violations ??
            []),
        ],
      };
    },
    {fields: FIELDS, pwned: PWNED, timeout: SETTLE_TIMEOUT},
  );
}

/**
 * What the page must say about each field once errors show: a refused value
 * an error, white space trimmed from an accepted value a warning; nothing
 * about a field no policy uses. A value of white space only reads as empty
 * and is taken as empty (unfilled, no message), as the policy engine's unit
 * tests specify.
 */
export function messageProblems(
  field: Field,
  state: FieldState,
  values: Values,
  options: Options,
): string[] {
  const raw = state.value;
  const trimmed = raw.trim();
  if (unusedFields(options).includes(field)) {
    return state.invalid
      ? [`${field}: value ${describe(raw)} of an unused field marked invalid`]
      : [];
  }
  const accepted = acceptedValues(values)[field];
  const problems: string[] = [];
  if (trimmed !== '' && accepted === undefined) {
    if (!state.invalid || !state.description.includes('Error:')) {
      problems.push(
        `${field}: refused value ${describe(raw)} without an error`,
      );
    }
  } else if (state.invalid) {
    problems.push(`${field}: accepted value ${describe(raw)} marked invalid`);
  }
  if (
    raw !== trimmed &&
    accepted !== undefined &&
    !/Warning: [^.]*white space/i.test(state.description)
  ) {
    problems.push(
      `${field}: white space removed from ${describe(raw)} without saying so`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Stored form: what the page must restore from a localStorage record,
// read by the page's own code

/**
 * The values and options a stored record must restore, as the page's own
 * parser reads it; what it leaves out stays empty or at its default.
 */
export function storedForm(json: string): {values: Values; options: Options} {
  const stored = parseStoredForm(json);
  return {
    values: {...EMPTY, ...stored.values},
    options: {...DEFAULT_OPTIONS, ...stored.options},
  };
}

/**
 * Property-based fuzzing of the live form in Chromium, through every way a
 * value reaches the page: typing and fill, pasting, the share-link fragment
 * (on load and while the page is open), and a tampered localStorage record.
 *
 * Every run checks what the page shows and what its buttons copy against an
 * oracle (e2e/hostileInputs.ts) written from the AWS rules, which reads share
 * links and stored records with the page's own code: each policy is valid
 * JSON, exactly the expected policy for the accepted values, with no wildcard
 * and no refused value in it; refused values and trimmed white space are said
 * at the field; nothing is rendered as HTML; no error, no CSP violation.
 *
 * The seed is printed. Replay a failure with FUZZ_SEED=<seed>; run more (or
 * fewer) inputs with FUZZ_SCALE=<factor>.
 */
import fc from 'fast-check';
import type {Page} from '@playwright/test';
import {toInputValue} from '../src/utils/formState';
import {
  expect,
  fieldInput,
  gotoHydrated,
  policyBlock,
  test,
  waitForHydration,
} from './fixtures';
import {
  DEFAULT_OPTIONS,
  EMPTY,
  FIELDS,
  HOSTILE_STRINGS,
  STORAGE_KEY,
  describe as describeValue,
  encodePair,
  expectedPolicies,
  fieldValueArb,
  linkedForm,
  messageProblems,
  policyTextProblems,
  readPage,
  recordViolations,
  shownOptions,
  storedForm,
  valuesArb,
  wellFormed,
} from './hostileInputs';
import type {
  Field,
  Options,
  PageState,
  PolicyName,
  Values,
} from './hostileInputs';

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = {
  typed: Math.ceil(150 * SCALE),
  pasted: Math.ceil(100 * SCALE),
  linked: Math.ceil(150 * SCALE),
  stored: Math.ceil(100 * SCALE),
};

/** Shrinking drives the browser too: keep it bounded. */
const MAX_SHRINKS = 60;

/**
 * Each property's runs are split into this many tests, each with its own
 * page, so that the two workers share them evenly.
 */
const PARTS = 3;

/** One test's share of a property's runs; `index` counts from 0. */
interface Part {
  readonly index: number;
  readonly runs: number;
}

/** `total` runs split as evenly as they go; the parts add up to `total`. */
function partsOf(total: number): Part[] {
  return Array.from({length: PARTS}, (_, index) => ({
    index,
    runs: Math.floor(total / PARTS) + (index < total % PARTS ? 1 : 0),
  }));
}

const partName = (part: Part): string => `part ${part.index + 1} of ${PARTS}`;

/** The seed FUZZ_SEED gives, or a random one; part i runs with seed + i. */
function baseSeed(): number {
  const fromEnv = process.env.FUZZ_SEED;
  return fromEnv !== undefined && fromEnv !== ''
    ? Number(fromEnv)
    : Math.floor(Math.random() * (0x7fffffff - PARTS));
}

/** Prints the seed and run count where the report and the console show them. */
function announce(kind: string, base: number, part: Part): void {
  const what = `${kind}, ${partName(part)}: seed ${base + part.index}, ${part.runs} runs`;
  test.info().annotations.push({
    type: 'fuzz',
    description: `${what} (replay: FUZZ_SEED=${base})`,
  });
  console.log(`[fuzz] ${what}; replay with FUZZ_SEED=${base}`);
}

function summarize(kind: string, part: Part, inputs: number): void {
  const what = `${kind}, ${partName(part)}: ${part.runs} runs`;
  test.info().annotations.push({
    type: 'fuzz-figures',
    description: `${what}, ${inputs} values entered`,
  });
  console.log(`[fuzz] ${what} passed, ${inputs} values entered`);
}

/** Runs the property; a failure reports the seed, path and a readable input. */
async function check<T>(
  kind: string,
  arbitrary: fc.Arbitrary<T>,
  part: Part,
  run: (input: T) => Promise<void>,
): Promise<void> {
  const base = baseSeed();
  announce(kind, base, part);
  await fc.assert(
    fc.asyncProperty(fc.limitShrink(arbitrary, MAX_SHRINKS), run),
    {
      seed: base + part.index,
      numRuns: part.runs,
      reporter(details) {
        if (!details.failed) {
          return;
        }
        const input = JSON.stringify(details.counterexample, (_key, value) =>
          typeof value === 'string' && value.length > 300
            ? `${value.slice(0, 300)}… (${value.length} chars)`
            : (value as unknown),
        );
        throw new Error(
          `[fuzz] ${kind}, ${partName(part)} failed after ${details.numRuns} runs and ${details.numShrinks} shrinks.\n` +
            `Replay: FUZZ_SEED=${base} (this part's seed ${details.seed}, fast-check path ${details.counterexamplePath ?? '?'})\n` +
            `Input: ${input}\n` +
            `${String(details.errorInstance)}`,
          {cause: details.errorInstance},
        );
      },
    },
  );
}

// ---------------------------------------------------------------------------
// The page

const SENTINEL = '\u0000nothing copied yet';

/**
 * What each policy's copy button, and "Copy share link" if asked, put on the
 * clipboard: all in one round trip, by each button's own click handler,
 * without the pointer's actionability waits (other tests click them for
 * real).
 */
async function copiedTexts(
  page: Page,
  policies: readonly PolicyName[],
  shareLink: boolean,
): Promise<{policies: Partial<Record<PolicyName, string>>; link?: string}> {
  return page.evaluate(
    async ({names, shareLink: withLink, sentinel}) => {
      // As a strict locator: exactly one element, or a failure that says so.
      const onlyOneOf = <T>(elements: readonly T[], what: string): T => {
        if (elements.length !== 1) {
          throw new Error(`${elements.length} ${what}, expected one`);
        }
        return elements[0] as T;
      };
      const copied = async (button: HTMLElement): Promise<string> => {
        await navigator.clipboard.writeText(sentinel);
        button.click();
        // The copy finishes after the click returns: wait for it.
        const deadline = Date.now() + 5000;
        for (;;) {
          const text = await navigator.clipboard.readText();
          if (text !== sentinel || Date.now() > deadline) {
            return text;
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };
      const result: {policies: Record<string, string>; link?: string} = {
        policies: {},
      };
      for (const name of names) {
        const block = onlyOneOf(
          [
            ...document.querySelectorAll<HTMLElement>('.theme-code-block'),
          ].filter((element) =>
            (element.textContent ?? '').includes(
              `wandb-launch-${name}-policy.json`,
            ),
          ),
          `code blocks for the ${name} policy`,
        );
        // Found by title: the accessible name says "Copied" for a second
        // after a copy.
        result.policies[name] = await copied(
          onlyOneOf(
            [...block.querySelectorAll<HTMLElement>('button[title="Copy"]')],
            `copy buttons in the ${name} policy`,
          ),
        );
      }
      if (withLink) {
        result.link = await copied(
          onlyOneOf(
            [...document.querySelectorAll<HTMLElement>('button')].filter(
              (button) =>
                (button.textContent ?? '').includes('Copy share link'),
            ),
            '"Copy share link" buttons',
          ),
        );
      }
      return result;
    },
    {names: policies, shareLink, sentinel: SENTINEL},
  );
}

/**
 * Fills inputs one after the other as Playwright's `fill` does, but for a
 * run of values without line breaks in one round trip rather than several
 * per field: the input must be visible, enabled and editable; its text is
 * selected, it gets focus (the field before it loses it), and the value goes
 * in as one insertText edit, the input event React's onChange reads (for
 * '': the selection is deleted forward, as by the Delete key Playwright
 * presses). Lone surrogates go in as U+FFFD, as CDP's Input.insertText
 * receives them (its text travels as UTF-8). What a one-line input makes of a line break depends on how the
 * text comes in (CDP's Input.insertText drops a lone "\n" but replaces the
 * selection for "\r\n"), so values with line breaks get Playwright's own
 * fill. "fillInputs is Playwright's fill" below holds it to that.
 */
async function fillInputs(
  page: Page,
  entries: readonly (readonly [Field, string])[],
): Promise<void> {
  const batch: (readonly [Field, string])[] = [];
  for (const [index, [id, value]] of entries.entries()) {
    const lineBreaks = /[\r\n]/.test(value);
    if (!lineBreaks) {
      batch.push([id, value]);
    }
    if ((lineBreaks || index === entries.length - 1) && batch.length > 0) {
      await fillInOnePass(page, batch.splice(0));
    }
    if (lineBreaks) {
      await fieldInput(page, id).fill(value);
    }
  }
}

/** fillInputs' one round trip, for values without line breaks. */
async function fillInOnePass(
  page: Page,
  entries: readonly (readonly [Field, string])[],
): Promise<void> {
  await page.evaluate(
    (steps) => {
      for (const [field, value] of steps) {
        // As readPage finds a field's input: by the placeholder in its label.
        const input = [
          ...document.querySelectorAll<HTMLInputElement>('.policy-form input'),
        ].find(
          (element) =>
            element.labels?.[0]?.querySelector('code')?.textContent ===
            `<${field}>`,
        );
        if (
          !input?.checkVisibility() ||
          input.disabled ||
          input.readOnly ||
          input.closest('[inert]')
        ) {
          throw new Error(`<${field}> has no input that can be filled`);
        }
        input.select();
        input.focus();
        if (value === '') {
          document.execCommand('forwardDelete');
        } else {
          document.execCommand('insertText', false, value);
        }
      }
    },
    entries.map(([id, value]) => [id, wellFormed(value)] as const),
  );
}

/** Empties the page's origin storage and loads `url` as a new document. */
async function freshLoad(page: Page, url: string): Promise<void> {
  await page.evaluate(() => {
    localStorage.clear();
    // Off '/' without a navigation, so that going to '/#…' loads a new
    // document rather than changing the fragment: in the same renderer, about
    // twice as fast as by way of about:blank.
    history.replaceState(null, '', '/?leaving');
  });
  await page.goto(url);
  await waitForHydration(page);
}

interface Expectations {
  /**
   * What each input must hold; undefined (for the form or a field): whatever
   * it holds is checked.
   */
  readonly values?: Partial<Values>;
  readonly options: Options;
  /** Also check what "Copy share link" copies. */
  readonly shareLink?: boolean;
}

/** Whether `actual` equals `expected` as `toEqual` has it. */
function equals(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

const valuesOf = (state: PageState): Values =>
  Object.fromEntries(
    FIELDS.map((id) => [id, state.fields[id].value]),
  ) as Values;

/** The policy a page's text reads as; undefined for none or text not JSON. */
function parsed(text: string | null): unknown {
  try {
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Whether the page shows what it must for the values its inputs hold, and
 * they hold `wanted`: once it does, the page has settled.
 */
function showsWhatItMust(
  state: PageState,
  wanted: Partial<Values> | undefined,
  options: Options,
): boolean {
  const expected = expectedPolicies(valuesOf(state), options);
  return (
    !state.busy &&
    FIELDS.every(
      (id) =>
        wanted?.[id] === undefined ||
        wellFormed(state.fields[id].value) === wellFormed(wanted[id]),
    ) &&
    (['agent', 'sagemaker'] as const).every((name) =>
      expected[name] === undefined
        ? state.policies[name] === null
        : equals(parsed(state.policies[name]), expected[name]),
    )
  );
}

/**
 * How long the page may take to show what the last step changed: as long as
 * the polls it replaces gave the inputs and then a policy (2 s each)...
 */
const SETTLE_TIME = 4000;

/**
 * ...unless it stops changing: a page that reads the same for this long
 * (each read after its DOM was quiet for two frames) shows what it will,
 * and a failure's shrinking steps need not wait the whole SETTLE_TIME each.
 */
const UNCHANGED_TIME = 1000;

/**
 * Every property of the page for the values its inputs hold now. Throws with
 * all problems found; returns the state it checked.
 */
async function checkPage(
  page: Page,
  errors: string[],
  expectations: Expectations,
): Promise<PageState> {
  const wanted = expectations.values;
  // readPage waits for the DOM to settle; React may still be rendering a
  // transition: read again until the page shows what it must (or stops
  // changing, or that wait runs out, and the checks below say what is wrong).
  const deadline = Date.now() + SETTLE_TIME;
  let state = await readPage(page);
  let changedAt = Date.now();
  while (
    !showsWhatItMust(state, wanted, expectations.options) &&
    Date.now() < deadline &&
    Date.now() - changedAt < UNCHANGED_TIME
  ) {
    const next = await readPage(page);
    if (JSON.stringify(next) !== JSON.stringify(state)) {
      changedAt = Date.now();
    }
    state = next;
  }
  const values = valuesOf(state);
  const problems: string[] = [...errors.splice(0)];
  for (const id of FIELDS) {
    const expected = wanted?.[id];
    if (
      expected !== undefined &&
      wellFormed(values[id]) !== wellFormed(expected)
    ) {
      problems.push(
        `${id}: the input holds ${describeValue(values[id])}, expected ${describeValue(expected)}`,
      );
    }
  }
  expect(state.switches).toEqual(shownOptions(expectations.options));
  if (state.pwned || state.injected > 0) {
    problems.push('user text was rendered as HTML or run as script');
  }
  if (state.generatorFailed) {
    problems.push('the generator failed');
  }
  if (state.busy) {
    problems.push('an output is still marked busy: it never caught up');
  }
  problems.push(...state.violations.map((v) => `CSP violation: ${v}`));
  for (const id of FIELDS) {
    problems.push(
      ...messageProblems(id, state.fields[id], values, expectations.options),
    );
  }

  const expected = expectedPolicies(values, expectations.options);
  for (const name of ['agent', 'sagemaker'] as const) {
    const shown = state.policies[name];
    if (expected[name] === undefined) {
      // A prebuilt image: the agent needs no policy, and the page shows none.
      if (shown !== null) {
        problems.push(`${name}: a policy is shown where none should be`);
      }
      continue;
    }
    if (shown === null) {
      problems.push(`${name}: no policy shown`);
      continue;
    }
    problems.push(...policyTextProblems(shown).map((p) => `${name}: ${p}`));
    try {
      expect(JSON.parse(shown), `${name} policy`).toEqual(expected[name]);
    } catch (error) {
      problems.push(String(error));
    }
  }
  // The copy buttons of the policies the page must show and does.
  const shown = (['agent', 'sagemaker'] as const).filter(
    (name) => expected[name] !== undefined && state.policies[name] !== null,
  );
  const copied = await copiedTexts(
    page,
    shown,
    expectations.shareLink === true,
  );
  for (const name of shown) {
    if (copied.policies[name] !== state.policies[name]) {
      problems.push(`${name}: the copy button copied other text than shown`);
    }
  }

  if (expectations.shareLink) {
    const link = copied.link ?? '';
    const linked = linkedForm(link);
    const filled = Object.fromEntries(
      FIELDS.filter((id) => values[id] !== '').map((id) => [
        id,
        toInputValue(wellFormed(values[id])),
      ]),
    );
    if (!link.startsWith(new URL('/', page.url()).href)) {
      problems.push(`share link elsewhere: ${describeValue(link)}`);
    }
    try {
      expect(linked.values, 'values in the share link').toEqual(filled);
      expect(linked.options, 'options in the share link').toEqual(
        expectations.options,
      );
    } catch (error) {
      problems.push(String(error));
    }
  }
  problems.push(...errors.splice(0));
  expect(problems).toEqual([]);
  return state;
}

// ---------------------------------------------------------------------------
// Inputs

const TYPEABLE = /^[\x20-\x7e\u00a0-\u00ff]{0,16}$/;

/**
 * A value and how it goes in: filled, or (one time in three, for short
 * printable text) typed key by key.
 */
const enteredArb = (id: Field) =>
  fc.tuple(fieldValueArb(id), fc.nat(2)).map(([value, way]) => ({
    value,
    typed: way === 0 && TYPEABLE.test(value),
  }));

const typedFormArb = fc.record(
  Object.fromEntries(FIELDS.map((id) => [id, enteredArb(id)])) as Record<
    Field,
    ReturnType<typeof enteredArb>
  >,
);

/**
 * What a one-line input must hold after `fill`; undefined for a value with
 * line breaks, which Chromium turns into spaces or drops depending on where
 * they stand (the page then works with whatever the input holds).
 */
const inInput = (value: string): string | undefined =>
  /[\r\n]/.test(value) ? undefined : value;

const withoutSpace = (value: string): string =>
  wellFormed(value).replace(/\s/g, '');

/**
 * Each input holds what went in, but for white space: Chromium puts a line
 * break into a one-line input as a space, or drops it.
 */
function expectInputsHold(
  {fields}: PageState,
  entered: Values,
  how: string,
): void {
  for (const id of FIELDS) {
    expect(
      withoutSpace(fields[id].value),
      `${id} after ${how} ${describeValue(entered[id])}`,
    ).toBe(withoutSpace(entered[id]));
  }
}

function decodes(hash: string): boolean {
  try {
    decodeURIComponent(hash.slice(1));
    return true;
  } catch {
    return false;
  }
}

/** Fragment pieces: well-formed pairs, and raw text a hand-edited link may hold. */
const pairArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .constantFrom(...FIELDS)
      .chain((id) => fieldValueArb(id).map((value) => encodePair(id, value))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...HOSTILE_STRINGS))
      .map(([id, value]) => `${id}=${value}`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'REGION=%E0%A4%A',
      'ACCOUNT-ID=1234%2',
      'REGION=%ZZ',
      '%E0=us-east-1',
      'REGION',
      '=us-east-1',
      'region=us-east-1',
      'UNKNOWN=1',
      '__proto__=x',
      'constructor=x',
      '%52EGION=eu-west-1',
      'REGION=us-east-1=x',
      'REGION=us+east+1',
      'REGION=+us-east-1+',
      'REGION=%20us-east-1%20',
      'REGION=us-east-1%0A',
      'REGION=us-%0Aeast-1',
      'BUCKET-NAME=my-bucket%00',
      'ACCOUNT-ID=%EF%BC%91%EF%BC%92',
      'ARN-OF-ROLE-TO-PASS=arn:aws:iam::123456789012:role/*',
      'ARN-OF-KMS-KEY=arn%3Aaws%3Akms%3A*%3A*%3Akey%2F*',
      'permissions',
      '',
      '&',
      '#',
    ),
  },
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 30})},
);

const fragmentArb = fc
  .tuple(fc.array(pairArb, {maxLength: 8}), fc.boolean())
  .map(([pairs, sameDocument]) => ({fragment: pairs.join('&'), sameDocument}))
  // Chromium refuses URLs over 2 MB.
  .filter(({fragment}) => fragment.length < 1_500_000);

const junkArb = fc.oneof(
  fc.string({maxLength: 20}),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({maxLength: 5}), {maxLength: 3}),
  fc.dictionary(fc.string({maxLength: 5}), fc.string({maxLength: 5}), {
    maxKeys: 2,
  }),
);

const storedArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record(
        {
          values: fc.oneof(
            {weight: 4, arbitrary: valuesArb as fc.Arbitrary<unknown>},
            {
              weight: 1,
              arbitrary: fc.dictionary(
                fc.oneof(fc.constantFrom(...FIELDS), fc.string()),
                fc.oneof(junkArb, fc.constantFrom(...HOSTILE_STRINGS)),
              ),
            },
            {weight: 1, arbitrary: junkArb},
          ),
          options: fc.oneof(
            fc.record(
              {
                builder: fc.oneof(
                  fc.constantFrom('kaniko', 'docker', 'noop'),
                  junkArb,
                ),
                leastPrivilege: fc.oneof(fc.boolean(), junkArb),
                // Written by the page before the builder choice.
                includeKanikoS3: fc.oneof(fc.boolean(), junkArb),
                includeKmsGrant: fc.oneof(fc.boolean(), junkArb),
                restrictPassRole: fc.oneof(fc.boolean(), junkArb),
              },
              {requiredKeys: []},
            ),
            junkArb,
          ),
          extra: junkArb,
        },
        {requiredKeys: []},
      )
      .map((record) => JSON.stringify(record)),
  },
  {weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value))},
  {weight: 1, arbitrary: fc.string({maxLength: 40})},
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'null',
      '[]',
      '"values"',
      '{"values":null}',
      '{"values":[]}',
      '{"values":"us-east-1"}',
      '{"__proto__":{"values":{"REGION":"us-east-1"}}}',
      '{"values":{"__proto__":{"REGION":"us-east-1"}}}',
      '{"values":{"REGION":["us-east-1"]}}',
      '{"values":{"REGION":{"toString":"us-east-1"}}}',
      '{"values":{"REGION":"us-east-1"',
      '{"values":{"REGION":"\\ud800us-east-1"}}',
      '{"values":{"ACCOUNT-ID":"12345678901\\udfff2"}}',
      '{"values":{"REGION":"us-east-1\\n"}}',
      '{"values":{"BUCKET-NAME":"my-\\r\\nbucket"}}',
      '{"options":{"includeKmsGrant":"false","restrictPassRole":1}}',
      '{"options":{"includeKanikoS3":false,"includeKmsGrant":false,"restrictPassRole":true}}',
      `{"values":{"YOUR-REPO-NAME":"${'a'.repeat(100_000)}"}}`,
    ),
  },
);

// ---------------------------------------------------------------------------

// A trace snapshots the DOM at every action, 100,000-character values
// included: too slow here, and the seed replays a failure anyway.
test.use({trace: 'off'});

test.describe('fuzzing the form with hostile input', () => {
  // Dozens to hundreds of page interactions per test.
  test.describe.configure({timeout: 600_000});

  test.beforeEach(async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await recordViolations(page);
  });

  for (const part of partsOf(RUNS.typed)) {
    test(`typed and filled values, ${partName(part)}`, async ({
      page,
      consoleProblems: errors,
    }) => {
      test.skip(part.runs === 0, 'FUZZ_SCALE leaves this part no runs');
      await gotoHydrated(page);
      let inputs = 0;
      await check('typed and filled', typedFormArb, part, async (form) => {
        errors.splice(0); // Each run answers for its own errors.
        // The fills wait in `fills` and go in one round trip, just before a
        // field typed key by key or at the end, so the order stays.
        const fills: [Field, string][] = [];
        for (const id of FIELDS) {
          const {value, typed} = form[id];
          // Emptied first for typing, and for a value of line breaks only:
          // filling that inserts nothing, and would leave the last run's
          // value selected but in place. Any other fill replaces it all.
          if (typed || !/[^\r\n]/.test(value)) {
            fills.push([id, '']);
          }
          if (value !== '' && !typed) {
            fills.push([id, value]);
          }
          if (value !== '' && typed) {
            await fillInputs(page, fills.splice(0));
            await fieldInput(page, id).pressSequentially(value);
          }
          inputs += 1;
        }
        await fillInputs(page, fills.splice(0));
        // Enter asks the form to show every field's messages.
        await fieldInput(page, 'ARN-OF-KMS-KEY').press('Enter');
        const state = await checkPage(page, errors, {
          values: Object.fromEntries(
            FIELDS.map((id) => [id, inInput(form[id].value)]),
          ) as Partial<Values>,
          options: DEFAULT_OPTIONS,
          shareLink: true,
        });
        expectInputsHold(
          state,
          Object.fromEntries(
            FIELDS.map((id) => [id, form[id].value]),
          ) as Values,
          'filling',
        );
      });
      summarize('typed and filled', part, inputs);
    });
  }

  for (const part of partsOf(RUNS.pasted)) {
    test(`pasted values, ${partName(part)}`, async ({
      page,
      consoleProblems: errors,
    }) => {
      test.skip(part.runs === 0, 'FUZZ_SCALE leaves this part no runs');
      await gotoHydrated(page);
      let inputs = 0;
      await check('pasted', valuesArb, part, async (values) => {
        errors.splice(0); // Each run answers for its own errors.
        for (const id of FIELDS) {
          if (values[id] === '') {
            await fillInputs(page, [[id, '']]);
          } else {
            // Onto the clipboard and into the field in one round trip, then
            // the real shortcuts, pressed where that left the focus.
            await fieldInput(page, id).evaluate((element, text) => {
              (element as HTMLInputElement).focus();
              return navigator.clipboard.writeText(text);
            }, values[id]);
            await page.keyboard.press('ControlOrMeta+A');
            await page.keyboard.press('ControlOrMeta+V');
          }
          inputs += 1;
        }
        await fieldInput(page, 'ARN-OF-KMS-KEY').press('Enter');
        // What the browser pastes into a one-line input is its business; the
        // page must do the right thing with whatever the input then holds.
        const state = await checkPage(page, errors, {options: DEFAULT_OPTIONS});
        expectInputsHold(state, values, 'pasting');
      });
      summarize('pasted', part, inputs);
    });
  }

  for (const part of partsOf(RUNS.linked)) {
    test(`share-link fragments, on load and while the page is open, ${partName(part)}`, async ({
      page,
      baseURL,
      consoleProblems: errors,
    }) => {
      test.skip(part.runs === 0, 'FUZZ_SCALE leaves this part no runs');
      await gotoHydrated(page);
      let inputs = 0;
      await check(
        'share-link fragment',
        fragmentArb,
        part,
        async ({fragment, sameDocument}) => {
          errors.splice(0); // Each run answers for its own errors.
          const url = `${baseURL}/#${fragment}`;
          const linked = linkedForm(url);
          const {isShareLink} = linked;
          let before: Values = EMPTY;
          if (sameDocument) {
            // A link opened on the open page: only the fragment changes, the
            // page does not reload.
            before = Object.fromEntries(
              Object.entries((await readPage(page)).fields).map(([id, s]) => [
                id,
                s.value,
              ]),
            ) as Values;
            await page.evaluate((link) => {
              window.location.href = link;
            }, url);
          } else {
            await freshLoad(page, url);
          }
          inputs += fragment.split('&').length;
          await checkPage(page, errors, {
            values: isShareLink ? {...EMPTY, ...linked.values} : before,
            options: isShareLink ? linked.options : DEFAULT_OPTIONS,
            shareLink: true,
          });
          // Read once, a share link leaves the address bar; so does a
          // fragment that does not decode.
          expect(new URL(page.url()).hash).toBe(
            isShareLink || !decodes(new URL(url).hash) ? '' : new URL(url).hash,
          );
        },
      );
      summarize('share-link fragment', part, inputs);
    });
  }

  for (const part of partsOf(RUNS.stored)) {
    test(`tampered localStorage records, ${partName(part)}`, async ({
      page,
      consoleProblems: errors,
    }) => {
      test.skip(part.runs === 0, 'FUZZ_SCALE leaves this part no runs');
      await gotoHydrated(page);
      let inputs = 0;
      await check('localStorage', storedArb, part, async (record) => {
        errors.splice(0); // Each run answers for its own errors.
        await page.evaluate(
          ([key, value]) => localStorage.setItem(key, value),
          [STORAGE_KEY, record] as const,
        );
        await page.reload();
        await waitForHydration(page);
        inputs += 1;
        const {values, options} = storedForm(record);
        await checkPage(page, errors, {values, options, shareLink: true});
      });
      summarize('localStorage', part, inputs);
    });
  }
});

// ---------------------------------------------------------------------------
// What the fuzzing found, pinned down

test.describe('regressions found by fuzzing', () => {
  test.beforeEach(async ({page}) => {
    await recordViolations(page);
  });

  test('a share link opened on the open page fills the form', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForHydration(page);
    await page.evaluate(() => {
      window.location.href = '/#REGION=eu-west-1&ACCOUNT-ID=123456789012';
    });
    await expect(fieldInput(page, 'REGION')).toHaveValue('eu-west-1');
    await expect(fieldInput(page, 'ACCOUNT-ID')).toHaveValue('123456789012');
    await expect(policyBlock(page, 'agent')).toContainText(
      'arn:aws:ecr:eu-west-1:123456789012:repository/',
    );
    expect(new URL(page.url()).hash).toBe('');
  });

  test('a share link or bad fragment opened after an anchor leaves no fragment', async ({
    page,
  }) => {
    await page.goto('/#permissions');
    await waitForHydration(page);
    await page.evaluate(() => {
      window.location.href = '/#BUCKET-NAME=my-launch-bucket';
    });
    await expect(fieldInput(page, 'BUCKET-NAME')).toHaveValue(
      'my-launch-bucket',
    );
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    // Likewise for a fragment that does not decode.
    await page.evaluate(() => {
      window.location.hash = 'permissions';
    });
    await page.evaluate(() => {
      window.location.href = '/#%ZZ';
    });
    await expect.poll(() => new URL(page.url()).hash).toBe('');
  });

  test('a fragment that does not decode leaves the page standing', async ({
    page,
  }) => {
    // On load, then while open: Docusaurus's scroll-to-anchor threw a
    // URIError on it and React took the whole page down.
    await page.goto('/#%E0%A4%A');
    await waitForHydration(page);
    expect(new URL(page.url()).hash).toBe('');
    await page.evaluate(() => {
      window.location.hash = 'REGION=%E0%A4%A';
    });
    await page.evaluate(() => {
      window.location.href = '/#%ZZ';
    });
    await page
      .getByRole('navigation', {name: 'Docs sidebar'})
      .getByRole('link', {name: 'Apply the policies with the AWS CLI'})
      .click();
    await page.goBack();
    await expect(fieldInput(page, 'ACCOUNT-ID')).toBeVisible();
    await fieldInput(page, 'ACCOUNT-ID').fill('123456789012');
    await expect(policyBlock(page, 'agent')).toContainText(':123456789012:');
    // In-page anchors still work.
    await page.evaluate(() => {
      window.location.hash = 'permissions';
    });
    expect(new URL(page.url()).hash).toBe('#permissions');
  });

  test('a line break in a link or a stored value is dropped, as the input drops it', async ({
    page,
  }) => {
    await page.goto('/#REGION=us-%0Aeast-1%0D%0A');
    await waitForHydration(page);
    await expect(fieldInput(page, 'REGION')).toHaveValue('us-east-1');
    // Used as shown, not refused for a line break nobody can see.
    await expect(fieldInput(page, 'REGION')).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    await expect(policyBlock(page, 'agent')).toContainText(
      'arn:aws:ecr:us-east-1:',
    );
    await page.evaluate((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({values: {'BUCKET-NAME': 'my-\r\nbucket'}}),
      );
    }, STORAGE_KEY);
    await page.reload();
    await waitForHydration(page);
    await expect(fieldInput(page, 'BUCKET-NAME')).toHaveValue('my-bucket');
    await expect(policyBlock(page, 'agent')).toContainText(
      'arn:aws:s3:::my-bucket',
    );
  });

  test('a stored value with a lone surrogate can still be shared', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"values":{"REGION":"us-east\\ud800-1"}}');
    }, STORAGE_KEY);
    await page.reload();
    await waitForHydration(page);
    await page.getByRole('button', {name: 'Copy share link'}).click();
    await expect(page.getByText(/^Link copied/)).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The options follow the values in every link.
    expect(link).toMatch(/#REGION=us-east%EF%BF%BD-1&builder=kaniko&/);
  });
});

// ---------------------------------------------------------------------------
// The fuzz tests' own shortcut, held to what it stands for

test('fillInputs is Playwright’s fill: the same value, input events and page', async ({
  page,
}) => {
  await gotoHydrated(page);
  // Line breaks, which a one-line input turns into spaces or drops, and the
  // empty value (Playwright presses Delete for it) included; in a plain field
  // and in the Region's combobox.
  const values = [
    'my-launch-bucket',
    '',
    '  spaced  out  ',
    'a\nb',
    '\n',
    '\r\n',
    '\n\r\n',
    '\nlead',
    'trail\r\n',
    'mid\r\ndle',
    'tab\there',
    '<b data-pwned>x</b>',
    'é👍\u200b',
    '\ud800lone',
    'x'.repeat(100_000),
  ];
  /**
   * What one way of filling does from a known value, `from`: the input
   * events the page sees (the one kind it handles: execCommand fires no
   * beforeinput, and the Delete key's keydown is handled by no field) and
   * the page it leaves.
   */
  async function afterFilling(
    id: Field,
    from: string,
    fill: () => Promise<void>,
  ) {
    await fillInputs(page, [[id, from]]);
    await page.evaluate(() => {
      const w = window as unknown as {
        __inputEvents: string[];
        __stopRecording?: AbortController;
      };
      w.__stopRecording?.abort();
      w.__stopRecording = new AbortController();
      w.__inputEvents = [];
      document.addEventListener(
        'input',
        (event) => {
          const {inputType, data, isTrusted, target} = event as InputEvent;
          w.__inputEvents.push(
            JSON.stringify([inputType, data, isTrusted]) +
              (target as HTMLInputElement).value,
          );
        },
        {capture: true, signal: w.__stopRecording.signal},
      );
    });
    await fill();
    // Leaving the field shows its messages, in the page state compared too.
    await page.keyboard.press('Tab');
    return {
      events: await page.evaluate(
        () => (window as unknown as {__inputEvents: string[]}).__inputEvents,
      ),
      page: await readPage(page),
    };
  }
  for (const id of ['BUCKET-NAME', 'REGION'] as const) {
    // Over a previous value, and over an empty input those that could do
    // something there.
    for (const [from, value] of [
      ...values.map((each) => ['previous value', each] as const),
      ...['', '\n', '\r\n', 'my-launch-bucket'].map(
        (each) => ['', each] as const,
      ),
    ]) {
      const what = `${id} filled with ${describeValue(value)} over ${describeValue(from)}`;
      const byPlaywright = await afterFilling(id, from, () =>
        fieldInput(page, id).fill(value),
      );
      const byFillInputs = await afterFilling(id, from, () =>
        fillInputs(page, [[id, value]]),
      );
      expect(byFillInputs.events, what).toEqual(byPlaywright.events);
      expect(byFillInputs.page, what).toEqual(byPlaywright.page);
    }
  }
});

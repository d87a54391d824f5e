// Keystroke-to-update latency on one form page: key presses in the page's
// fields (pages.mjs), timed in the page until its outputs are updated, with,
// as their floor, the same keys in a bare field that no code of the page
// handles.
import {gotoHydrated} from './browser.mjs';
import {filledValueProblems} from './filled-values.mjs';
import {outputProblems} from './outputs.mjs';
import {median, quantile} from './util.mjs';

/**
 * The keys to press, field by field: type the value, fix a typo at the end;
 * again from the first field until there are `total`.
 * @param {readonly (readonly [string, string])[]} typed
 * @param {number} total
 */
export function keyPlan(typed, total) {
  const plan = [];
  while (plan.length < total) {
    for (const [field, value] of typed) {
      plan.push({field, key: 'Control+a'}, {field, key: 'Backspace'});
      for (const char of value) {
        plan.push({field, key: char});
      }
      plan.push({field, key: 'x'}, {field, key: 'Backspace'});
    }
  }
  return plan.slice(0, total);
}

/**
 * Installs the in-page probe. For each key press it records the keydown's
 * timestamp and when its handler ran (the gap is input delay: in this harness,
 * mostly the DevTools protocol's), then, from the document's `input` listener
 * (which runs after React's own, at its root), the moment the DOM holds the
 * updated outputs: at once, or, while an output is marked aria-busy (it
 * trails the fields in a deferred render), when none is any more. A second
 * time is taken after the next frame is painted. Which outputs changed is
 * counted per press.
 */
function installProbe(expectedOutputs) {
  // The page's live outputs, in page order: each code block that shares its
  // parent with a status bar (OutputToolbar's class). Static code blocks (the
  // original snippets, a shell command) have none, and those of a tab not
  // chosen are not shown, so not counted.
  const outputBlocks = () =>
    [...document.querySelectorAll('.live-policy-toolbar')]
      .filter((toolbar) => toolbar.checkVisibility())
      .map((toolbar) =>
        toolbar.parentElement?.querySelector('.theme-code-block'),
      )
      .filter((block) => block);
  window.__outputBlocks = outputBlocks;
  const blockCount = outputBlocks().length;
  if (blockCount !== expectedOutputs) {
    throw new Error(
      `expected ${expectedOutputs} live outputs, found ${blockCount}`,
    );
  }
  const probe = {results: [], current: null};
  const changed = new Set();
  const observer = new MutationObserver((records) => {
    const blocks = outputBlocks();
    for (const record of records) {
      blocks.forEach((block, index) => {
        if (block.contains(record.target)) {
          changed.add(index);
        }
      });
    }
  });
  observer.observe(document.querySelector('article') ?? document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  document.addEventListener(
    'keydown',
    (event) => {
      changed.clear();
      let settle;
      probe.current = {
        start: event.timeStamp,
        handled: performance.now(),
        done: new Promise((r) => (settle = r)),
      };
      probe.current.settle = settle;
    },
    true,
  );
  // An output still showing the values before the key press is marked
  // aria-busy (the outputs follow the fields in a deferred render).
  const article = document.querySelector('article') ?? document.body;
  const busy = () => article.querySelector('[aria-busy="true"]') !== null;
  const whenNotBusy = (callback) => {
    if (!busy()) {
      callback();
      return;
    }
    const watch = new MutationObserver(() => {
      if (!busy()) {
        watch.disconnect();
        callback();
      }
    });
    watch.observe(article, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  };
  // Two times per press: `update`, when the DOM holds every output for the
  // new values; `frame`, just after the first paint that follows the key
  // press, what Interaction to Next Paint measures. The press settles when
  // both are known.
  const start = (current) => {
    let updated;
    let painted;
    const settle = () => {
      if (updated === undefined || painted === undefined) {
        return;
      }
      observer.takeRecords();
      current.settle({
        update: updated - current.start,
        work: updated - current.handled,
        frame: painted - current.start,
        changed: [...changed],
      });
    };
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        painted = performance.now();
        settle();
      };
      channel.port2.postMessage(null);
    });
    whenNotBusy(() => {
      // The microtask lets the mutation observer see the last changes first.
      queueMicrotask(() => {
        updated = performance.now();
        settle();
      });
    });
  };
  // Keys that change no value (Control+a) fire no input event: time them
  // from keyup instead, so every press settles.
  for (const type of ['input', 'keyup']) {
    document.addEventListener(type, () => {
      const current = probe.current;
      if (!current || current.posted) {
        return;
      }
      current.posted = true;
      // React (listening at its root, below the document) has rendered and
      // committed the key's urgent update by now.
      start(current);
    });
  }
  window.__probe = probe;
}

/** The outputs' texts and languages, as the page shows them. */
async function readOutputs(page) {
  return page.evaluate(() =>
    window.__outputBlocks().map((block) => ({
      text: block.querySelector('pre code')?.innerText ?? '',
      language:
        [...block.classList]
          .find((name) => name.startsWith('language-'))
          ?.slice('language-'.length) ?? '',
    })),
  );
}

/**
 * What is wrong in the outputs once every field holds its whole typed value.
 * The timed presses can stop halfway through a value (--presses is any
 * number), so each such field is first completed, untimed. The outputs may
 * follow the form in a transition: give them a few seconds to catch up.
 * @returns {Promise<{field: string, problem: string}[]>}
 */
async function checkOutputs(page, formPage, inputs) {
  for (const [field, value] of formPage.typed) {
    if ((await inputs[field].inputValue()) !== value) {
      await inputs[field].fill(value);
    }
  }
  const values = Object.fromEntries(formPage.typed);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const outputs = await readOutputs(page);
    const problems = formPage.expected
      ? outputProblems(
          outputs,
          Object.keys(values),
          formPage.expected(values),
        ).map(({output, problem}) => ({
          field: output < 0 ? 'outputs' : `output ${output + 1}`,
          problem,
        }))
      : filledValueProblems(
          outputs.map(({text}) => text),
          values,
        );
    if (problems.length === 0 || Date.now() > deadline) {
      return problems;
    }
    await page.waitForTimeout(100);
  }
}

/** The field whose label holds `<FIELD>`. */
async function fieldInput(page, field) {
  const label = page.locator('label', {hasText: `<${field}>`});
  if ((await label.count()) !== 1) {
    throw new Error(
      `${page.url()}: ${await label.count()} labels hold <${field}>, not 1`,
    );
  }
  return page.locator(`[id="${await label.getAttribute('for')}"]`);
}

const stats = (samples, key) => {
  const values = samples.map((s) => s[key]);
  return {
    median: median(values),
    p95: quantile(values, 0.95),
    max: Math.max(...values),
  };
};

/**
 * Presses the key plan in the page's fields, then in the bare field, with
 * the CPU throttled `rate` times, on a mobile-sized page.
 * @param {object} formPage a row of FORM_PAGES
 * @param {{rate: number, presses: number}} options
 */
export async function typingLatency(
  browser,
  origin,
  formPage,
  {rate, presses},
) {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  // No step may wait for ever: a field or choice that is not there fails.
  context.setDefaultTimeout(30_000);
  try {
    const page = await context.newPage();
    await gotoHydrated(page, origin + formPage.path);
    for (const label of formPage.choose ?? []) {
      await page.getByLabel(label, {exact: true}).check();
    }
    // Let the work that follows hydration (and the choices) finish before
    // the first key press. Bounded: after a choice on /agent-role the second
    // idle callback may never come in headless Chromium.
    await page.evaluate(
      () =>
        new Promise((r) =>
          requestIdleCallback(() => requestIdleCallback(r, {timeout: 2000}), {
            timeout: 2000,
          }),
        ),
    );
    await page.evaluate(installProbe, formPage.outputs);
    const inputs = {};
    for (const [field] of formPage.typed) {
      inputs[field] = await fieldInput(page, field);
    }
    // The floor: a bare text field outside React's root, which no code of the
    // page handles. The same keys there time the browser's own work alone.
    await page.evaluate(() => {
      const bare = document.createElement('input');
      bare.id = 'bench-bare-field';
      bare.setAttribute('aria-label', 'Bare field');
      document.body.prepend(bare);
    });
    const bare = page.locator('#bench-bare-field');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate});
    const pressAll = async (fieldFor) => {
      const samples = [];
      let current = null;
      for (const {field, key} of keyPlan(formPage.typed, presses)) {
        if (field !== current) {
          await fieldFor(field).focus();
          current = field;
        }
        await page.keyboard.press(key);
        const sample = await page.evaluate(() =>
          Promise.race([
            window.__probe.current.done,
            new Promise((r) => setTimeout(() => r(null), 10_000)),
          ]),
        );
        if (sample === null) {
          throw new Error(
            `${formPage.path}: the press of ${key} in ${field} did not settle in 10 s`,
          );
        }
        samples.push(sample);
      }
      return samples;
    };
    const samples = await pressAll((field) => inputs[field]);
    const bareSamples = await pressAll(() => bare);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
    const problems = await checkOutputs(page, formPage, inputs);
    return {
      path: formPage.path,
      rate,
      presses: samples.length,
      outputs: formPage.outputs,
      fields: formPage.typed.map(([field]) => field),
      choices: formPage.choose ?? [],
      update: stats(samples, 'update'),
      work: stats(samples, 'work'),
      frame: stats(samples, 'frame'),
      bareField: stats(bareSamples, 'update'),
      // The floor measured as `frame` is: key event to after the next paint.
      bareFieldFrame: stats(bareSamples, 'frame'),
      allChanged: samples.filter((s) => s.changed.length === formPage.outputs)
        .length,
      anyChanged: samples.filter((s) => s.changed.length > 0).length,
      missing: [...new Set(problems.map(({field}) => field))],
      problems,
    };
  } finally {
    await context.close();
  }
}

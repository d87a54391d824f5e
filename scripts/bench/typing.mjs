// Keystroke-to-update latency: key presses in the form's fields, timed in
// the page until both policies are updated, with, as their floor, the same
// keys in a bare field that no code of the page handles.
import {gotoHydrated} from './browser.mjs';
import {filledValueProblems} from './filled-values.mjs';
import {median, quantile} from './util.mjs';

// Values typed into the six fields, in the form's order: the placeholder in
// each label finds the field. Every statement is on by default, so every
// field feeds one policy or both.
export const TYPED = [
  ['REGION', 'us-west-2'],
  ['ACCOUNT-ID', '123456789012'],
  ['YOUR-REPO-NAME', 'wandb-launch/agent-images'],
  ['BUCKET-NAME', 'my-launch-build-context'],
  ['ARN-OF-ROLE-TO-PASS', 'arn:aws:iam::123456789012:role/SageMakerRole'],
  [
    'ARN-OF-KMS-KEY',
    'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ],
];

/** The keys to press, field by field: type the value, fix a typo at the end. */
export function keyPlan(total) {
  const plan = [];
  while (plan.length < total) {
    for (const [field, value] of TYPED) {
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
 * (which runs after React's own, at its root), the moment the DOM holds both
 * updated policies. A second time is taken after the next frame is painted.
 */
function installProbe() {
  const blockCount = document.querySelectorAll('.theme-code-block').length;
  if (blockCount !== 2) {
    throw new Error(`expected 2 code blocks, found ${blockCount}`);
  }
  const probe = {results: [], current: null};
  const changed = new Set();
  const observer = new MutationObserver((records) => {
    const blocks = [...document.querySelectorAll('.theme-code-block')];
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
  const finish = (current, updated) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        observer.takeRecords();
        current.settle({
          update: updated - current.start,
          work: updated - current.handled,
          frame: performance.now() - current.start,
          changed: [...changed],
        });
      };
      channel.port2.postMessage(null);
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
      // committed both policies by now; the microtask lets the mutation
      // observer see them first.
      queueMicrotask(() => finish(current, performance.now()));
    });
  }
  window.__probe = probe;
}

/**
 * What is wrong in the policies once every field holds its whole typed value.
 * The timed presses can stop halfway through a value (--presses is any
 * number), so each such field is first completed, untimed. The policies follow
 * the form in a transition: give them a few seconds to catch up.
 */
async function checkPolicies(page, inputs) {
  for (const [field, value] of TYPED) {
    if ((await inputs[field].inputValue()) !== value) {
      await inputs[field].fill(value);
    }
  }
  const values = Object.fromEntries(TYPED);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const policyTexts = await page
      .locator('.theme-code-block pre code')
      .allInnerTexts();
    const problems = filledValueProblems(policyTexts, values);
    if (problems.length === 0 || Date.now() > deadline) {
      return problems;
    }
    await page.waitForTimeout(100);
  }
}

/**
 * Presses the key plan in the form's fields, then in the bare field, with
 * the CPU throttled `rate` times, on a mobile-sized page.
 * @param {{rate: number, presses: number}} options
 */
export async function typingLatency(browser, origin, {rate, presses}) {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await gotoHydrated(page, origin + '/');
  // Let the work that follows hydration finish before the first key press.
  await page.evaluate(
    () => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))),
  );
  await page.evaluate(installProbe);
  const inputs = {};
  for (const [field] of TYPED) {
    const id = await page
      .locator('label', {hasText: `<${field}>`})
      .getAttribute('for');
    inputs[field] = page.locator(`[id="${id}"]`);
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
    for (const {field, key} of keyPlan(presses)) {
      if (field !== current) {
        await fieldFor(field).focus();
        current = field;
      }
      await page.keyboard.press(key);
      samples.push(await page.evaluate(() => window.__probe.current.done));
    }
    return samples;
  };
  const samples = await pressAll((field) => inputs[field]);
  const bareSamples = await pressAll(() => bare);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
  const problems = await checkPolicies(page, inputs);
  await context.close();
  const stats = (key, from = samples) => ({
    median: median(from.map((s) => s[key])),
    p95: quantile(
      from.map((s) => s[key]),
      0.95,
    ),
    max: Math.max(...from.map((s) => s[key])),
  });
  return {
    rate,
    presses: samples.length,
    update: stats('update'),
    bareField: stats('update', bareSamples),
    work: stats('work'),
    frame: stats('frame'),
    bothChanged: samples.filter((s) => s.changed.length === 2).length,
    anyChanged: samples.filter((s) => s.changed.length > 0).length,
    missing: [...new Set(problems.map(({field}) => field))],
    problems,
  };
}

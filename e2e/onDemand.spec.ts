/**
 * Each form page's generator (its fields' rules and its documents' writers)
 * loads apart from the page: at the reader's first interaction, or at once
 * for a form other than the built one (src/hooks/useGenerated.ts). Until
 * then the page shows the result it was built with, and its buttons work.
 * The markers are the bench's: a string only that page's generator holds
 * (scripts/bench/pages.mjs).
 */
import type {Page} from '@playwright/test';
import {FORM_PAGES} from '../scripts/bench/pages.mjs';
import {expect, fieldInput, gotoHydrated, test} from './fixtures';
import {STORAGE_KEY, formatStoredForm} from '../src/utils/formState';
import {DEFAULT_OPTIONS} from '../src/utils/policy/options';
import {EMPTY_VALUES} from '../src/utils/policy/fields';
import type {FieldId} from '../src/utils/policy/types';

/** Whether a script the page has run holds the marker. */
function watchScripts(page: Page, marker: string): () => boolean {
  let seen = false;
  page.on('response', async (response) => {
    if (
      response.request().resourceType() === 'script' &&
      (await response.text()).includes(marker)
    ) {
      seen = true;
    }
  });
  return () => seen;
}

for (const {path, marker, typed, choose = []} of FORM_PAGES) {
  const [firstField, firstValue] = typed[0] as readonly [FieldId, string];

  test(`${path}: the generator loads at the first interaction, and the page works before`, async ({
    page,
  }) => {
    const loaded = watchScripts(page, marker);
    await gotoHydrated(page, path);
    await page.waitForLoadState('networkidle');
    expect(loaded(), 'generator loaded before any interaction').toBe(false);
    // The built result fills the form's summary as the server wrote it.
    await expect(page.getByRole('status').first()).not.toBeEmpty();

    // The first interaction: a choice the page needs, or a field's focus.
    const input = fieldInput(page, firstField);
    for (const label of choose) {
      await page.getByRole('radio', {name: label}).check();
    }
    await input.focus();
    await expect
      .poll(loaded, {message: 'generator loaded at the first interaction'})
      .toBe(true);
    await input.fill(firstValue);
    await expect(
      page.locator('main .theme-code-block', {hasText: firstValue}).first(),
    ).toBeVisible();
  });
}

test('a stored form loads the generator at once and fills the outputs', async ({
  page,
}) => {
  const loaded = watchScripts(page, 'ListObjectsInBucket');
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEY,
    formatStoredForm(
      {...EMPTY_VALUES, 'ACCOUNT-ID': '123456789012'},
      DEFAULT_OPTIONS,
    ),
  ] as const);
  await gotoHydrated(page, '/');
  await expect(page.locator('main .theme-code-block').first()).toContainText(
    ':123456789012:',
  );
  // The response's body is read after the script has run, so wait for it.
  await expect.poll(loaded).toBe(true);
});

test('a pointer over the page loads the generator, before any click', async ({
  page,
}) => {
  const loaded = watchScripts(page, 'ensure_role');
  await gotoHydrated(page, '/create-with-code');
  await page.waitForLoadState('networkidle');
  expect(loaded()).toBe(false);
  // A mouse on its way to the tab's Download: the tab's code is live first.
  await page.getByRole('tabpanel').hover();
  await expect.poll(loaded).toBe(true);
  await expect(
    page.getByRole('tabpanel').getByRole('button', {name: /Copy/}),
  ).toBeAttached();
});

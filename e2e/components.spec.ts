import {expect, gotoHydrated, test} from './fixtures';

test.describe('the share link’s confirmation', () => {
  test('stays its full time after a second copy', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
    await gotoHydrated(page);
    await page.clock.pauseAt(Date.now() + 1000);
    await page.getByLabel('AWS Region').fill('us-east-1');
    const copy = page.getByRole('button', {name: 'Copy share link'});
    const confirmation = page.getByText(/^Link copied\./);

    await copy.click();
    await expect(confirmation).toBeVisible();
    await page.clock.runFor(4000);
    await copy.click();
    // The first copy's timer ends here; the second message must outlive it.
    await page.clock.runFor(3000);
    await expect(confirmation).toBeVisible();
    await page.clock.runFor(3500);
    await expect(confirmation).toBeHidden();
  });
});

// https://www.w3.org/WAI/ARIA/apg/patterns/combobox/ (list autocomplete).
test.describe('the Region combobox, as the ARIA Authoring Practices describe it', () => {
  test.beforeEach(async ({page}) => {
    await gotoHydrated(page);
  });

  test('names its list, and opens it with Down Arrow on the current value', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await expect(region).toHaveAttribute('aria-autocomplete', 'list');
    await expect(region).toHaveAttribute('aria-expanded', 'false');
    await region.fill('eu-west-1');
    await region.press('Escape');
    await region.press('ArrowDown');
    await expect(region).toHaveAttribute('aria-expanded', 'true');
    const list = page.getByRole('listbox', {name: 'Regions'});
    await expect(list).toHaveAttribute(
      'id',
      (await region.getAttribute('aria-controls')) ?? '',
    );
    const active = page.locator(
      `[id="${await region.getAttribute('aria-activedescendant')}"]`,
    );
    await expect(active).toHaveRole('option');
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(active).toContainText('eu-west-1');
    await expect(active).toBeInViewport();
    await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
  });

  test('moves with the arrows, wraps at both ends, and Enter picks without submitting', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('us-gov');
    const options = page
      .getByRole('listbox', {name: 'Regions'})
      .getByRole('option');
    await expect(options).toHaveText([/^us-gov-east-1/, /^us-gov-west-1/]);
    const activeText = async () =>
      page
        .locator(`[id="${await region.getAttribute('aria-activedescendant')}"]`)
        .innerText();
    await region.press('ArrowDown');
    expect(await activeText()).toMatch(/^us-gov-east-1/);
    await region.press('ArrowDown');
    expect(await activeText()).toMatch(/^us-gov-west-1/);
    await region.press('ArrowDown');
    expect(await activeText()).toMatch(/^us-gov-east-1/);
    await region.press('ArrowUp');
    expect(await activeText()).toMatch(/^us-gov-west-1/);
    await page.evaluate(() => {
      document.querySelector('form')?.addEventListener('submit', () => {
        document.body.dataset.submitted = 'true';
      });
    });
    await region.press('Enter');
    await expect(region).toHaveValue('us-gov-west-1');
    await expect(page.locator('body')).not.toHaveAttribute('data-submitted');
    await expect(region).toBeFocused();
    await expect(region).toHaveAttribute('aria-expanded', 'false');
    await expect(region).not.toHaveAttribute('aria-activedescendant');
  });

  test('Escape closes the list and keeps the typed text; leaving the field closes it', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('eu-north');
    await expect(region).toHaveAttribute('aria-expanded', 'true');
    await region.press('Escape');
    await expect(region).toHaveAttribute('aria-expanded', 'false');
    await expect(region).toHaveValue('eu-north');
    await region.press('ArrowDown');
    await expect(region).toHaveAttribute('aria-expanded', 'true');
    await region.press('Tab');
    await expect(region).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('listbox', {name: 'Regions'})).toBeHidden();
  });
});

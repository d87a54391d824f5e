import type {Locator, Page} from '@playwright/test';
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

  test('offers the link in a field to copy when the clipboard refuses', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await gotoHydrated(page);
    await page.getByLabel('AWS Region').fill('us-east-1');
    await page.getByRole('button', {name: 'Copy share link'}).click();
    await expect(page.getByText(/did not allow copying/)).toBeVisible();
    // The address bar holds no values: the message must not send users there.
    await expect(page.getByText(/address bar/)).toHaveCount(0);
    const link = page.getByRole('textbox', {name: 'Share link'});
    await expect(link).toHaveValue(/\/#REGION=us-east-1&builder=kaniko&/);
    await expect(link).toHaveAttribute('readonly');
    await expect(link).toBeFocused();
    expect(
      await link.evaluate(
        (input: HTMLInputElement) =>
          input.selectionStart === 0 &&
          input.selectionEnd === input.value.length,
      ),
    ).toBe(true);
  });

  test('says that nothing is filled when nothing is', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page);
    await page.getByRole('button', {name: 'Copy share link'}).click();
    await expect(page.getByText(/^Link copied\./)).toContainText(
      'No value is filled in',
    );
    await expect(page.getByText(/holds your values/)).toHaveCount(0);
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

  test('Enter picks the only Region the list found, without submitting', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('Frankfurt');
    await expect(
      page.getByRole('listbox', {name: 'Regions'}).getByRole('option'),
    ).toHaveText([/^eu-central-1/]);
    await expect(region).not.toHaveAttribute('aria-activedescendant');
    await page.evaluate(() => {
      document.querySelector('form')?.addEventListener('submit', () => {
        document.body.dataset.submitted = 'true';
      });
    });
    await region.press('Enter');
    await expect(region).toHaveValue('eu-central-1');
    await expect(page.locator('body')).not.toHaveAttribute('data-submitted');
    await expect(region).toHaveAttribute('aria-expanded', 'false');
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

test.describe('the Region list', () => {
  test('never breaks a Region ID across lines, at 320 px', async ({page}) => {
    await page.setViewportSize({width: 320, height: 640});
    await gotoHydrated(page);
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.press('ArrowDown');
    const options = page
      .getByRole('listbox', {name: 'Regions'})
      .getByRole('option');
    await expect(options.first()).toBeVisible();
    const broken = await options.evaluateAll((elements) =>
      elements
        .map((option) => option.firstElementChild ?? option)
        .filter((id) => {
          const range = document.createRange();
          range.selectNodeContents(id);
          return range.getClientRects().length > 1;
        })
        .map((id) => id.textContent),
    );
    expect(broken).toEqual([]);
  });

  test('stays above the back-to-top button at 200% zoom', async ({page}) => {
    // 1280 by 800 at 200%: 640 by 400 CSS pixels.
    await page.setViewportSize({width: 640, height: 400});
    await gotoHydrated(page);
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    // Scrolling up, after far down, shows the back-to-top button.
    await page.evaluate(() =>
      window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'}),
    );
    await region.evaluate((input) =>
      window.scrollTo({
        top: window.scrollY + input.getBoundingClientRect().top - 100,
        behavior: 'instant',
      }),
    );
    const backToTop = page.getByRole('button', {name: 'Scroll back to top'});
    await expect(backToTop).toBeVisible();
    await region.press('ArrowDown');
    await expect(region).toHaveAttribute('aria-expanded', 'true');
    await page.waitForTimeout(300); // The button's transition.
    const {overlap, listOnTop} = await backToTop.evaluate((button) => {
      const b = button.getBoundingClientRect();
      const l = (
        document.querySelector('[role="listbox"]') ?? button
      ).getBoundingClientRect();
      const [left, right] = [
        Math.max(b.left, l.left),
        Math.min(b.right, l.right),
      ];
      const [top, bottom] = [
        Math.max(b.top, l.top),
        Math.min(b.bottom, l.bottom),
      ];
      const hit = document.elementFromPoint(
        (left + right) / 2,
        (top + bottom) / 2,
      );
      return {
        overlap: left < right && top < bottom,
        listOnTop: hit?.closest('[role="listbox"]') != null,
      };
    });
    expect(overlap).toBe(true);
    expect(listOnTop).toBe(true);
  });
});

/** The colours, as `r,g,b,a`, of a screenshot's pixels at these points. */
async function pixels(
  page: Page,
  png: Buffer,
  points: readonly (readonly [number, number])[],
): Promise<string[]> {
  return page.evaluate(
    async ({data, at}) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d', {willReadFrequently: true});
      context?.drawImage(image, 0, 0);
      return at.map(([x, y]) =>
        [...(context?.getImageData(x, y, 1, 1).data ?? [])].join(','),
      );
    },
    {data: png.toString('base64'), at: points},
  );
}

test.describe('in forced colours', () => {
  test.beforeEach(async ({page}) => {
    await page.emulateMedia({forcedColors: 'active'});
    await gotoHydrated(page);
  });

  test('a switch shows whether it is on', async ({page}) => {
    // The knob's centre when off, and when on (a 36 by 20 px switch).
    const knobs = async (control: Locator) =>
      pixels(page, await control.screenshot(), [
        [10, 10],
        [26, 10],
      ]);
    const off = page.getByRole('switch', {name: 'Least privilege'});
    const on = page.getByRole('switch', {name: /^kms:CreateGrant/});
    await expect(off).not.toBeChecked();
    await expect(on).toBeChecked();
    const [offLeft, offRight] = await knobs(off);
    const [onLeft, onRight] = await knobs(on);
    expect(offLeft, 'the knob, on the left').not.toBe(offRight);
    expect(onRight, 'the knob, on the right').not.toBe(onLeft);
    expect(onLeft, 'the track, filled when on').not.toBe(offLeft);
    // A switch that another option sets looks set too.
    const implied = page.getByRole('switch', {
      name: 'Only pass the role to SageMaker',
    });
    await off.check();
    await expect(implied).toBeChecked();
    await expect(implied).toBeDisabled();
    const [impliedLeft, impliedRight] = await knobs(implied);
    expect(impliedRight).not.toBe(impliedLeft);
    expect(impliedLeft).not.toBe(offLeft);
  });

  test('the active Region option looks different from the others', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('us-gov');
    const second = page
      .getByRole('listbox', {name: 'Regions'})
      .getByRole('option')
      .nth(1);
    // A point of the option's padding, clear of its text.
    const corner = async () => {
      const box = await second.boundingBox();
      return pixels(page, await second.screenshot(), [
        [Math.floor(box?.width ?? 0) - 3, 2],
      ]);
    };
    await region.press('ArrowDown');
    await expect(second).toHaveAttribute('aria-selected', 'false');
    const inactive = await corner();
    await region.press('ArrowDown');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    expect(await corner()).not.toEqual(inactive);
  });
});

/**
 * Every kind of page, served with the headers of public/_headers, violates
 * none of its Content-Security-Policy. Chrome does not log every violation to
 * the console (zod's `new Function('')` probe for eval went unseen there), so
 * each frame listens for `securitypolicyviolation` events from its start.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { EMBED, EVENT, EVENT_TITLE, frameOf, panel, ready, serveHostPages, serveWithHeaders } from './embed-host.ts';

const hosts = serveHostPages();
/** The first period page of the generated large timeline. */
const PERIOD = readdirSync('dist-e2e/large-10k').find((entry) => /^\d{4}(-\d{2})?$/.test(entry)) ?? '2000';

test.beforeEach(async ({ page }) => {
  await serveWithHeaders(page);
  // In every frame, before any of its scripts.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
});

/** What every frame of the page has seen, once the last reports are in. */
async function violations(page: Page): Promise<string[]> {
  await page.waitForTimeout(250);
  const seen = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [])),
  );
  return seen.flat();
}

const ready_ = async (page: Page): Promise<void> => {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
};

test.describe('served with public/_headers, no page violates its policy', () => {
  for (const path of ['/north-korea/', '/korean/', '/one-day/', '/large-10k/', `/large-10k/${PERIOD}/`, '/embed/north-korea/', '/embed/large-10k/']) {
    test(`${path}, drawn, filtered and with an event open`, async ({ page }) => {
      await page.goto(`${EMBED}${path}`);
      await ready_(page);
      // An event opened from the address, as a deep link does.
      const id = await page.locator('.tl-list article[data-event]').first().getAttribute('data-event');
      await page.evaluate((event) => (location.hash = `#${event}`), id);
      // (The panel's name is in the timeline's language.)
      await expect(page.locator(`.tl-panel article[data-event="${id}"]`)).toHaveCount(1);
      if (!path.startsWith('/embed/')) {
        // The search parses the address with zod, as the filters do on every page.
        await page.goto(`${EMBED}${path}?q=summit&groups=nope`);
        await ready_(page);
      }
      expect(await violations(page)).toEqual([]);
    });
  }

  test('a story and its embed, stepped through', async ({ page }) => {
    for (const path of ['/north-korea/story/road-to-vostochny/', '/embed/north-korea/?story=road-to-vostochny&step=6']) {
      await page.goto(`${EMBED}${path}`);
      await ready_(page);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.tl-story__progress-text')).not.toHaveText('');
    }
    expect(await violations(page)).toEqual([]);
  });

  test('the home page and a changes page', async ({ page }) => {
    await page.goto(`${EMBED}/`);
    await page.goto(`${EMBED}/north-korea/changes/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the Embed dialog and its preview', async ({ page }) => {
    await page.goto(`${EMBED}/north-korea/#${EVENT}`);
    await ready_(page);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.frameLocator('.tl-share__preview iframe').locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
    expect(await violations(page)).toEqual([]);
  });

  test('an embed on another site’s page, opened from the host’s address', async ({ page }) => {
    await page.goto(`${hosts.url}/one?nk=${EVENT}`);
    const frame = frameOf(page, 'nk');
    await ready(frame);
    await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

/**
 * The site's headers (public/_headers) as the tests' server sends them, and
 * the guard of test.ts, which fails a browser test when the
 * Content-Security-Policy blocked anything on its pages: since every test
 * runs under the policy, this file checks only the headers and the guard.
 */
import { expect, test } from './test.ts';
import { EVENT, frameOf, ready, serveHostPages } from './embed-host.ts';

const hosts = serveHostPages();

test('pages are sent with the policy; the embed with its own too, which lets any site frame it', async ({ request }) => {
  const page = (await request.get('/north-korea/')).headers();
  expect(page['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
  expect(page['content-security-policy']).not.toContain('frame-ancestors');
  expect(page['x-content-type-options']).toBe('nosniff');
  // Two policies, both enforced: every page's, then the embed's own.
  const embed = (await request.get('/embed/north-korea/')).headers();
  expect(embed['content-security-policy']?.split(', default-src')).toHaveLength(2);
  expect(embed['content-security-policy']).toMatch(/frame-ancestors \*$/);
  expect(embed['cross-origin-resource-policy']).toBe('cross-origin');
  expect((await request.get('/embed.js')).headers()['cross-origin-resource-policy']).toBe('cross-origin');
});

test('the guard sees what the policy blocks, on the page and in a frame from another site', async ({ page, policy }) => {
  policy.expected = true;
  const tryBlocked = (): void => {
    const script = document.createElement('script');
    script.textContent = 'window.ran = true';
    document.head.append(script);
    new Image().src = 'http://example.invalid/pixel.png';
  };
  await page.goto(`${hosts.url}/one?nk=${EVENT}`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  expect(policy.violations).toEqual([]);
  await frame.locator(':root').evaluate(tryBlocked);
  // The embed has two policies, both enforced: each reports.
  await expect.poll(() => policy.violations.length).toBe(4);
  expect(new Set(policy.violations.map((line) => line.replace(/ \(.*\)$/, '')))).toEqual(
    new Set(['/embed/north-korea/: script-src-elem blocked inline', '/embed/north-korea/: img-src blocked http://example.invalid/pixel.png']),
  );
  expect(await frame.locator(':root').evaluate(() => 'ran' in window)).toBe(false);
  // The host page has no policy: there the script runs, and nothing is reported.
  await page.evaluate(tryBlocked);
  expect(await page.evaluate(() => 'ran' in window)).toBe(true);
  expect(policy.violations).toHaveLength(4);
});

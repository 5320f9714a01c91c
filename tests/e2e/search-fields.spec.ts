/**
 * A one-page timeline's search reads the fields a large timeline's index
 * does (src/lib/search/search-index.ts): title, summary, notes, place and
 * tags; not the lane, the sources or the dates an entry also shows.
 */
import { expect, test } from './test.ts';

const PAGE = '/search-fields/';

test('search finds words in the title, summary, notes, place and tags, and not in lanes, sources or dates', async ({ page }) => {
  const found: Record<string, string> = {};
  for (const word of ['aardvark', 'ocelot', 'narwhal', 'platypus', 'yakutsk', 'kiwi', 'zebra', 'quokka', 'wombat', 'march', '2023', 'context']) {
    await page.goto(`${PAGE}?q=${word}`);
    const count = page.locator('.tl-filters__count');
    await expect(count).toHaveText(/ of 5 events$/);
    found[word] = (await count.textContent()) ?? '';
  }
  expect(found).toEqual({
    aardvark: '1 of 5 events',
    ocelot: '1 of 5 events',
    narwhal: '1 of 5 events',
    platypus: '1 of 5 events',
    yakutsk: '1 of 5 events',
    kiwi: '1 of 5 events',
    zebra: '0 of 5 events',
    quokka: '0 of 5 events',
    wombat: '0 of 5 events',
    march: '0 of 5 events',
    '2023': '0 of 5 events',
    context: '0 of 5 events',
  });
});

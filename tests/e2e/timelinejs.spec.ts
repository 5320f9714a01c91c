/** The TimelineJS export as the site serves it: every small timeline has one; a timeline published in periods has none. */
import { expect, test } from './test.ts';

test('each small timeline is published in TimelineJS JSON, with every event', async ({ request }) => {
  const response = await request.get('/north-korea.timelinejs.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const data = (await response.json()) as { title: { text: { headline: string } }; events: Array<{ unique_id: string }> };
  expect(data.title.text.headline).toBe('North Korea turns to Moscow and Beijing');
  expect(data.events).toHaveLength(45);
  expect(data.events.map((e) => e.unique_id)).toContain('plenum-2023-12');
});

test('a timeline published in periods has no TimelineJS file', async ({ request }) => {
  expect((await request.get('/large-10k.timelinejs.json')).status()).toBe(404);
});

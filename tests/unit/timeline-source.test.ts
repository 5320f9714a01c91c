/**
 * A large timeline's files as the browser fetches them (src/client/timeline-source.ts):
 * a network blip, or the server's trouble, is tried again; a failure is not kept.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelineSource } from '../../src/client/timeline-source.ts';
import { idShard } from '../../src/lib/model/timeline-plan.ts';
import type { VisData, VisItem } from '../../src/lib/vis/to-vis.ts';

const item: VisItem = { id: 'far-event', content: 'Far event', start: 0, type: 'point', className: 'tl-item' };
const data: VisData = {
  eras: [],
  groups: [],
  markers: [],
  extent: { min: 0, max: 1 },
  bounds: { min: 0, max: 1 },
  periods: [{ key: '1970', start: 0, end: 1, count: 1, reach: 1, byImportance: { high: 0, normal: 1, low: 0 }, byGroup: { '': 1 } }],
  chunks: {},
  highlights: [],
  highlightsComplete: true,
  remote: { base: './', idShards: 4 },
};
const BASE = new URL('https://example.org/big/');
const FILES: Record<string, unknown> = {
  [`/big/ids/${idShard(item.id, 4)}.json`]: { [item.id]: '1970' },
  '/big/1970/items.json': [item],
};

/** The server's answers: the first `failures` requests fail as `how`, later ones succeed. */
function serve(failures: number, how: 'offline' | 503 | 404): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: URL) => {
    asked.push(url.pathname);
    if (asked.length <= failures)
      return how === 'offline' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response('', { status: how }));
    return Promise.resolve(Response.json(FILES[url.pathname]));
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('TimelineSource', () => {
  it.each(['offline', 503] as const)('tries the id index and a period again after a blip (%s)', async (how) => {
    const asked = serve(1, how);
    await expect(new TimelineSource(data, BASE).locate(item.id)).resolves.toEqual(item);
    expect(asked.length).toBe(3);
  });

  it('does not keep a failure: the next ask fetches again', async () => {
    const asked = serve(3, 'offline');
    const source = new TimelineSource(data, BASE);
    await expect(source.locate(item.id)).rejects.toThrow(/ids\/\d\.json/);
    await expect(source.locate(item.id)).resolves.toEqual(item);
    expect(asked.filter((p) => p.includes('/ids/')).length).toBe(4);
  });

  it('asks once for a file that is not there, and asks again later', async () => {
    const asked = serve(1, 404);
    const source = new TimelineSource(data, BASE);
    await expect(source.periodOf(item.id)).rejects.toThrow(/404/);
    expect(asked.length).toBe(1);
    await expect(source.periodOf(item.id)).resolves.toBe('1970');
  });
});

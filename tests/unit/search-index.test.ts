import { describe, expect, it } from 'vitest';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';
import { matches, NO_FILTERS, type Filters } from '../../src/lib/search/filters.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import type { Timeline } from '../../src/lib/model/model.ts';
import { buildSearchIndex, searchText, shardCount, type SearchIndex } from '../../src/lib/search/search-index.ts';
import { fromGaps, searchWords, shardOf, toGaps } from '../../src/lib/search/search-words.ts';
import { eventsWithWord, findEvents, intersect, locateEvent, union, type IndexFiles } from '../../src/lib/search/search-query.ts';

function load(yaml: string): Timeline {
  const { timeline, problems } = loadTimeline(yaml, 'search.yaml');
  expect(problems).toEqual([]);
  if (!timeline) throw new Error('no timeline');
  return timeline;
}

/** The index's files from memory, as the page would fetch them, through JSON as they are written. */
function filesOf(index: SearchIndex): IndexFiles {
  const copy = <T>(x: T): Promise<T> => Promise.resolve(JSON.parse(JSON.stringify(x)) as T);
  return {
    manifest: () => copy(index.manifest),
    words: (n) => copy(index.words[n] ?? {}),
    list: (kind, n) => copy((kind === 'group' ? index.groups : index.tags)[n] ?? []),
  };
}

const SMALL = `
title: Search
groups:
  - { id: party, title: Party }
  - { id: russia, title: Russia }
events:
  - id: plenum
    title: The Plenum in Pyŏngyang
    date: 2023-12-26
    group: party
    tags: [kcna]
    summary: Kim sets "militant tasks" ([report](https://example.org/)).
    annotations:
      - { kind: quote, text: "He set forth **tasks**", attribution: KCNA }
  - id: summit
    title: Summit at Vostochny
    date: 2023-09-13
    group: russia
    place: Amur Oblast
`;

describe('searchWords', () => {
  it('splits at anything not a letter or digit, case and accents aside', () => {
    expect(searchWords('Kim’s “Plenum”, Pyŏngyang 2023-12')).toEqual(['kim', 's', 'plenum', 'pyongyang', '2023', '12']);
  });
});

describe('buildSearchIndex', () => {
  it('numbers events in time order, and files each word, lane and tag', () => {
    const index = buildSearchIndex(load(SMALL));
    expect(index.manifest).toEqual({ version: 1, total: 2, shards: 16, periods: [['all', 2]], groups: ['party', 'russia'], tags: ['kcna'] });
    // The summit (September) comes first.
    const shard = (word: string) => index.words[shardOf(word, 16)] ?? {};
    expect(shard('vostochny')['vostochny']).toEqual([0]);
    expect(shard('pyongyang')['pyongyang']).toEqual([1]);
    expect(shard('tasks')['tasks']).toEqual([1]);
    expect(shard('kcna')['kcna']).toEqual([1]);
    expect(index.groups).toEqual([[1], [0]]);
    expect(index.tags).toEqual([[1]]);
  });

  it('stores each list as gaps', () => {
    expect(toGaps([3, 4, 10, 200])).toEqual([3, 1, 6, 190]);
    expect(fromGaps(toGaps([3, 4, 10, 200]))).toEqual([3, 4, 10, 200]);
  });

  it('shards by the first two letters, so a word and the words it begins share a file', () => {
    expect(shardOf('plenum', 64)).toBe(shardOf('pl', 64));
    expect(shardOf(searchWords('평양에서')[0] ?? '', 64)).toBe(shardOf(searchWords('평양')[0] ?? '', 64));
    expect([shardCount(10), shardCount(10_000), shardCount(100_000), shardCount(1_000_000)]).toEqual([16, 32, 256, 256]);
  });
});

describe('search-query', () => {
  it('finds words by their beginning, one letter by itself', () => {
    const shard = { plenum: [1, 4], plenary: [2], pl: [7], p: [3] };
    // Gaps: plenum is in events 1 and 5.
    expect(eventsWithWord(shard, 'plen')).toEqual([1, 2, 5]);
    expect(eventsWithWord(shard, 'pl')).toEqual([1, 2, 5, 7]);
    expect(eventsWithWord(shard, 'p')).toEqual([3]);
    expect(eventsWithWord(shard, 'x')).toEqual([]);
  });

  it('intersects and unites sorted lists', () => {
    expect(intersect([1, 3, 5, 9], [2, 3, 9, 10])).toEqual([3, 9]);
    expect(union([[1, 5], [2, 5], [9]])).toEqual([1, 2, 5, 9]);
  });

  it('finds the period of an event number', () => {
    const manifest = {
      periods: [
        ['1995', 3],
        ['1996', 2],
      ] as const,
    };
    expect([0, 2, 3, 4, 5].map((n) => locateEvent(manifest, n))).toEqual([
      { period: '1995', offset: 0 },
      { period: '1995', offset: 2 },
      { period: '1996', offset: 0 },
      { period: '1996', offset: 1 },
      undefined,
    ]);
  });

  it('combines words, lanes and tags', async () => {
    const files = filesOf(buildSearchIndex(load(SMALL)));
    const find = (f: Partial<Filters>) => findEvents({ ...NO_FILTERS, ...f }, files);
    expect(await find({ q: 'PYONG tasks' })).toEqual([1]);
    expect(await find({ q: 'militant', groups: ['russia'] })).toEqual([]);
    expect(await find({ groups: ['russia', 'party'] })).toEqual([0, 1]);
    expect(await find({ tags: ['kcna'] })).toEqual([1]);
    expect(await find({ tags: ['unknown'] })).toEqual([]);
    expect(await find({ q: '— …' })).toEqual([0, 1]);
  });
});

describe('the index agrees with reading every event', () => {
  const timeline = load(generateTimelineWithEvents({ events: 2000, seed: 3 }).yaml);
  const files = filesOf(buildSearchIndex(timeline));
  const words = timeline.events.map((e) => searchWords(searchText(e)));
  const queries: Array<Partial<Filters>> = [
    { q: 'talks' },
    { q: 'sanct beij' },
    { q: 'delegations from tokyo' },
    { q: 'zurich' },
    { groups: ['security', 'media'], tags: ['navy', 'nato'] },
    { q: 'summit', groups: ['diplomacy'] },
    { q: 'report', tags: ['floods'] },
    { q: 'nothingmatchesthis' },
  ];
  it.each(queries)('%o', async (query) => {
    const filters = { ...NO_FILTERS, ...query };
    const asked = searchWords(filters.q);
    const expected = timeline.events.flatMap((e, n) =>
      asked.every((w) => (words[n] ?? []).some((word) => word.startsWith(w))) && matches({ text: '', group: e.group, tags: e.tags }, { ...filters, q: '' })
        ? [n]
        : [],
    );
    const found = await findEvents(filters, files);
    expect(found).toEqual(expected);
    // What the index finds, the one-page search finds too.
    for (const n of found)
      expect(
        matches(
          { text: searchText(timeline.events[n] as Timeline['events'][number]), group: timeline.events[n]?.group, tags: timeline.events[n]?.tags ?? [] },
          filters,
        ),
      ).toBe(true);
    if (query.q !== 'nothingmatchesthis') expect(found.length).toBeGreaterThan(0);
  });
});

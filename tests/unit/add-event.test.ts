/**
 * Adding an event edits the file as a person would: the test reads the
 * result back as the original plus inserted lines, nothing else changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addEvent, type AddedEvent, type NewEvent } from '../../src/lib/exchange/add-event.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { slugify, uniqueId } from '../../src/lib/exchange/slug.ts';

// A frozen copy of the sample: these tests pin line numbers.
const SAMPLE = readFileSync(new URL('../fixtures/authoring/sample.yaml', import.meta.url), 'utf8');
const ODD = readFileSync(new URL('../fixtures/authoring/odd-formatting.yaml', import.meta.url), 'utf8');

/**
 * The lines `after` has that `before` has not, as `line: text`, proving on the
 * way that `before` is `after` with only those lines taken out.
 */
function insertedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const inserted: string[] = [];
  let i = 0;
  b.forEach((line, j) => {
    if (i < a.length && line === a[i]) i++;
    else inserted.push(`${j + 1}: ${line}`);
  });
  expect(i, 'every line of the original is kept, in order').toBe(a.length);
  expect(b.length - inserted.length).toBe(a.length);
  return inserted;
}

function added(text: string, input: NewEvent, file = 'data/north-korea.yaml'): Extract<AddedEvent, { ok: true }> {
  const r = addEvent(text, file, input);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r;
}

describe('addEvent', () => {
  it('puts the event in date order in the sample, with a new source, changing no other line', () => {
    const r = added(SAMPLE, {
      title: 'Kim–Putin talks at Vostochny (test)',
      date: '2023-09-13',
      group: 'russia',
      tags: ['summit'],
      summary: 'A *test* event.',
      sourceUrl: 'https://www.example.org/vostochny',
      publisher: 'Example News',
    });
    expect({ id: r.id, index: r.index, source: r.source }).toMatchInlineSnapshot(`
      {
        "id": "kim-putin-talks-at-vostochny-test-2023-09-13",
        "index": 25,
        "source": {
          "added": true,
          "id": "example-2023-09-13",
        },
      }
    `);
    expect(insertedLines(SAMPLE, r.text)).toMatchInlineSnapshot(`
      [
        "410:   - id: example-2023-09-13",
        "411:     publisher: Example News",
        "412:     url: https://www.example.org/vostochny",
        "902:   - id: kim-putin-talks-at-vostochny-test-2023-09-13",
        "903:     title: Kim–Putin talks at Vostochny (test)",
        "904:     date: 2023-09-13",
        "905:     group: russia",
        "906:     tags: [summit]",
        "907:     summary: A *test* event.",
        "908:     sources: [example-2023-09-13]",
        "909: ",
      ]
    `);
    const events = loadTimeline(r.text, 'data/north-korea.yaml').timeline?.events.map((e) => e.id) ?? [];
    expect(events.indexOf(r.id)).toBe(events.indexOf('putin-summit-2023-09') + 1);
  });

  it('cites a source already listed with the same address rather than adding another', () => {
    const r = added(SAMPLE, { title: 'Test', date: '2023-12-28', group: 'party', sourceUrl: 'https://www.scmp.com/news/asia/east-asia/article/3246443/' });
    expect(r.source).toEqual({ id: 'scmp-2023-12-28', added: false });
    expect(insertedLines(SAMPLE, r.text).filter((l) => l.includes('sources'))).toMatchInlineSnapshot(`
      [
        "1145:     sources: [scmp-2023-12-28]",
      ]
    `);
  });

  it('keeps the layout, comments and quoting of a file with habits of its own', () => {
    const first = added(ODD, { title: 'Earliest', date: '2018-01', group: 'talks', sourceUrl: 'https://news.example.co.uk/a' }, 'odd.yaml');
    const middle = added(first.text, { title: 'Same month as the launch', date: '2019-05', group: 'tests', tags: ['a', 'b'] }, 'odd.yaml');
    const last = added(middle.text, { title: 'Last', date: '2030', group: 'talks' }, 'odd.yaml');
    expect([first.index, middle.index, last.index]).toEqual([0, 3, 5]);
    expect(insertedLines(ODD, last.text)).toMatchInlineSnapshot(`
      [
        "19: -   id: news-example-2018-01",
        "20:     publisher: news.example.co.uk",
        "21:     url: https://news.example.co.uk/a",
        "24: -   id: earliest-2018-01",
        "25:     title: Earliest",
        "26:     date: 2018-01",
        "27:     group: talks",
        "28:     sources: [news-example-2018-01]",
        "47: -   id: same-month-as-the-launch-2019-05",
        "48:     title: Same month as the launch",
        "49:     date: 2019-05",
        "50:     group: tests",
        "51:     tags: [a, b]",
        "57: -   id: last-2030",
        "58:     title: Last",
        "59:     date: 2030",
        "60:     group: talks",
      ]
    `);
  });

  it('starts a sources list above events when there is none', () => {
    const text = '# A timeline\ntitle: T\n\n# The events\nevents:\n  - id: a\n    title: A\n    date: 2023\n';
    const r = added(text, { title: 'B', date: '2024', sourceUrl: 'https://example.org/b' }, 't.yaml');
    expect(r.text).toMatchInlineSnapshot(`
      "# A timeline
      title: T

      sources:
        - id: example-2024
          publisher: example.org
          url: https://example.org/b

      # The events
      events:
        - id: a
          title: A
          date: 2023
        - id: b-2024
          title: B
          date: 2024
          sources: [example-2024]
      "
    `);
  });

  it('keeps CRLF line endings', () => {
    const text = 'title: T\r\nevents:\r\n  - id: a\r\n    title: A\r\n    date: 2023\r\n';
    expect(added(text, { title: 'B', date: '2024' }, 't.yaml').text).toBe(`${text}  - id: b-2024\r\n    title: B\r\n    date: 2024\r\n`);
  });

  it('makes ids unique with -2, -3', () => {
    const text = 'title: T\nevents:\n  - id: plenum-2023-12\n    title: Plenum\n    date: 2023-12\n';
    const second = added(text, { title: 'Plenum', date: '2023-12' }, 't.yaml');
    const third = added(second.text, { title: 'Plenum', date: '2023-12' }, 't.yaml');
    expect([second.id, third.id]).toEqual(['plenum-2023-12-2', 'plenum-2023-12-3']);
  });

  it('refuses, with the validator’s problems, when the result would not be a valid timeline', () => {
    const r = addEvent(SAMPLE, 'data/north-korea.yaml', { title: 'Bad', date: '2023-13-01', group: 'russsia' });
    expect(r.ok ? r.text : r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/north-korea.yaml:1310:11 events[45] "bad-2023-13-01" → date: 2023-13-01 has month 13. Months run from 01 to 12.",
        "data/north-korea.yaml:1311:12 events[45] "bad-2023-13-01" → group: russsia is not the id of a group. Did you mean russia?",
      ]
    `);
  });

  it('refuses to edit a file that already has problems', () => {
    const r = addEvent('title: T\nevents: []\n', 't.yaml', { title: 'A', date: '2023' });
    expect(r.ok ? r.text : r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "t.yaml:2:9 timeline → events: has no events. Add at least one item under events:.",
      ]
    `);
  });
});

describe('slugify', () => {
  it.each([
    ['Kim’s first visit to China', 'kims-first-visit-to-china'],
    ['Second Kim–Xi summit', 'second-kim-xi-summit'],
    ['Café São Paulo', 'cafe-sao-paulo'],
    ['  --Already--a--slug--  ', 'already-a-slug'],
    ['평양', ''],
    ['The 9th Enlarged Plenary Meeting of the 8th Central Committee of the Workers’ Party', 'the-9th-enlarged-plenary-meeting-of-the-8th'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)).toBe(true);
  });

  it('appends -2, -3 to a taken id', () => {
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});

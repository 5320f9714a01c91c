/**
 * Format 1.1's annotations: a dispute with several sources, corrections and
 * updates with the day they were made, and the source check's warnings. The
 * wording of every new message is pinned here, with its line:column (counted
 * in the inline YAML below).
 */
import { describe, expect, it } from 'vitest';
import { writeAtom } from '../../src/lib/exchange/to-atom.ts';
import { toTimelineJson } from '../../src/lib/exchange/to-json.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { listChanges } from '../../src/lib/model/changes.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { formatProblem, sortProblems } from '../../src/lib/format/problems.ts';
import { renderEvent } from '../../src/lib/render/render-event.ts';
import { uiStrings } from '../../src/lib/i18n/index.ts';

const load = (...lines: string[]) => loadTimeline(`${lines.join('\n')}\n`, 'inline.yaml');

const SOURCES = [
  'sources:',
  '  - id: tass',
  '    publisher: TASS',
  '    published: 2023-11-16',
  '  - id: yonhap',
  '    publisher: Yonhap',
  '    published: 2023-11-16',
];

describe('dispute, sources and dates on annotations', () => {
  it('loads a dispute citing several sources, and dated corrections and updates, without a warning', () => {
    const r = load(
      'title: T',
      ...SOURCES,
      'events:',
      '  - id: session',
      '    title: Session',
      '    date: 2023-11-15',
      '    sources: [tass]',
      '    annotations:',
      '      - kind: dispute',
      '        text: TASS says 16 November; Yonhap 15 November.',
      '        sources: [tass, yonhap]',
      '      - kind: correction',
      '        date: 2024-01-05',
      '        text: An earlier version gave 16 November.',
      '      - kind: update',
      '        date: 2024-01-02',
      '        text: The protocol was published.',
    );
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.warnings.map(formatProblem)).toEqual([]);
    const [dispute, correction] = r.timeline?.events[0]?.annotations ?? [];
    expect(dispute).toMatchObject({ kind: 'dispute', sources: ['tass', 'yonhap'] });
    expect(correction?.date).toMatchObject({ text: '2024-01-05', year: 2024, month: 1, day: 5 });
  });

  it('reports an unknown source in sources, a date on another kind, a dispute with one source, and a date that is not one', () => {
    const r = load(
      'title: T',
      ...SOURCES,
      'events:',
      '  - id: session',
      '    title: Session',
      '    date: 2023-11-15',
      '    sources: [tass]',
      '    annotations:',
      '      - kind: dispute',
      '        text: One source only.',
      '        sources: [tass, tas]',
      '      - kind: dispute',
      '        text: One source only.',
      '        source: tass',
      '      - kind: context',
      '        date: 2024-01-05',
      '        text: Context has no date.',
      '      - kind: correction',
      '        date: 2024-02-30',
      '        text: Not a day.',
    );
    expect(sortProblems(r.problems).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "inline.yaml:17:25 events[0] "session" → annotations[0].sources[1]: tas is not the id of a source. Did you mean tass?",
        "inline.yaml:18:9 events[0] "session" → annotations[1]: is a dispute that cites one source. A dispute shows sources that differ: list at least two under sources:, e.g. sources: [tass-2023-11-16, yonhap-2023-11-16].",
        "inline.yaml:22:9 events[0] "session" → annotations[2].date: is only for corrections and updates, and this annotation is a context. Remove date:, or make the annotation a correction or an update if it records a change to this timeline.",
        "inline.yaml:25:15 events[0] "session" → annotations[3].date: 2024-02-30 has day 30, but February 2024 has 29 days. Check the day of the month.",
      ]
    `);
  });
});

describe('the source check', () => {
  it('warns, without failing, of a source without a date, an event citing nothing, a source cited by nothing and an undated change', () => {
    const r = load(
      'title: T',
      'sources:',
      '  - id: undated',
      '    publisher: KCNA',
      '  - id: unused',
      '    publisher: TASS',
      '    published: 2023-11-16',
      'events:',
      '  - id: cited',
      '    title: Cited',
      '    date: 2023-11-15',
      '    sources: [undated]',
      '    annotations:',
      '      - kind: correction',
      '        text: An earlier version was wrong.',
      '      - kind: update',
      '        text: More came out.',
      '  - id: uncited',
      '    title: Uncited',
      '    date: 2023-11-16',
    );
    expect(r.problems).toEqual([]);
    expect(r.timeline?.events).toHaveLength(2);
    expect(r.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "inline.yaml:14:9 events[0] "cited" → annotations[0]: is a correction without a date. Add date: with the day it was made, e.g. date: 2024-01-05, so that it is listed on the changes page and in the feed.",
        "inline.yaml:16:9 events[0] "cited" → annotations[1]: is an update without a date. Add date: with the day it was made, e.g. date: 2024-01-05, so that it is listed on the changes page and in the feed.",
        "inline.yaml:18:5 events[1] "uncited" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023].",
        "inline.yaml:3:5 sources[0] "undated" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it.",
        "inline.yaml:5:5 sources[1] "unused" → is cited by nothing. Cite it from an event, an era, a marker or an annotation, or remove it.",
      ]
    `);
  });

  it('counts a source cited only by an annotation, an era or a marker as cited', () => {
    const r = load(
      'title: T',
      ...SOURCES,
      'eras:',
      '  - id: era',
      '    title: Era',
      '    date: 2023/2024',
      '    sources: [yonhap]',
      'events:',
      '  - id: session',
      '    title: Session',
      '    date: 2023-11-15',
      '    annotations:',
      '      - kind: context',
      '        text: Held.',
      '        source: tass',
    );
    expect(r.warnings.map(formatProblem)).toEqual([]);
  });
});

describe('the log of changes', () => {
  const r = load(
    'title: T',
    ...SOURCES,
    'events:',
    '  - id: late',
    '    title: Later event',
    '    date: 2023-12-01',
    '    sources: [tass, yonhap]',
    '    annotations:',
    '      - kind: correction',
    '        date: 2024-01-05',
    '        text: First *fix*.',
    '      - kind: dispute',
    '        text: They differ.',
    '        sources: [tass, yonhap]',
    '  - id: early',
    '    title: Earlier event',
    '    date: 2023-11-01',
    '    sources: [tass]',
    '    annotations:',
    '      - kind: update',
    '        date: 2024-03-01',
    '        text: Newest.',
    '      - kind: correction',
    '        date: 2024-01-05',
    '        text: Same day as the other.',
  );
  const timeline = r.timeline;
  if (!timeline) throw new Error(r.problems.map(formatProblem).join('\n'));
  const ctx = createPageContext(timeline);

  it('lists dated corrections and updates newest first, a tie in the events’ time order', () => {
    expect(listChanges(timeline).map((c) => `${c.annotation.date.text} ${c.annotation.kind} ${c.event.id} #${c.n}`)).toEqual([
      '2024-03-01 update early #1',
      '2024-01-05 correction early #2',
      '2024-01-05 correction late #1',
    ]);
  });

  it('makes each an entry of the feed, before the events, filed under its day and linking to its event', () => {
    const xml = writeAtom(ctx, { stamp: '2026-12-02T00:00:00Z' });
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchInlineSnapshot(`
      "
          <id>urn:uuid:bdf75b43-5393-59f9-87ba-e59ca11dd60b</id>
          <title type="text">Update: Earlier event</title>
          <link rel="alternate" type="text/html" href="../inline/#early"/>
          <published>2024-03-01T12:00:00Z</published>
          <updated>2024-03-01T12:00:00Z</updated>
          <category term="update" label="Update"/>
          <summary type="text">March 1, 2024: Newest.</summary>
        </entry>
        "
    `);
    expect(entries[2]).toContain('<title type="text">Correction: Later event</title>');
    expect(entries[2]).toContain('<summary type="text">January 5, 2024: First fix.</summary>');
    expect(entries[3]).toContain('<title type="text">Later event</title>');
  });

  it('carries disputes’ sources and changes’ dates in the JSON export', () => {
    const late = toTimelineJson(timeline, {}).events.find((e) => e.id === 'late');
    expect(late?.annotations).toEqual([
      { kind: 'correction', text: 'First *fix*.', date: '2024-01-05' },
      { kind: 'dispute', text: 'They differ.', sources: ['tass', 'yonhap'] },
    ]);
  });

  it('flags the event in its list entry and panel, labels the dispute and dates the correction', () => {
    const late = timeline.events.find((e) => e.id === 'late');
    if (!late) throw new Error('no event late');
    const html = renderEvent(late, ctx).toString();
    expect(html).toContain('<span class="tl-flag tl-flag--correction">Corrected</span>');
    expect(html).toContain('<span class="tl-flag tl-flag--dispute">Sources differ</span>');
    expect(html).toContain('<p class="tl-annotation__kind">Correction <time class="tl-annotation__date" datetime="2024-01-05">January 5, 2024</time></p>');
    expect(html).toMatch(/aria-label="Sources differ">[\s\S]*?href="#src_tass"[\s\S]*?href="#src_yonhap"/);
  });
});

it('names the new kind and the log in Korean too', () => {
  const ko = uiStrings('ko');
  expect([ko.kinds.dispute, ko.corrected, ko.changes.title]).toEqual(['출처마다 다름', '정정됨', '정정 및 추가 소식']);
  expect(uiStrings('en').kinds.dispute).toBe('Sources differ');
});

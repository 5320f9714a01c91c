/**
 * Links between events (format 1.1): the model reads each link from both
 * ends, the entry lists them with the reverse wording on the other end, and
 * every misuse is a located problem (pinned below, line:column counted in
 * the inline YAML).
 */
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/format/problems.ts';
import { linkCount, linkEnds } from '../../src/lib/model/links.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { renderEvent } from '../../src/lib/render/render-event.ts';
import { uiStrings } from '../../src/lib/i18n/index.ts';
import { LINK_KINDS } from '../../src/lib/format/schema.ts';
import type { Timeline, TimelineEvent } from '../../src/lib/model/model.ts';
import { toTimelineJson } from '../../src/lib/exchange/to-json.ts';
import { toCsvRow } from '../../src/lib/exchange/to-csv.ts';
import { writeIcs } from '../../src/lib/exchange/to-ics.ts';
import { toTimelineJS } from '../../src/lib/exchange/timelinejs.ts';

const load = (...lines: string[]) => loadTimeline(`${lines.join('\n')}\n`, 'inline.yaml');

/** The timeline of a file without problems. */
function timelineOf(...lines: string[]): Timeline {
  const r = load(...lines);
  if (!r.timeline) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.timeline;
}

function eventOf(timeline: Timeline, id: string): TimelineEvent {
  const e = timeline.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}

const EVENTS = [
  'title: T',
  'events:',
  '  - id: visit',
  '    title: Shoigu visits Pyongyang',
  '    date: 2023-07-26',
  '  - id: summit',
  '    title: Vostochny summit',
  '    date: 2023-09-13',
  '    links:',
  '      - to: visit',
  '        kind: responds-to',
  '        note: The visit prepared the summit.',
  '      - to: treaty',
  '        kind: led-to',
  '  - id: treaty',
  '    title: Treaty <signed>',
  '    date: 2024-06-19',
  '    links:',
  '      - to: visit',
  '        kind: see-also',
];

describe('the link model', () => {
  it('reads each link from both ends: named ones first, then those naming the event', () => {
    const timeline = timelineOf(...EVENTS);
    expect(eventOf(timeline, 'summit').links).toEqual([
      { to: 'visit', kind: 'responds-to', note: 'The visit prepared the summit.' },
      { to: 'treaty', kind: 'led-to' },
    ]);
    const ends = linkEnds(timeline);
    expect(ends.get('visit')).toEqual([
      { other: 'summit', kind: 'responds-to', direction: 'in', note: 'The visit prepared the summit.' },
      { other: 'treaty', kind: 'see-also', direction: 'in' },
    ]);
    expect(ends.get('treaty')).toEqual([
      { other: 'visit', kind: 'see-also', direction: 'out' },
      { other: 'summit', kind: 'led-to', direction: 'in' },
    ]);
    expect(linkCount(timeline, 'summit')).toBe(2);
    expect(linkCount(timeline, 'nothing')).toBe(0);
  });

  it('has a wording for every kind from both ends, in every language', () => {
    for (const locale of ['en', 'ko']) {
      const t = uiStrings(locale).links;
      for (const kind of LINK_KINDS) {
        expect(t.kinds[kind].out.length).toBeGreaterThan(0);
        expect(t.kinds[kind].in.length).toBeGreaterThan(0);
      }
    }
    expect(Object.entries(uiStrings('en').links.kinds).map(([k, w]) => `${k}: ${w.out} / ${w.in}`)).toEqual([
      'led-to: Led to / Followed from',
      'responds-to: In response to / Prompted',
      'part-of: Part of / Includes',
      'see-also: See also / See also',
    ]);
  });
});

describe('links in an entry', () => {
  it('lists them both ways with the reverse wording, each a deep link, the note beside it, titles escaped', () => {
    const timeline = timelineOf(...EVENTS);
    const ctx = createPageContext(timeline);
    const entry = (id: string): string => renderEvent(eventOf(timeline, id), ctx).value;
    const links = (id: string): string => /<div class="tl-links">.*?<\/div>/.exec(entry(id))?.[0] ?? '';
    expect(links('summit')).toMatchInlineSnapshot(
      `"<div class="tl-links"><h4 class="tl-links__title">Linked events</h4><ul><li class="tl-link tl-link--responds-to tl-link--out"><span class="tl-link__kind">In response to</span> <a href="#visit" data-to="visit">Shoigu visits Pyongyang</a> <span class="tl-link__date">(<time datetime="2023-07-26">July 26, 2023</time>)</span><span class="tl-link__note">The visit prepared the summit.</span></li><li class="tl-link tl-link--led-to tl-link--out"><span class="tl-link__kind">Led to</span> <a href="#treaty" data-to="treaty">Treaty &lt;signed&gt;</a> <span class="tl-link__date">(<time datetime="2024-06-19">June 19, 2024</time>)</span></li></ul></div>"`,
    );
    expect(links('visit')).toMatchInlineSnapshot(
      `"<div class="tl-links"><h4 class="tl-links__title">Linked events</h4><ul><li class="tl-link tl-link--responds-to tl-link--in"><span class="tl-link__kind">Prompted</span> <a href="#summit" data-to="summit">Vostochny summit</a> <span class="tl-link__date">(<time datetime="2023-09-13">September 13, 2023</time>)</span><span class="tl-link__note">The visit prepared the summit.</span></li><li class="tl-link tl-link--see-also tl-link--in"><span class="tl-link__kind">See also</span> <a href="#treaty" data-to="treaty">Treaty &lt;signed&gt;</a> <span class="tl-link__date">(<time datetime="2024-06-19">June 19, 2024</time>)</span></li></ul></div>"`,
    );
    expect(links('treaty')).toContain('<span class="tl-link__kind">Followed from</span> <a href="#summit" data-to="summit">Vostochny summit</a>');
    expect(links('treaty')).toContain('<span class="tl-link__kind">See also</span> <a href="#visit"');
  });

  it('leaves an event without links as it was', () => {
    const timeline = timelineOf('title: T', 'events:', '  - id: a', '    title: A', '    date: 2023');
    expect(renderEvent(eventOf(timeline, 'a'), createPageContext(timeline)).value).not.toContain('tl-links');
  });

  it('speaks Korean in a Korean timeline', () => {
    const timeline = timelineOf('locale: ko', ...EVENTS);
    const html = renderEvent(eventOf(timeline, 'visit'), createPageContext(timeline)).value;
    expect(html).toContain('<h4 class="tl-links__title">연결된 사건</h4>');
    expect(html).toContain('촉발한 대응');
  });
});

describe('problems with links', () => {
  it('reports an unknown id, a link to itself, the same link twice, see-also at both ends and an unknown kind', () => {
    const r = load(
      'title: T',
      'events:',
      '  - id: visit',
      '    title: Visit',
      '    date: 2023-07-26',
      '    links:',
      '      - to: summit',
      '        kind: see-also',
      '  - id: summit',
      '    title: Summit',
      '    date: 2023-09-13',
      '    links:',
      '      - to: vist',
      '        kind: responds-to',
      '      - to: summit',
      '        kind: led-to',
      '      - to: visit',
      '        kind: responds-to',
      '      - to: visit',
      '        kind: responds-to',
      '      - to: visit',
      '        kind: see-also',
      '      - to: visit',
      '        kind: caused',
      '      - to: Visit',
      '        kind: led-to',
      '      - kind: led-to',
      '        note: no target',
      '      - to: visit',
      '        kind: led-to',
      '        nots: typo',
    );
    expect(sortProblems(r.problems).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "inline.yaml:13:13 events[1] "summit" → links[0].to: vist is not the id of an event. Did you mean visit?",
        "inline.yaml:15:13 events[1] "summit" → links[1].to: links the event to itself. A link joins two events: name another event under to:, or remove the link.",
        "inline.yaml:19:9 events[1] "summit" → links[3]: repeats the link at events[1].links[2] (responds-to visit). Remove one of the two.",
        "inline.yaml:21:9 events[1] "summit" → links[4]: repeats the link at events[0].links[0] (see-also visit). See also reads the same from both events: keep it at one end only.",
        "inline.yaml:24:15 events[1] "summit" → links[5].kind: caused is not one of led-to, responds-to, part-of, see-also. Use one of: led-to, responds-to, part-of, see-also.",
        "inline.yaml:25:13 events[1] "summit" → links[6].to: Visit is not the id of an event. Did you mean visit?",
        "inline.yaml:27:9 events[1] "summit" → links[7].to: is missing. Add to:, e.g. to: shoigu-delegation-2023-07.",
        "inline.yaml:31:9 events[1] "summit" → links[8].nots: is not a key this format knows. Did you mean note?",
      ]
    `);
  });
});

describe('links in the exports', () => {
  const timeline = timelineOf(
    ...EVENTS,
    '  - id: trip',
    '    title: Trip',
    '    start: 2023-09-10',
    '    end: 2023-09-19',
    '  - id: stop',
    '    title: Stop',
    '    date: 2023-09-15',
    '    links:',
    '      - to: trip',
    '        kind: part-of',
  );
  const ctx = createPageContext(timeline);

  it('carries them in the JSON as written, and leaves the key out of an event without', () => {
    const events = toTimelineJson(timeline, {}).events;
    expect(events.find((e) => e.id === 'summit')?.links).toEqual([
      { to: 'visit', kind: 'responds-to', note: 'The visit prepared the summit.' },
      { to: 'treaty', kind: 'led-to' },
    ]);
    expect(events.find((e) => e.id === 'visit')).not.toHaveProperty('links');
  });

  it('writes kind:id pairs in the CSV', () => {
    expect(toCsvRow(eventOf(timeline, 'summit'), ctx, {}).links).toBe('responds-to:visit led-to:treaty');
    expect(toCsvRow(eventOf(timeline, 'visit'), ctx, {}).links).toBe('');
  });

  it('writes RELATED-TO where iCalendar has a type: part-of as PARENT and CHILD, responds-to as DEPENDS-ON', () => {
    const ics = writeIcs(ctx, { stamp: '2024-01-01T00:00:00Z' });
    expect(ics.match(/^RELATED-TO.*$/gm)).toEqual([
      'RELATED-TO;RELTYPE=CHILD:stop@inline',
      'RELATED-TO;RELTYPE=DEPENDS-ON:visit@inline',
      'RELATED-TO;RELTYPE=PARENT:trip@inline',
    ]);
  });

  it('is dropped by TimelineJS, which has no place for it', () => {
    expect(JSON.stringify(toTimelineJS(timeline))).not.toContain('responds-to');
  });
});

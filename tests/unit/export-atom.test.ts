import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, feedId, newestFirst, writeAtom } from '../../src/lib/exchange/to-atom.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { largeTimeline, small, smallCtx, timelineOf, WITH_SITE, WITHOUT_SITE } from './export-fixture.ts';

interface Entry {
  id: string;
  title: { '#text': string };
  link: Array<{ '@_href': string }>;
  published?: string;
  updated: string;
  category?: Array<{ '@_term': string; '@_label'?: string }>;
  summary: { '#text': string };
}

/** The feed read back by a strict XML parser, after validating it. */
function readFeed(xml: string): { feed: Record<string, unknown>; entries: Entry[] } {
  // fast-xml-parser 5 points to a separate package for validation; its own validator still checks well-formedness, all we ask.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'category' || name === 'link',
    parseTagValue: false,
  });
  const feed = (parser.parse(xml) as { feed: Record<string, unknown> }).feed;
  return { feed, entries: (feed['entry'] as Entry[] | undefined) ?? [] };
}

const { feed, entries } = readFeed(writeAtom(smallCtx, WITH_SITE));
const entry = (id: string): Entry => {
  const found = entries.find((e) => e.link.some((l) => l['@_href'].endsWith(`#${id}`)));
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const hrefs = (e: Entry | undefined): string[] => e?.link.map((l) => l['@_href']) ?? [];

describe('writeAtom', () => {
  it('is well-formed Atom, its events newest first', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('en-GB');
    expect(entries.map((e) => e.title['#text'])).toEqual([...small.events].reverse().map((e) => e.title));
  });

  it('links each entry to its deep link, absolute under the site', () => {
    expect(hrefs(entry('one-day'))).toEqual(['https://example.org/timelines/small/#one-day']);
    expect((feed['link'] as Array<{ '@_rel': string; '@_href': string }>).map((l) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', 'https://example.org/timelines/small/feed.xml'],
      ['alternate', 'https://example.org/timelines/small/'],
    ]);
  });

  it('links relative to the feed without a site, so a reader resolves them against its address', () => {
    const relative = readFeed(writeAtom(smallCtx, WITHOUT_SITE));
    const [href = ''] = hrefs(relative.entries[0]);
    expect(href).toBe('../small/#ongoing');
    expect(new URL(href, 'https://host.example/small/feed.xml').href).toBe('https://host.example/small/#ongoing');
  });

  it('carries text escaped, a stable id, the stamp, and the event date as published', () => {
    const day = entry('one-day');
    expect(day.title['#text']).toBe('=HYPERLINK("https://evil.example/","click")');
    expect(day.id).toBe(feedId('small', 'one-day'));
    expect(day.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(day.updated).toBe('2024-06-01T00:00:00Z');
    expect(day.published).toBe('2023-12-31T12:00:00Z');
    expect(entry('seoul-time').published).toBe('2024-03-01T00:30:00Z');
    expect(entry('bce').published).toBeUndefined();
    expect(day.category?.map((c) => [c['@_term'], c['@_label']])).toEqual([
      ['days', 'Days, months; years'],
      ['new-year', undefined],
      ['eve', undefined],
    ]);
    expect(day.summary['#text']).toContain('Example News, A report <https://example.org/report?a=1&b=2>');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<b a="1">&'\u0001x`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&apos;x');
  });

  it('writes the same bytes every time', () => {
    expect(writeAtom(createPageContext(small), WITH_SITE)).toBe(writeAtom(smallCtx, WITH_SITE));
  });

  it('carries the 1,000 newest events of a large timeline', () => {
    const large = largeTimeline();
    const read = readFeed(writeAtom(createPageContext(large), WITHOUT_SITE));
    expect(read.entries).toHaveLength(1_000);
    expect(newestFirst(large.events).map((e) => e.id)).toEqual(
      large.events
        .slice(200)
        .map((e) => e.id)
        .reverse(),
    );
  });

  it('writes a small feed exactly so', () => {
    const tiny = timelineOf(
      'title: Tiny, calendar\ntimezone: Asia/Pyongyang\nevents:\n  - { id: plenum, title: "Plenum; closing", date: 2023-12-26/2023-12-30, place: Pyongyang, tags: [kcna] }\n  - { id: landing, title: Lands, date: 2024-06-19T02:22 }\n',
      'tiny',
    );
    expect(writeAtom(createPageContext(tiny), WITH_SITE)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <id>urn:uuid:1697b106-908b-5845-8620-73cf3a867e08</id>
        <title type="text">Tiny, calendar</title>
        <updated>2024-06-01T00:00:00Z</updated>
        <author><name>Tiny, calendar</name></author>
        <link rel="self" type="application/atom+xml" href="https://example.org/timelines/tiny/feed.xml"/>
        <link rel="alternate" type="text/html" href="https://example.org/timelines/tiny/"/>
        <generator>timeline-publisher</generator>
        <entry>
          <id>urn:uuid:043a73e1-727e-51b0-bc8d-f87a9546732e</id>
          <title type="text">Lands</title>
          <link rel="alternate" type="text/html" href="https://example.org/timelines/tiny/#landing"/>
          <published>2024-06-18T17:22:00Z</published>
          <updated>2024-06-01T00:00:00Z</updated>
          <summary type="text">June 19, 2024, 2:22 AM GMT+9</summary>
        </entry>
        <entry>
          <id>urn:uuid:94842500-ad90-550f-aac2-6cf3fba0f3c5</id>
          <title type="text">Plenum; closing</title>
          <link rel="alternate" type="text/html" href="https://example.org/timelines/tiny/#plenum"/>
          <published>2023-12-26T12:00:00Z</published>
          <updated>2024-06-01T00:00:00Z</updated>
          <category term="kcna"/>
          <summary type="text">December 26–30, 2023 · Pyongyang</summary>
        </entry>
      </feed>
      "
    `);
  });
});

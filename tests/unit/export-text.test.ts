import { describe, expect, it } from 'vitest';
import { plainText, siteLink } from '../../src/lib/export/event-text.ts';
import { markdownToText } from '../../src/lib/markdown.ts';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';
import { sample, small, timelineOf } from './export-fixture.ts';

describe('plainText', () => {
  const generated = timelineOf(generateTimelineWithEvents({ events: 500, seed: 2 }).yaml, 'generated');
  const texts = [
    ...[sample, small, generated].flatMap((t) => [
      ...(t.description ? [t.description] : []),
      ...t.events.flatMap((e) => [...(e.summary ? [e.summary] : []), ...e.annotations.map((a) => a.text)]),
    ]),
    'Plain words,   with  spacing\nover two lines.',
    '- a list item',
    '  * another',
    '1. first',
    '2) second',
    '# heading',
    'Title\n===',
    'Title\n---\nmore',
    '    indented code',
    '\tcode',
    '> quoted',
    'a *b* _c_ `d` [e](https://example.org) <f> &amp; ~~g~~ | h | \\*',
    'https://example.org/ and mail@example.org',
    '2023. A year',
    'Ends with two spaces  \nand a break',
  ];

  it('reads every text as markdownToText does, the sample, the fixture, generated summaries and markup', () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((t) => plainText(t) !== markdownToText(t))).toEqual([]);
  });
});

describe('siteLink', () => {
  it('is absolute under the site, with or without its slash, and relative without one', () => {
    expect(siteLink('north-korea/#a', 'https://example.org')).toBe('https://example.org/north-korea/#a');
    expect(siteLink('north-korea/#a', 'https://example.org/sub/')).toBe('https://example.org/sub/north-korea/#a');
    expect(siteLink('north-korea/#a', undefined, '../')).toBe('../north-korea/#a');
    expect(siteLink('my timeline/#a', undefined)).toBe('my%20timeline/#a');
  });
});

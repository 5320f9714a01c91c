import { describe, expect, it } from 'vitest';
import { siteLink } from '../../src/lib/exchange/event-text.ts';
import { markdownToText, parsedHtml, parsedText, renderMarkdown } from '../../src/lib/render/markdown.ts';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';
import { sample, small, timelineOf } from './export-fixture.ts';

describe('markdownToText', () => {
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
    'See [the report](https://example.org/r/1) and [the event](#plenum-2023-12).',
    '[](https://example.org) empty text',
    '[a link\nover two lines](https://example.org/x)',
    '[unsafe](javascript:alert(1)) stays',
    '[data](data:text/html,x) stays',
    '[marked *up*](https://example.org)',
    '[titled](https://example.org "A title")',
    '[angled](<https://example.org>)',
    '[nested](https://example.org/a_(b))',
    '[upper](HTTPS://EXAMPLE.ORG)',
    '[ref]: https://example.org',
    '[a] (https://example.org) apart',
    '[a](https://example.org)[b](https://example.org/2)',
    '[a](https://example.org/?q=1&b=2)',
    '[a](#bad id)',
    'Figures rose by 33% [report](https://example.org/r). Then: more.',
    'Two paragraphs.\n\nThe second, with "quotes" and it\'s.',
    'Three\n\n\n\nparagraphs\n\nhere',
    '  Leading spaces and trailing  ',
    'A line\n  indented continuation',
    'Trailing space \nthen more',
    'A [link](https://example.org/?a=1&b=2;c) with an ampersand address',
    'An [in-page link](#plenum-2023-12) and [one](https://example.org/x).',
    'http://bare.example.org and text',
    'www.example.org is linked',
    'Percent [link](https://example.org/a%20b)',
    'Quote "in" a [lab"el](https://example.org)',
    'The attack was **reported** after *three* days.',
    '**Bold at the start** and *em at the end*',
    'Not **bold **here',
    'Not ** bold** either',
    'Inside**word**s',
    '**bold**, then **more**; and **end**:',
    '***both***',
    '**a** **b**',
    '*a*b* c',
    '**[linked](https://example.org)**',
    '[**bold link**](https://example.org)',
    '**two\nlines**',
    '**bold**!',
    '(**bold**)',
    '**bold**[link](https://example.org)',
    '[link](https://example.org)**bold**',
    '**bold** [link](https://example.org) *em*.',
    '**bold** & more',
    '"**quoted bold**"',
  ];

  it('reads every text as markdown-it does, the sample, the fixture, generated summaries and markup', () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((t) => markdownToText(t) !== parsedText(t))).toEqual([]);
    expect(texts.filter((t) => markdownToText(t) !== parsedText(t))).toEqual([]);
  });

  it('writes every text as markdown-it does, skipping it for plain text and simple links', () => {
    expect(texts.filter((t) => renderMarkdown(t) !== parsedHtml(t)).map((t) => [t, renderMarkdown(t), parsedHtml(t)])).toEqual([]);
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

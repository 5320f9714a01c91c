import { describe, expect, it } from 'vitest';
import { html, raw } from '../../src/lib/render/html.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { renderEvent } from '../../src/lib/render/render-event.ts';

describe('html', () => {
  it('escapes every value, in text and in attributes, unless it is HTML already', () => {
    const title = `"><script>alert(1)</script>`;
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    );
    expect(html`<p>${raw('<em>a</em>')}${['<', html`<b>b</b>`]}${null}${undefined}${false}${0}</p>`.value).toBe('<p><em>a</em>&lt;<b>b</b>0</p>');
  });
});

describe('renderEvent', () => {
  const yaml = [
    'title: T',
    'locale: en-GB',
    'groups: [{ id: g, title: "<b>Lane</b>" }]',
    'sources: [{ id: s, title: "<img src=x onerror=alert(1)>", publisher: "<i>P</i>", url: "https://example.org/?a=1&b=\\"2\\"", published: 2023-12-28 }]',
    'events:',
    '  - id: e',
    '    title: "<script>alert(1)</script>"',
    '    date: 2023-12-26',
    '    group: g',
    '    place: "<b onmouseover=alert(1)>P</b>"',
    '    tags: [war-preparations]',
    '    summary: "*Markdown* with <img src=x onerror=alert(1)>"',
    '    annotations:',
    '      - { kind: quote, text: "Quoted", attribution: "<u>KCNA</u>", source: s }',
    '      - { kind: correction, text: "Fixed" }',
    '    sources: [s]',
  ].join('\n');
  const r = loadTimeline(yaml, 'inline.yaml');
  if (!r.timeline) throw new Error(JSON.stringify(r.problems));
  const ctx = createPageContext(r.timeline);
  const out = renderEvent(r.timeline.events[0] as (typeof r.timeline.events)[number], ctx).value;

  it('keeps plain-text fields text', () => {
    expect(out).not.toMatch(/<(script|img|b|i|u)\b/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;b onmouseover=alert(1)&gt;P&lt;/b&gt;');
    expect(out).toContain('<span class="tl-annotation__attribution">&lt;u&gt;KCNA&lt;/u&gt;</span>');
  });

  it('renders Markdown, with raw HTML shown as text', () => {
    expect(out).toContain('<div class="tl-event__summary"><p><em>Markdown</em> with &lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('writes the deep-link anchor, the date, the lane and numbered citations', () => {
    expect(out).toMatch(
      /^<article class="tl-event tl-importance-normal" id="e" data-event="e" data-group="g" data-tags="war-preparations" aria-labelledby="e__title">/,
    );
    expect(out).toContain('<time datetime="2023-12-26">26 December 2023</time> <span class="tl-chip tl-g-0">&lt;b&gt;Lane&lt;/b&gt;</span>');
    expect(out).toContain(
      '<li value="1"><a class="tl-citations__n" href="#src_s">[<span class="tl-visually-hidden">Source </span>1]</a> <span class="tl-citations__publisher">&lt;i&gt;P&lt;/i&gt;</span>, <a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">&lt;img src=x onerror=alert(1)&gt;</a>, 28 December 2023</li>',
    );
    expect(out).toContain('<aside class="tl-annotation tl-annotation--correction" aria-label="Correction"><p class="tl-annotation__kind">Correction</p>');
  });
});

describe('citations', () => {
  const yaml = [
    'title: T',
    'sources:',
    '  - { id: a, publisher: A }',
    '  - { id: b, publisher: B }',
    '  - { id: c, publisher: C }',
    'events:',
    '  - { id: first, title: First, date: 2020-01-01, sources: [a, b] }',
    '  - id: second',
    '    title: Second',
    '    date: 2020-02-01',
    '    sources: [c]',
    '    annotations: [{ kind: quote, text: Said, source: b }]',
  ].join('\n');
  const r = loadTimeline(yaml, 'inline.yaml');
  if (!r.timeline) throw new Error(JSON.stringify(r.problems));
  const ctx = createPageContext(r.timeline);
  const [, second] = r.timeline.events;
  const out = renderEvent(second as NonNullable<typeof second>, ctx).value;
  const numbers = (text: string): string[] => [...text.matchAll(/<\/span>(\d+)\]/g)].map((m) => m[1] ?? '');

  it('numbers an event’s sources 1…n, its own first, whatever their place on the page', () => {
    // The page meets c third and b second: the event still reads [1] C, [2] B.
    expect(out).toMatch(/<ol class="tl-citations"[^>]*><li value="1">.*C<\/span><\/li><li value="2">.*B<\/span><\/li><\/ol>/);
    expect(numbers(out.slice(out.indexOf('<ol class="tl-citations"')))).toEqual(['1', '2']);
  });

  it('gives a note’s credit the number its source has in the event, linking to the sources section', () => {
    expect(out).toContain('<figcaption><a class="tl-citations__n" href="#src_b">[<span class="tl-visually-hidden">Source </span>2]</a></figcaption>');
  });
});

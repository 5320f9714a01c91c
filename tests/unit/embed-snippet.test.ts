import { describe, expect, it } from 'vitest';
import { embedSnippet, siteUrl } from '../../src/lib/embed/embed-snippet.ts';

describe('embedSnippet', () => {
  it('writes the frame and the script, every attribute escaped', () => {
    expect(
      embedSnippet({
        src: 'https://example.org/embed/nk/?groups=party&theme=dark',
        script: 'https://example.org/embed.js',
        title: 'Kim\'s "war" <timeline>',
        key: 'nk',
      }),
    ).toMatchInlineSnapshot(`
      "<iframe src="https://example.org/embed/nk/?groups=party&amp;theme=dark" title="Kim&#39;s &quot;war&quot; &lt;timeline&gt;" loading="lazy" height="640" style="width: 100%; border: 0" data-timeline-embed="nk"></iframe>
      <script src="https://example.org/embed.js" async></script>"
    `);
  });
});

describe('siteUrl', () => {
  it('is absolute under the configured site, with or without its trailing slash', () => {
    expect(siteUrl(new URL('https://example.org'), 'embed/nk/')).toBe('https://example.org/embed/nk/');
    expect(siteUrl(new URL('https://example.org/timelines'), 'embed.js')).toBe('https://example.org/timelines/embed.js');
    expect(siteUrl(new URL('https://example.org/timelines/'), '')).toBe('https://example.org/timelines/');
  });

  it('is root-relative without one', () => {
    expect(siteUrl(undefined, 'oembed/nk.json')).toBe('/oembed/nk.json');
  });
});

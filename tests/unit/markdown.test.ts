import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../src/lib/render/markdown.ts';
import { escapeHtml, isSafeHref } from '../../src/lib/render/sanitize.ts';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and safe links', () => {
    expect(renderMarkdown('Kim set *militant tasks*.\n\n- one\n- two\n\n[KCNA](https://example.org/a?b=1&c=2)')).toMatchInlineSnapshot(`
      "<p>Kim set <em>militant tasks</em>.</p>
      <ul>
      <li>one</li>
      <li>two</li>
      </ul>
      <p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">KCNA</a></p>
      "
    `);
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an onerror handler', '<img src=x onerror=alert(1)>'],
    ['an inline handler in a span', 'text <span onmouseover="alert(1)">hover</span>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a style tag', '<style>body{display:none}</style>'],
  ])('escapes raw HTML: %s', (_, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(script|img|span|iframe|style)\b/i);
    expect(html).toContain('&lt;');
  });

  it.each([
    ['javascript:', '[x](javascript:alert(1))'],
    ['JavaScript: in mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['javascript: with entities', '[x](jav&#x61;script:alert(1))'],
    ['javascript: with a tab', '[x](java\tscript:alert(1))'],
    ['data:', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript:', '[x](vbscript:msgbox(1))'],
    ['file:', '[x](file:///etc/passwd)'],
    ['an autolink with javascript:', '<javascript:alert(1)>'],
    ['a reference link', '[x][r]\n\n[r]: javascript:alert(1)'],
  ])('drops %s links', (_, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/href/i);
  });

  it('keeps http, https, mailto and in-page links, marking external ones noopener', () => {
    const html = renderMarkdown('[a](http://a.example) [b](https://b.example) [c](mailto:c@example.org) [d](#plenum-2023-12)');
    expect(html).toContain('<a href="http://a.example" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="https://b.example" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="mailto:c@example.org" rel="noopener noreferrer">c</a>');
    expect(html).toContain('<a href="#plenum-2023-12">d</a>');
  });

  it('does not load images from other sites', () => {
    const html = renderMarkdown('![tracker](https://evil.example/pixel.gif)');
    expect(html).not.toContain('<img');
  });

  it('links bare web addresses', () => {
    expect(renderMarkdown('See https://example.org/x.')).toBe(
      '<p>See <a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a>.</p>\n',
    );
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('Kim set *militant tasks*.\n\nSee [KCNA](https://example.org) and <b>this</b>.')).toBe(
      'Kim set militant tasks. See KCNA and <b>this</b>.',
    );
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.org', true],
    ['HTTP://EXAMPLE.ORG', true],
    ['mailto:a@example.org', true],
    ['#plenum-2023-12', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,x', false],
    ['/relative/path', false],
    ['//evil.example', false],
  ])('%j → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
  });
});

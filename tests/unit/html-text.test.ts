/** HTML from TimelineJS made into plain text and Markdown: tags dropped, safe links kept, Markdown escaped. */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, htmlToText } from '../../src/lib/render/html-text.ts';
import { renderMarkdown } from '../../src/lib/render/markdown.ts';

describe('htmlToText', () => {
  it.each([
    ['<b>Kim</b> &amp; Xi', 'Kim & Xi'],
    ['<p>One.</p><p>Two.</p>', 'One. Two.'],
    ['Line<br>break', 'Line break'],
    ['5 < 6 &lt; 7 &#x2019; &#8212; &bogus;', '5 < 6 < 7 ’ — &bogus;'],
    ['<script>alert(1)</script>Kept', 'Kept'],
    ['Kim&rsquo;s &ldquo;summit&rdquo; &eacute;t&eacute;&nbsp;2018 &euro;5 &copy', 'Kim’s “summit” été 2018 €5 ©'],
  ])('%s → %s', (html, text) => expect(htmlToText(html)).toBe(text));
});

describe('htmlToMarkdown', () => {
  it.each([
    ['<p>See <a href="https://kcna.kp/a?b=1&amp;c=2">KCNA</a>.</p><p>Next.</p>', 'See [KCNA](https://kcna.kp/a?b=1&c=2).\n\nNext.'],
    ['<a href="https://en.wikipedia.org/wiki/Ada_(Lovelace)">Ada</a>', '[Ada](https://en.wikipedia.org/wiki/Ada_%28Lovelace%29)'],
    ['<a href="javascript:alert(1)">click</a> and <a href="/local">here</a>', 'click and here'],
    ['*not emphasis* _nor_ `code` [not](a link) <b>#1</b>', '\\*not emphasis\\* \\_nor\\_ \\`code\\` \\[not\\](a link) \\#1'],
    ['One<br/>two', 'One\\\ntwo'],
    ['<ul><li>A</li><li>B</li></ul>', '- A\n\n- B'],
    ['<style>p{}</style><!-- note --><div>Text</div>', 'Text'],
    ['<p>Kim&rsquo;s <a href="https://example.org/?a=1&amp;b=2&copy=3">visit</a></p>', 'Kim’s [visit](https://example.org/?a=1&b=2&copy=3)'],
  ])('%s', (html, markdown) => expect(htmlToMarkdown(html)).toBe(markdown));

  it('renders back to the text, with only safe links', () => {
    const html = '<p>Take <a href="https://example.org/x">this</a> &amp; <a href="data:text/html,x">that</a> <img src=x onerror=alert(1)></p>';
    expect(renderMarkdown(htmlToMarkdown(html))).toBe('<p>Take <a href="https://example.org/x" rel="noopener noreferrer">this</a> &amp; that</p>\n');
  });
});

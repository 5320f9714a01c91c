/**
 * Text cut short between characters as readers see them, never through one:
 * an imported title, a long value quoted in a problem, an ignored embed option.
 */
import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/lib/format/cut-text.ts';
import { importTimelineJS } from '../../src/lib/exchange/timelinejs-import.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { describeIgnored } from '../../src/lib/embed/embed-options.ts';

/** Neither half of a surrogate pair alone, nor the replacement character. */
const whole = (text: string): boolean => !/[\uD800-\uDFFF\uFFFD]/u.test(text);

describe('cutText', () => {
  it.each([
    ['an emoji with its skin tone', `${'a'.repeat(3)}👍🏽b`, 4, 'aaa👍🏽'],
    ['a flag', 'x🇰🇷y', 2, 'x🇰🇷'],
    ['a family joined by zero-width joiners', '👨‍👩‍👧 family', 1, '👨‍👩‍👧'],
    ['a letter with a combining accent', 'Pyo\u0306ngyang', 3, 'Pyo\u0306'],
    ['Korean syllables written as jamo', '\u1111\u1167\u11BC\u110B\u1163\u11BC', 1, '\u1111\u1167\u11BC'],
    ['plain text', 'Pyongyang', 4, 'Pyon'],
    ['text shorter than the cut', 'Kim', 80, 'Kim'],
  ])('keeps %s whole', (_, text, max, cut) => {
    expect(cutText(text, max)).toBe(cut);
    expect(whole(cutText(text, max))).toBe(true);
  });
});

describe('text cut where it is used', () => {
  it('an imported slide without a headline takes its title from its text, cut at 80 characters, not through an emoji', () => {
    const text = `${'x'.repeat(79)}😀 and more after the cut`;
    const r = importTimelineJS({ events: [{ start_date: { year: 2023 }, text: { text } }] }, { fallbackTitle: 'F', schemaPath: 's.json', source: 'test' });
    if (!r.ok) throw new Error(r.error);
    expect(r.yaml).toContain(`title: ${'x'.repeat(79)}😀\n`);
    expect(whole(r.yaml)).toBe(true);
    const loaded = loadTimeline(r.yaml, 'data/imported.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.timeline?.events[0]?.title).toBe(`${'x'.repeat(79)}😀`);
  });

  it('a long value quoted in a problem', () => {
    const r = loadTimeline(`title: T\nevents:\n  - id: a\n    title: A\n    date: 2023\n    importance: "${'h'.repeat(56)}🇰🇷🇰🇷🇰🇷"\n`, 'data/t.yaml');
    expect(r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:6:17 events[0] "a" → importance: hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh🇰🇷… is not one of high, normal, low. Use one of: high, normal, low.",
      ]
    `);
  });

  it('an ignored embed option named in the console', () => {
    expect(describeIgnored({ name: 'q', value: `${'q'.repeat(39)}👍🏽👍🏽`, reason: 'too long' })).toBe(`q=${'q'.repeat(39)}👍🏽…: too long`);
  });
});

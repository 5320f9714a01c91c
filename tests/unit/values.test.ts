/**
 * Values that look right and are not: an offset whose minutes run past 59,
 * an image path a browser reads as another site's address.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/dates/dates.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { imageSchema } from '../../src/lib/format/schema.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';

const problemsOf = (...lines: string[]): string[] => loadTimeline(`${lines.join('\n')}\n`, 'data/t.yaml').problems.map(formatProblem);

describe('a UTC offset', () => {
  it('refuses minutes past 59, which would otherwise roll over into the hour', () => {
    expect(problemsOf('title: T', 'events:', '  - id: a', '    title: A', '    date: 2023-12-26T14:30+09:60')).toMatchInlineSnapshot(`
      [
        "data/t.yaml:5:11 events[0] "a" → date: 2023-12-26T14:30+09:60 has the offset +09:60. Offset minutes run from 00 to 59, e.g. +09:00 or +05:30.",
      ]
    `);
    expect(parseDate('2023-12-26T14:30-0075').ok).toBe(false);
  });

  it('reads the offsets that exist', () => {
    for (const [written, minutes] of [
      ['+09:00', 540],
      ['+05:30', 330],
      ['+0545', 345],
      ['-09:30', -570],
      ['+14:00', 840],
      ['+09', 540],
      ['Z', 0],
    ] as const) {
      expect(parseDate(`2023-12-26T14:30${written}`)).toMatchObject({ ok: true, value: { offset: minutes } });
    }
  });
});

describe('an image path', () => {
  it('refuses a backslash, which a browser reads as a slash', () => {
    const image = (src: string): string => `    image: { src: '${src}', alt: A }`;
    expect(problemsOf('title: T', 'events:', '  - id: a', '    title: A', '    date: 2023', image('/\\evil.example/track.png'))).toMatchInlineSnapshot(`
      [
        "data/t.yaml:6:19 events[0] "a" → image.src: /\\evil.example/track.png is not a path on this site. Put the image in public/ and write its path, e.g. /images/plenum.jpg: images from other sites would make readers contact them.",
      ]
    `);
  });

  it('accepts only paths a browser resolves on this site', () => {
    const site = 'https://site.example';
    const candidates = [
      '/images/plenum.jpg',
      '/images/a%20b.jpg',
      '/images/../plenum.jpg',
      '//evil.example/x.png',
      '/\\evil.example/x.png',
      '/\\/evil.example/x.png',
      '/images\\..\\x.png',
      '/%5Cevil.example/x.png',
      '/\t/evil.example/x.png',
      '/ /evil.example/x.png',
      'https://evil.example/x.png',
      'images/plenum.jpg',
      '/',
    ];
    const accepted = candidates.filter((src) => imageSchema.safeParse({ src, alt: 'A' }).success);
    expect(accepted).toEqual(['/images/plenum.jpg', '/images/a%20b.jpg', '/images/../plenum.jpg', '/%5Cevil.example/x.png']);
    for (const src of accepted) expect(new URL(src, `${site}/page/`).origin).toBe(site);
  });
});

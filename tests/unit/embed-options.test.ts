import { describe, expect, it } from 'vitest';
import { embedMessageSchema, readHostMessage } from '../../src/lib/embed/embed-messages.ts';
import { DEFAULT_EMBED_OPTIONS, describeIgnored, embedSearch, parseEmbedOptions } from '../../src/lib/embed/embed-options.ts';
import { floatingTime } from '../../src/lib/dates/dates.ts';

const NK = { zone: 'Asia/Pyongyang', groups: ['party', 'russia', 'china'], tags: ['kcna', 'war-preparations'] };

describe('parseEmbedOptions', () => {
  it('reads no options as the defaults', () => {
    expect(parseEmbedOptions('')).toEqual({ options: DEFAULT_EMBED_OPTIONS, ignored: [] });
  });

  it('reads every option', () => {
    const { options, ignored } = parseEmbedOptions(
      '?event=plenum-2023-12&groups=party,russia&tags=kcna&q=war+plans&start=2019&end=2023-06&theme=dark&list=1&panel=0&title=0',
      NK,
    );
    expect(ignored).toEqual([]);
    expect(options).toEqual({
      event: 'plenum-2023-12',
      filters: { q: 'war plans', groups: ['party', 'russia'], tags: ['kcna'] },
      start: floatingTime(2019),
      // Inclusive, as in the format: to the end of June.
      end: floatingTime(2023, 7),
      theme: 'dark',
      list: true,
      panel: false,
      title: false,
    });
  });

  it('leaves out what is unknown or malformed, saying why, and keeps the rest', () => {
    const { options, ignored } = parseEmbedOptions(
      '?theme=purple&list=yes&event=Bad_Id&groups=party,<b>&tags=nope&start=2023-13&q=' +
        'x'.repeat(201) +
        '&panel=0&panel=1&height=999&onInitialDrawComplete=alert(1)&title=0',
      NK,
    );
    expect(options).toEqual({ ...DEFAULT_EMBED_OPTIONS, panel: false, title: false });
    expect(ignored.map(describeIgnored)).toMatchInlineSnapshot(`
      [
        "theme=purple: write light, dark or auto",
        "list=yes: write 0 or 1",
        "event=Bad_Id: an event id is a-z, 0-9 and single hyphens",
        "groups=party,<b>: write lane ids separated by commas",
        "tags=nope: this timeline's tags are kcna, war-preparations",
        "start=2023-13: 2023-13 has month 13.",
        "q=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…: at most 200 characters",
        "panel=1: given twice; the first one counts",
        "height=999: not an option",
        "onInitialDrawComplete=alert(1): not an option",
      ]
    `);
  });

  it('drops an end before the start', () => {
    const { options, ignored } = parseEmbedOptions('?start=2023&end=2020');
    expect(options.start).toBe(floatingTime(2023));
    expect(options.end).toBeUndefined();
    expect(ignored.map(describeIgnored)).toMatchInlineSnapshot(`
      [
        "end=2020: comes before start=2023",
      ]
    `);
  });

  it('reads dates in the spec forms, in the timeline zone for times of day', () => {
    expect(parseEmbedOptions('?start=2023-12~&end=2023-12-26', NK).options).toMatchObject({ start: floatingTime(2023, 12), end: floatingTime(2023, 12, 27) });
    expect(parseEmbedOptions('?start=-0500').options.start).toBe(floatingTime(-500));
    expect(parseEmbedOptions('?start=2023-12-26T14:30', NK).options.start).toBe(floatingTime(2023, 12, 26, 14, 30));
    expect(parseEmbedOptions('?start=2023-12-26T05:30Z', NK).options.start).toBe(floatingTime(2023, 12, 26, 14, 30));
  });

  it('accepts any lane without a list of known ones', () => {
    expect(parseEmbedOptions('?groups=a,b-2').options.filters.groups).toEqual(['a', 'b-2']);
  });
});

describe('embedSearch', () => {
  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(embedSearch({ theme: 'auto', list: false, panel: true, title: true })).toBe('');
    const search = embedSearch({
      event: 'plenum-2023-12',
      filters: { q: 'war', groups: ['party', 'russia'], tags: [] },
      start: ' 2019 ',
      theme: 'dark',
      list: true,
      panel: false,
    });
    expect(search).toBe('?event=plenum-2023-12&q=war&groups=party%2Crussia&start=2019&theme=dark&list=1&panel=0');
    const { options, ignored } = parseEmbedOptions(search, NK);
    expect(ignored).toEqual([]);
    expect(options).toMatchObject({ event: 'plenum-2023-12', theme: 'dark', list: true, panel: false, filters: { groups: ['party', 'russia'] } });
  });
});

describe('embed messages', () => {
  it('accepts the host messages and nothing else', () => {
    expect(readHostMessage({ type: 'tl-embed:open', id: 'plenum-2023-12' })).toEqual({ type: 'tl-embed:open', id: 'plenum-2023-12' });
    expect(readHostMessage({ type: 'tl-embed:open', id: null })).toEqual({ type: 'tl-embed:open', id: null });
    expect(readHostMessage({ type: 'tl-embed:hello' })).toEqual({ type: 'tl-embed:hello' });
    for (const bad of [
      null,
      'tl-embed:hello',
      { type: 'tl-embed:open', id: '<img onerror=x>' },
      { type: 'tl-embed:open' },
      { type: 'tl-embed:open', id: 'a', extra: 1 },
      { type: 'tl-embed:height', height: 10 },
    ]) {
      expect(readHostMessage(bad)).toBeUndefined();
    }
  });

  it('bounds what the embed sends, and never asks for a height: the host sets it', () => {
    expect(embedMessageSchema.safeParse({ type: 'tl-embed:event', id: 'plenum-2023-12' }).success).toBe(true);
    expect(embedMessageSchema.safeParse({ type: 'tl-embed:event', id: null }).success).toBe(true);
    expect(embedMessageSchema.safeParse({ type: 'tl-embed:height', height: 420 }).success).toBe(false);
    expect(embedMessageSchema.safeParse({ type: 'tl-embed:event', id: 'x y' }).success).toBe(false);
  });
});

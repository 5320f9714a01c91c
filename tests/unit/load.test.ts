/**
 * Every kind of problem the loader reports, pinned with its wording and its
 * line:column. Each position in these snapshots was checked by counting in
 * the fixture: it points at the offending value, at the key for a key that
 * should not be there, and at the item for a key that is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline, type LoadOptions, type LoadResult } from '../../src/lib/load/load.ts';
import { formatProblem, formatProblems } from '../../src/lib/format/problems.ts';

/** `invalid/date-spans.yaml`, relative to tests/fixtures, which is also how problems name it. */
function loadFixture(name: string, options?: LoadOptions): LoadResult {
  return loadTimeline(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'), name, options);
}

/** Problems one formatted line each, in file order (as `formatProblems` lists them). */
function linesOf(r: LoadResult): string[] {
  expect(r.timeline).toBeUndefined();
  return [...r.problems].sort((a, b) => a.line - b.line || a.column - b.column).map(formatProblem);
}

function problemsOf(name: string, options?: LoadOptions): string[] {
  return linesOf(loadFixture(name, options));
}

/** The problems of inline YAML given line by line (so line numbers are easy to count). */
function problemsIn(...lines: string[]): string[] {
  return linesOf(loadInline(...lines));
}

function loadInline(...lines: string[]): LoadResult {
  return loadTimeline(`${lines.join('\n')}\n`, 'inline.yaml');
}

describe('every problem at once', () => {
  it('reports all the problems of a file in one run, ordered by position', () => {
    const r = loadFixture('invalid/many-problems.yaml');
    expect(r.timeline).toBeUndefined();
    expect(formatProblems(r.problems)).toMatchInlineSnapshot(`
      "invalid/many-problems.yaml:1:1 timeline → titel: is not a key this format knows. Did you mean title?
      invalid/many-problems.yaml:3:11 timeline → timezone: Asia/Pyongang is not an IANA time zone. Did you mean Asia/Pyongyang?
      invalid/many-problems.yaml:8:9 groups[1] "party" → id: party is already the id of groups[0]. Ids must be unique: rename one of them.
      invalid/many-problems.yaml:10:12 groups[1] "party" → color: blurple is not a CSS colour. Write a CSS colour such as "#b42318", rgb(180 35 24) or firebrick.
      invalid/many-problems.yaml:14:10 sources[0] "kcna" → url: javascript:alert(1) is not a web address. Write the full address, starting with https:// or http://.
      invalid/many-problems.yaml:19:10 events[0] "plenum-2023-12" → end: 2023-12-20 is before start 2023-12-26. An end date is inclusive and must not come before the start.
      invalid/many-problems.yaml:21:21 events[0] "plenum-2023-12" → sources[1]: kcan is not the id of a source. Did you mean kcna?
      invalid/many-problems.yaml:22:9 events[1] "Bad_Id" → id: Bad_Id is not a valid id. Use lower-case letters a-z, digits and single hyphens, e.g. plenum-2023-12.
      invalid/many-problems.yaml:23:12 events[1] "Bad_Id" → title: is a number, not text. Put it in quotes: "2023".
      invalid/many-problems.yaml:24:11 events[1] "Bad_Id" → date: 2023-13 has month 13. Months run from 01 to 12.
      invalid/many-problems.yaml:25:12 events[1] "Bad_Id" → group: partty is not the id of a group. Did you mean party?
      invalid/many-problems.yaml:26:17 events[1] "Bad_Id" → importance: huge is not one of high, normal, low. Use one of: high, normal, low.
      invalid/many-problems.yaml:28:15 events[1] "Bad_Id" → annotations[0].kind: quot is not one of quote, context, analysis, dispute, correction, update. Did you mean quote?
      invalid/many-problems.yaml:30:9 events[2] "plenum-2023-12" → id: plenum-2023-12 is already the id of events[0]. Ids must be unique: rename one of them.
      invalid/many-problems.yaml:32:11 events[2] "plenum-2023-12" → date: 2023-02-30 has day 30, but February 2023 has 28 days. Check the day of the month.
      invalid/many-problems.yaml:34:5 events[2] "plenum-2023-12" → summry: is not a key this format knows. Did you mean summary?
      invalid/many-problems.yaml:35:5 events[3] "no-date" → has no date. Add date: (e.g. date: 2023-12-26) or start: and end:.
      invalid/many-problems.yaml:38:5 events[4] → id: is missing. Add id:, e.g. id: plenum-2023-12.
      invalid/many-problems.yaml:39:11 events[4] → date: 2023-12-26T25:00 has hour 25. Hours run from 00 to 23; write midnight as T00:00 of the next day.
      19 problems in 1 file: nothing was published. Fix them and run again."
    `);
  });
});

describe('YAML syntax', () => {
  it('points an unclosed quote at the quote that opened it, not at the end of the file', () => {
    expect(problemsOf('invalid/syntax-unclosed-quote.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/syntax-unclosed-quote.yaml:5:12 YAML syntax → Missing closing "quote. Close the quote, bracket or brace that was opened.",
      ]
    `);
  });

  it('points an unclosed bracket or brace at the one that opened it', () => {
    expect(problemsIn('title: T', 'tags: [a, b', 'events: []')).toMatchInlineSnapshot(`
      [
        "inline.yaml:2:7 YAML syntax → Flow sequence in block collection must be sufficiently indented and end with a ]. Close the quote, bracket or brace that was opened.",
      ]
    `);
    expect(problemsIn('title: T', 'events:', '  - {id: a, title: A, date: 2023', '  - id: b')).toMatchInlineSnapshot(`
      [
        "inline.yaml:3:5 YAML syntax → Flow map in block collection must be sufficiently indented and end with a }. Close the quote, bracket or brace that was opened.",
      ]
    `);
  });

  it('refuses a tab used as indentation', () => {
    expect(problemsIn('title: T', 'events:', '\t- id: a')).toMatchInlineSnapshot(`
      [
        "inline.yaml:3:1 YAML syntax → Tabs are not allowed as indentation. Indent with spaces, not tabs.",
      ]
    `);
  });

  it('reports a key indented less than its siblings', () => {
    expect(problemsIn('title: T', 'events:', '  - id: a', '    title: A', '   date: 2023')).toMatchInlineSnapshot(`
      [
        "inline.yaml:5:1 YAML syntax → Sequence item without - indicator. Start each list item with "- ", or line the key up with the other keys of its item.",
      ]
    `);
    expect(problemsIn('title: T', 'events:', '  - id: a', '    title: A', '  date: 2023')).toMatchInlineSnapshot(`
      [
        "inline.yaml:5:1 YAML syntax → All mapping items must start at the same column. Line the key up with the other keys of its item.",
      ]
    `);
  });

  it('reports a key indented more than its siblings', () => {
    expect(problemsIn('title: T', 'events:', '  - id: a', '    title: A', '      date: 2023')).toMatchInlineSnapshot(`
      [
        "inline.yaml:4:12 YAML syntax → Nested mappings are not allowed in compact mappings. Put a value that contains ": " in quotes, and line each key up with the other keys of its item.",
      ]
    `);
  });

  it('refuses a key written twice in one mapping', () => {
    expect(problemsIn('title: T', 'title: U', 'events: [{id: a, title: A, date: 2023}]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:2:1 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.",
      ]
    `);
  });

  it('refuses a second document after ---, without advice meant for programmers', () => {
    expect(problemsIn('title: T', 'events: [{id: a, title: A, date: 2023}]', '---', 'title: U')).toMatchInlineSnapshot(`
      [
        "inline.yaml:3:1 YAML syntax → Source contains multiple documents. A file holds one timeline: remove the second --- or move it to its own file.",
      ]
    `);
  });

  it('refuses a !tag', () => {
    expect(problemsIn('title: !long T', 'events: [{id: a, title: A, date: 2023}]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:8 YAML syntax → Unresolved tag: !long. Remove the !tag: timeline files use plain values.",
      ]
    `);
  });

  it('reports several syntax errors of one file together', () => {
    expect(problemsOf('invalid/syntax-several.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/syntax-several.yaml:3:1 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.",
        "invalid/syntax-several.yaml:7:5 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.",
        "invalid/syntax-several.yaml:8:27 YAML syntax → Invalid escape sequence \\q. In double quotes, write a backslash as \\\\, or use single quotes.",
      ]
    `);
  });

  it('reports an alias used before its anchor where the alias is', () => {
    expect(problemsIn('title: T', 'events:', '  - {id: a, title: *t, date: 2023}', '  - &t {id: b, title: B, date: 2023}')).toMatchInlineSnapshot(`
      [
        "inline.yaml:3:20 file → uses the alias *t before an anchor &t is defined. Define the anchor (&name) before using the alias (*name).",
      ]
    `);
  });
});

describe('keys', () => {
  it('names the key a misspelt one probably meant, and lists the keys when none is close', () => {
    expect(problemsOf('invalid/unknown-keys.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/unknown-keys.yaml:2:1 timeline → titel: is not a key this format knows. Did you mean title?",
        "invalid/unknown-keys.yaml:3:1 timeline → colour: is not a key this format knows. Known keys: kicker, title, description, credit, locale, timezone, window, groups, sources, eras, markers, events, stories.",
        "invalid/unknown-keys.yaml:8:5 events[0] "plenum-2023-12" → summry: is not a key this format knows. Did you mean summary?",
        "invalid/unknown-keys.yaml:9:5 events[0] "plenum-2023-12" → colour: is not a key this format knows. Known keys: id, title, label, date, start, end, timezone, group, tags, place, importance, summary, annotations, sources, image, links.",
        "invalid/unknown-keys.yaml:10:52 events[0] "plenum-2023-12" → image.caption: is not a key this format knows. Known keys: src, alt, credit, license.",
      ]
    `);
  });

  it('points a missing key at the item that lacks it', () => {
    expect(problemsOf('invalid/missing-keys.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/missing-keys.yaml:2:1 timeline → title: is missing. Add title:, e.g. title: North Korea turns to Moscow and Beijing.",
        "invalid/missing-keys.yaml:4:5 sources[0] "kcna" → publisher: is missing. Add publisher:, e.g. publisher: KCNA.",
        "invalid/missing-keys.yaml:7:5 events[0] → id: is missing. Add id:, e.g. id: plenum-2023-12.",
        "invalid/missing-keys.yaml:9:5 events[1] "no-title" → title: is missing. Add title:, e.g. title: 9th Enlarged Plenary Meeting of the 8th WPK Central Committee.",
        "invalid/missing-keys.yaml:14:12 events[2] "no-alt" → image.alt: is missing. Add alt:, e.g. alt: Kim Jong Un at the podium.",
        "invalid/missing-keys.yaml:19:9 events[3] "no-text" → annotations[0].text: is missing. Add text:, e.g. text: He set forth the militant tasks ….",
      ]
    `);
  });

  it('asks for events when there are none', () => {
    expect(problemsIn('title: T')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:1 timeline → events: is missing. Add events:.",
      ]
    `);
    expect(problemsIn('title: T', 'events: []')).toMatchInlineSnapshot(`
      [
        "inline.yaml:2:9 timeline → events: has no events. Add at least one item under events:.",
      ]
    `);
  });
});

describe('types and values', () => {
  it('says what type a value is and what it should be, with quotes for numbers and booleans meant as text', () => {
    expect(problemsOf('invalid/wrong-types.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/wrong-types.yaml:2:8 timeline → title: is a number, not text. Put it in quotes: "2023".",
        "invalid/wrong-types.yaml:3:9 timeline → groups: is text, not a list. Write a list.",
        "invalid/wrong-types.yaml:6:12 events[0] "plenum-2023-12" → title: is true or false, not text. Put it in quotes: "true".",
        "invalid/wrong-types.yaml:8:11 events[0] "plenum-2023-12" → tags: is text, not a list. Write it like: [kcna, war-preparations]",
        "invalid/wrong-types.yaml:9:14 events[0] "plenum-2023-12" → sources: is a mapping (key: value lines), not a list. Write it like: [kcna-plenum-2023]",
        "invalid/wrong-types.yaml:10:12 events[0] "plenum-2023-12" → place: is a number, not text. Put it in quotes: "38".",
      ]
    `);
  });

  it('refuses values outside a fixed list, naming the closest', () => {
    expect(problemsOf('invalid/enums.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/enums.yaml:7:17 events[0] "plenum-2023-12" → importance: huge is not one of high, normal, low. Use one of: high, normal, low.",
        "invalid/enums.yaml:9:15 events[0] "plenum-2023-12" → annotations[0].kind: quot is not one of quote, context, analysis, dispute, correction, update. Did you mean quote?",
        "invalid/enums.yaml:11:15 events[0] "plenum-2023-12" → annotations[1].kind: opinion is not one of quote, context, analysis, dispute, correction, update. Use one of: quote, context, analysis, dispute, correction, update.",
        "invalid/enums.yaml:16:17 events[1] "speech" → importance: HIGH is not one of high, normal, low. Did you mean high?",
      ]
    `);
  });

  it('refuses malformed ids, tags, colours, links, off-site images and a backwards window', () => {
    expect(problemsOf('invalid/invalid-values.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/invalid-values.yaml:3:32 timeline → window.end: 2019-01 is before start 2024-12. The window must end after it starts.",
        "invalid/invalid-values.yaml:7:12 groups[0] "party" → color: blurple is not a CSS colour. Write a CSS colour such as "#b42318", rgb(180 35 24) or firebrick.",
        "invalid/invalid-values.yaml:11:10 sources[0] "kcna" → url: javascript:alert(1) is not a web address. Write the full address, starting with https:// or http://.",
        "invalid/invalid-values.yaml:13:9 events[0] "Bad_Id" → id: Bad_Id is not a valid id. Use lower-case letters a-z, digits and single hyphens, e.g. plenum-2023-12.",
        "invalid/invalid-values.yaml:17:18 events[0] "Bad_Id" → tags[1]: War Preparations is not a valid tag. Write tags in lower case with hyphens, e.g. war-preparations.",
        "invalid/invalid-values.yaml:18:19 events[0] "Bad_Id" → image.src: https://example.com/plenum.jpg is not a path on this site. Put the image in public/ and write its path, e.g. /images/plenum.jpg: images from other sites would make readers contact them.",
      ]
    `);
  });

  it('tells an empty required field from an empty optional one', () => {
    expect(problemsIn('title: "  "', 'events:', '  - id: a', '    title: A', '    date: 2023', '    place: ""')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:8 timeline → title: is empty. Write the text.",
        "inline.yaml:6:12 events[0] "a" → place: is empty. Write the text, or remove place:.",
      ]
    `);
  });
});

describe('dates', () => {
  it('reports each malformed or impossible date at its value', () => {
    expect(problemsOf('invalid/date-values.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/date-values.yaml:6:11 events[0] "month-13" → date: 2023-13 has month 13. Months run from 01 to 12.",
        "invalid/date-values.yaml:9:11 events[1] "february-30" → date: 2023-02-30 has day 30, but February 2023 has 28 days. Check the day of the month.",
        "invalid/date-values.yaml:12:11 events[2] "hour-25" → date: 2023-12-26T25:00 has hour 25. Hours run from 00 to 23; write midnight as T00:00 of the next day.",
        "invalid/date-values.yaml:15:11 events[3] "qualified-time" → date: 2023-12-26T14:30~ puts a qualifier on a time of day. Qualifiers ~ ? % apply to dates only: write 2023-12-26~, or drop the qualifier.",
        "invalid/date-values.yaml:18:11 events[4] "day-first" → date: 26/12/2023 is not a date in a form this format reads. Write dates year first: 2023-12-26 if 26 is the day, 2023-26-12 if 26 is the month.",
        "invalid/date-values.yaml:21:12 events[5] "bad-start" → start: 2023-13-01 has month 13. Months run from 01 to 12.",
        "invalid/date-values.yaml:26:10 events[6] "bad-end" → end: 2023-12-32 has day 32, but December 2023 has 31 days. Check the day of the month.",
      ]
    `);
  });

  it('checks the shape and order of spans', () => {
    expect(problemsOf('invalid/date-spans.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/date-spans.yaml:7:10 events[0] "backwards" → end: 2023-12-20 is before start 2023-12-26. An end date is inclusive and must not come before the start.",
        "invalid/date-spans.yaml:10:11 events[1] "backwards-span" → date: 2023-12-20 is before start 2023-12-26. An end date is inclusive and must not come before the start.",
        "invalid/date-spans.yaml:14:5 events[2] "date-and-start" → start: is given together with date. Use date: for one date or a span like 2023-12-26/2023-12-30, or start: and end:, not both.",
        "invalid/date-spans.yaml:17:5 events[3] "end-only" → end: has no start. Add start: before end:.",
        "invalid/date-spans.yaml:18:5 events[4] "no-date" → has no date. Add date: (e.g. date: 2023-12-26) or start: and end:.",
        "invalid/date-spans.yaml:24:10 eras[0] "backwards-era" → end: 2013 is before start 2019. An end date is inclusive and must not come before the start.",
        "invalid/date-spans.yaml:25:5 eras[1] "undated-era" → has no date. Add start: and end:, or date: with a span like 2013/2019.",
      ]
    `);
  });

  it('reports a missing or empty date of a marker as missing or empty, not as a date', () => {
    expect(problemsIn('title: T', 'markers:', '  - title: M', '  - title: N', '    date:', 'events: [{id: a, title: A, date: 2023}]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:3:5 markers[0] → date: is missing. Add date:, e.g. date: 2023-12-26.",
        "inline.yaml:5:10 markers[1] → date: is empty, not a date. Write a date like 2023-12-26.",
      ]
    `);
  });

  it('names the zone a misspelt time zone probably meant, at the top level and on an event', () => {
    expect(problemsOf('invalid/unknown-time-zone.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/unknown-time-zone.yaml:3:11 timeline → timezone: Asia/Pyongang is not an IANA time zone. Did you mean Asia/Pyongyang?",
        "invalid/unknown-time-zone.yaml:8:15 events[0] "plenum-2023-12" → timezone: Asia/Pyongang is not an IANA time zone. Did you mean Asia/Pyongyang?",
        "invalid/unknown-time-zone.yaml:12:15 events[1] "speech" → timezone: Mars/Olympus_Mons is not an IANA time zone. Use a name from the IANA database, e.g. Asia/Pyongyang or UTC.",
      ]
    `);
  });
});

describe('references and ids', () => {
  it('reports unknown groups and sources wherever they are referred to, and events without a group', () => {
    expect(problemsOf('invalid/unknown-references.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/unknown-references.yaml:15:15 eras[0] "addresses" → sources[0]: kcan is not the id of a source. Did you mean kcna?",
        "invalid/unknown-references.yaml:19:21 markers[0] → sources[1]: reuters is not the id of a source. Known sources: kcna.",
        "invalid/unknown-references.yaml:24:12 events[0] "plenum-2023-12" → group: partty is not the id of a group. Did you mean party?",
        "invalid/unknown-references.yaml:25:21 events[0] "plenum-2023-12" → sources[1]: kcan is not the id of a source. Did you mean kcna?",
        "invalid/unknown-references.yaml:29:17 events[0] "plenum-2023-12" → annotations[0].source: knca is not the id of a source. Did you mean kcna?",
        "invalid/unknown-references.yaml:30:5 events[1] "no-group" → has no group. This timeline has groups, so each event names one: party, diplomacy.",
        "invalid/unknown-references.yaml:36:12 events[2] "malformed-group" → group: Party is not the id of a group. Did you mean party?",
      ]
    `);
  });

  it('says how to fix an unknown group when the timeline has no groups', () => {
    expect(problemsIn('title: T', 'events:', '  - id: a', '    title: A', '    date: 2023', '    group: party', '    sources: [kcna]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:6:12 events[0] "a" → group: party is not the id of a group. Add it under groups:, or remove group: from the event.",
        "inline.yaml:7:15 events[0] "a" → sources[0]: kcna is not the id of a source. This timeline defines no sources.",
      ]
    `);
  });

  it('refuses duplicate ids in every list, naming the first holder', () => {
    expect(problemsOf('invalid/duplicate-ids.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/duplicate-ids.yaml:6:9 groups[1] "party" → id: party is already the id of groups[0]. Ids must be unique: rename one of them.",
        "invalid/duplicate-ids.yaml:11:9 sources[1] "kcna" → id: kcna is already the id of sources[0]. Ids must be unique: rename one of them.",
        "invalid/duplicate-ids.yaml:17:9 eras[1] "addresses" → id: addresses is already the id of eras[0]. Ids must be unique: rename one of them.",
        "invalid/duplicate-ids.yaml:24:9 markers[1] "speech" → id: speech is already the id of markers[0]. Ids must be unique: rename one of them.",
        "invalid/duplicate-ids.yaml:32:9 events[1] "plenum-2023-12" → id: plenum-2023-12 is already the id of events[0]. Ids must be unique: rename one of them.",
        "invalid/duplicate-ids.yaml:36:9 events[2] "plenum-2023-12" → id: plenum-2023-12 is already the id of events[0]. Ids must be unique: rename one of them.",
      ]
    `);
  });

  it('points a problem reached through an alias at the alias, in the item it belongs to', () => {
    expect(problemsIn('title: T', 'events:', '  - &e {id: a, title: A, date: 2023}', '  - *e')).toMatchInlineSnapshot(`
      [
        "inline.yaml:4:5 events[1] "a" → id: a is already the id of events[0]. Ids must be unique: rename one of them.",
      ]
    `);
  });
});

describe('the whole file', () => {
  it('refuses an empty file, and one holding only a comment or ---', () => {
    expect(problemsIn('')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:1 file → is empty. A timeline needs at least title: and events:.",
      ]
    `);
    expect(problemsIn('# nothing yet')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:1 file → is empty. A timeline needs at least title: and events:.",
      ]
    `);
    expect(problemsIn('---')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:1 file → is empty. A timeline needs at least title: and events:.",
      ]
    `);
  });

  it('refuses a file that is a list or text rather than a mapping', () => {
    expect(problemsIn('- id: a', '  title: A', '  date: 2023')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:1 timeline → is a list, not a mapping (key: value lines). Write a mapping (key: value lines).",
      ]
    `);
    expect(problemsIn('North Korea turns to Moscow and Beijing')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:1 timeline → is text, not a mapping (key: value lines). Write a mapping (key: value lines).",
      ]
    `);
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(problemsOf('valid/minimal.yaml', { maxBytes: 100 })).toMatchInlineSnapshot(`
      [
        "valid/minimal.yaml:1:1 file → is 194 bytes, over the limit of 100 bytes. Split the timeline into several files.",
      ]
    `);
    expect(loadFixture('valid/minimal.yaml', { maxBytes: 1000 }).problems).toEqual([]);
  });

  it('stops a "billion laughs" alias bomb at once instead of expanding it', () => {
    expect(problemsOf('invalid/alias-bomb.yaml')).toMatchInlineSnapshot(`
      [
        "invalid/alias-bomb.yaml:1:1 file → uses aliases (*name) too many times. Write the values out instead of repeating aliases.",
      ]
    `);
    // Twenty levels of nine: expanded, 9^20 strings would never finish. Only the alias cap lets this return.
    const levels = Array.from({ length: 20 }, (_, i) =>
      i === 0
        ? 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'
        : `l${i}: &l${i} [${Array(9)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
    );
    const started = performance.now();
    const r = loadTimeline(`title: T\n${levels.join('\n')}\nevents: *l19\n`, 'bomb.yaml');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "bomb.yaml:1:1 file → uses aliases (*name) too many times. Write the values out instead of repeating aliases.",
      ]
    `);
  });

  it('accepts a few aliases', () => {
    const r = loadInline(
      'title: T',
      'sources: [{id: kcna, publisher: KCNA}]',
      'events:',
      '  - {id: a, title: A, date: 2023, sources: &s [kcna]}',
      '  - {id: b, title: B, date: 2024, sources: *s}',
    );
    expect(r.problems).toEqual([]);
    expect(r.timeline?.events.map((e) => e.sources)).toEqual([['kcna'], ['kcna']]);
  });

  it('warns about an unknown locale but still loads the timeline', () => {
    const r = loadInline('title: T', 'locale: tlh', 'events: [{id: a, title: A, date: 2023}]');
    expect(r.problems).toEqual([]);
    expect(r.timeline?.locale).toBe('tlh');
    expect(r.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "inline.yaml:2:9 timeline → locale: tlh is a locale this build does not know: dates and interface text fall back to English. Use a tag that date-fns supports, such as en-GB, ko or de.",
        "inline.yaml:3:10 events[0] "a" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023].",
      ]
    `);
  });

  it('refuses a locale that is not a language tag at all', () => {
    expect(problemsIn('title: T', 'locale: English', 'events: [{id: a, title: A, date: 2023}]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:2:9 timeline → locale: English is not a language tag. Write a BCP 47 tag such as en, en-GB or ko.",
      ]
    `);
  });
});

describe('YAML 1.2 core schema', () => {
  it('keeps unquoted dates, yes, no, on and off as text', () => {
    const r = loadFixture('valid/core-schema.yaml');
    expect(r.problems.map(formatProblem)).toEqual([]);
    const event = r.timeline?.events[0];
    expect(event?.title).toBe('no');
    expect(event?.place).toBe('yes');
    expect(event?.tags).toEqual(['on', 'off', 'y', 'n']);
    expect(event?.summary).toBe('2023-12-26T14:30:00Z');
    expect(event?.when.start).toEqual({ text: '2023-12-26', precision: 'day', year: 2023, month: 12, day: 26, approximate: false, uncertain: false });
  });

  it('reads title: null and an empty title: as empty, not as the text "null"', () => {
    expect(problemsIn('title: null', 'events: [{id: a, title: A, date: 2023}]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:8 timeline → title: is empty, not text. Write it like: North Korea turns to Moscow and Beijing",
      ]
    `);
    expect(problemsIn('title:', 'events: [{id: a, title: A, date: 2023}]')).toMatchInlineSnapshot(`
      [
        "inline.yaml:1:7 timeline → title: is empty, not text. Write it like: North Korea turns to Moscow and Beijing",
      ]
    `);
  });
});

describe('valid fixtures', () => {
  it.each(['valid/minimal.yaml', 'valid/every-feature.yaml', 'valid/core-schema.yaml'])('loads %s with no problems and no warnings', (name) => {
    const r = loadFixture(name);
    expect(r.problems.map(formatProblem)).toEqual([]);
    // The source check may ask for sources (format/source-warnings.ts); nothing else is worth a warning.
    expect(r.warnings.map((w) => w.message).filter((m) => !/^(cites no source|has no published date)\.$/.test(m))).toEqual([]);
    expect(r.timeline?.events.length).toBeGreaterThan(0);
  });

  it('names the timeline after its file', () => {
    const r = loadTimeline(readFileSync(new URL('../fixtures/valid/minimal.yaml', import.meta.url), 'utf8'), 'data/north-korea.yaml');
    expect(r.timeline).toMatchObject({ slug: 'north-korea', file: 'data/north-korea.yaml', title: 'Minimal', locale: 'en', timezone: 'UTC' });
  });

  describe('every feature', () => {
    const timeline = loadFixture('valid/every-feature.yaml').timeline;
    if (!timeline) throw new Error('valid/every-feature.yaml did not load');
    const event = (id: string): (typeof timeline.events)[number] | undefined => timeline.events.find((e) => e.id === id);

    it('sorts events by time, keeping the file order on ties', () => {
      expect(timeline.events.map((e) => e.id)).toEqual([
        'bce',
        'ides-of-march',
        'ongoing',
        'both-qualifiers',
        'bare-year',
        'approximate',
        'uncertain',
        'plenum-2023-12',
        'date-span',
        'offset-instant',
        'utc-instant',
        'london-time',
      ]);
    });

    it('places times on the axis in the timeline zone, reading each in its own zone or offset', () => {
      // The axis is floating time in Asia/Pyongyang (UTC+9), whatever the machine's zone.
      expect(event('offset-instant')?.axis.start).toBe(Date.UTC(2023, 11, 26, 14, 0));
      expect(event('utc-instant')?.axis.start).toBe(Date.UTC(2023, 11, 26, 14, 30));
      expect(event('london-time')).toMatchObject({ zone: 'Europe/London', axis: { start: Date.UTC(2023, 11, 26, 23, 30) } });
      expect(event('plenum-2023-12')?.axis).toEqual({ start: Date.UTC(2023, 11, 26), end: Date.UTC(2023, 11, 31) });
    });

    it('reads every form of date', () => {
      expect(event('bare-year')?.when.start).toMatchObject({ text: '2023', precision: 'year', year: 2023 });
      expect(event('bce')?.when.start).toMatchObject({ precision: 'year', year: -500 });
      expect(event('ides-of-march')?.when.start).toMatchObject({ precision: 'day', year: -43, month: 3, day: 15 });
      expect(event('approximate')?.when.start).toMatchObject({ approximate: true, uncertain: false });
      expect(event('uncertain')?.when.start).toMatchObject({ approximate: false, uncertain: true });
      expect(event('both-qualifiers')?.when.start).toMatchObject({ approximate: true, uncertain: true });
      expect(event('date-span')?.when).toMatchObject({ start: { text: '2023-12-26' }, end: { text: '2023-12-30' } });
      expect(event('ongoing')?.when).toMatchObject({ start: { text: '2019-12-28' }, ongoing: true });
      expect(event('ongoing')?.axis.end).toBeNull();
    });

    it('keeps overlapping eras and gives an ongoing one no end', () => {
      const axis = Object.fromEntries(timeline.eras.map((e) => [e.id, e.axis]));
      expect(axis).toEqual({
        'new-year-addresses': { start: Date.UTC(2013, 0, 1), end: Date.UTC(2019, 0, 2) },
        overlapping: { start: Date.UTC(2018, 0, 1), end: Date.UTC(2020, 6, 1) },
        'plenum-reports': { start: Date.UTC(2019, 11, 28), end: null },
      });
      expect(timeline.eras[0]).toMatchObject({ color: '#fde68a', sources: ['bbc-2013-address'] });
    });

    it('normalises group colours to #rrggbb and fills in a default', () => {
      expect(timeline.groups.map((g) => [g.id, g.color, g.textColor])).toEqual([
        ['party', '#b42318', '#ffffff'],
        ['diplomacy', '#663399', '#ffffff'],
        ['history', '#009e73', '#000000'],
      ]);
    });

    it('keeps annotations of every kind, sources, markers, the image and the window', () => {
      const plenum = event('plenum-2023-12');
      expect(plenum?.annotations.map((a) => a.kind)).toEqual(['quote', 'context', 'analysis', 'dispute', 'correction', 'update']);
      expect(plenum?.annotations[3]).toMatchObject({ sources: ['kcna-plenum-2023', 'bbc-2013-address'] });
      expect(plenum?.annotations[4]?.date).toMatchObject({ text: '2024-01-05', year: 2024, month: 1, day: 5 });
      expect(plenum?.annotations[0]).toMatchObject({ attribution: 'KCNA', source: 'kcna-plenum-2023' });
      expect(plenum).toMatchObject({
        group: 'party',
        importance: 'high',
        tags: ['kcna', 'war-preparations'],
        place: 'Pyongyang',
        sources: ['kcna-plenum-2023'],
      });
      expect(plenum?.image).toEqual({ src: '/images/plenum.jpg', alt: 'Kim Jong Un at the podium', credit: 'KCNA' });
      expect(event('offset-instant')?.importance).toBe('low');
      expect(event('bce')?.importance).toBe('normal');
      expect(timeline.sources.map((s) => s.id)).toEqual(['kcna-plenum-2023', 'bbc-2013-address']);
      expect(timeline.sources[0]?.published).toMatchObject({ text: '2023-12-31' });
      expect(timeline.markers.map((m) => [m.id, m.date.text, m.axis])).toEqual([
        [undefined, '2023-12-28', Date.UTC(2023, 11, 28)],
        ['treaty', '2024-06-19', Date.UTC(2024, 5, 19)],
      ]);
      expect(timeline.window).toEqual({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2025, 0, 1) });
    });
  });
});

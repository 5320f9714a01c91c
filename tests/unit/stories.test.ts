/**
 * Stories (format 1.1): the model a story page reads, and every problem a
 * story can have, worded and located (line:column counted in the inline YAML).
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/format/problems.ts';
import { storyEvents } from '../../src/lib/model/stories.ts';
import { toTimelineJson } from '../../src/lib/exchange/to-json.ts';
import { describeIgnored, parseEmbedOptions } from '../../src/lib/embed/embed-options.ts';
import { stepHash, stepOfHash } from '../../src/lib/search/deep-link.ts';
import { toTimelineJS } from '../../src/lib/exchange/timelinejs.ts';

const load = (...lines: string[]) => loadTimeline(`${lines.join('\n')}\n`, 'inline.yaml');

const EVENTS = [
  'title: T',
  'events:',
  '  - id: address-2019',
  '    title: New Year address',
  '    date: 2019-01-01',
  '  - id: plenum-2019',
  '    title: Plenum',
  '    date: 2019-12-28/2019-12-31',
];

describe('a story', () => {
  it('is read into steps numbered from 1, each with its heading, its event or its window on the axis', () => {
    const r = load(
      ...EVENTS,
      'stories:',
      '  - id: road',
      '    title: The road',
      '    summary: How it went.',
      '    steps:',
      '      - event: address-2019',
      '        text: The last address.',
      '      - window: { start: 2019-12, end: 2020-01 }',
      '        title: The first report',
      '        text: Four days.',
      '      - event: plenum-2019',
      '        title: The plenum itself',
      '        text: It met.',
    );
    expect(r.problems.map(formatProblem)).toEqual([]);
    const story = r.timeline?.stories[0];
    expect(story?.steps.map((s) => [s.n, s.title, s.event ?? null])).toEqual([
      [1, 'New Year address', 'address-2019'],
      [2, 'The first report', null],
      [3, 'The plenum itself', 'plenum-2019'],
    ]);
    const window = story?.steps[1]?.window;
    expect(window && [new Date(window.start).toISOString(), new Date(window.end).toISOString()]).toEqual([
      '2019-12-01T00:00:00.000Z',
      '2020-02-01T00:00:00.000Z',
    ]);
    expect(story && storyEvents(story)).toEqual(['address-2019', 'plenum-2019']);
  });

  it('is optional: a file without stories has none', () => {
    expect(load(...EVENTS).timeline?.stories).toEqual([]);
  });

  it('reports an unknown event, a step with both event and window, a step with neither, a window without a title, no steps and a duplicate id', () => {
    const r = load(
      ...EVENTS,
      'stories:',
      '  - id: road',
      '    title: The road',
      '    steps:',
      '      - event: plenum-2091',
      '        text: A typo.',
      '      - event: address-2019',
      '        window: { start: 2019-12, end: 2020-01 }',
      '        text: Both.',
      '      - text: Neither.',
      '      - window: { start: 2020-01, end: 2019-12 }',
      '        text: Backwards and untitled.',
      '  - id: road',
      '    title: Again',
      '    steps: []',
    );
    expect(sortProblems(r.problems).map(formatProblem).join('\n')).toMatchInlineSnapshot(`
      "inline.yaml:13:16 stories[0] "road" → steps[0].event: plenum-2091 is not the id of an event. Did you mean plenum-2019?
      inline.yaml:16:9 stories[0] "road" → steps[1].window: is given together with event. A step shows one event (event:) or one stretch of time (window:), not both: make them two steps.
      inline.yaml:18:9 stories[0] "road" → steps[2]: shows neither an event nor a window. Add event: with the id of an event, or window: { start: 2019-12, end: 2020-01 } with a title:.
      inline.yaml:19:9 stories[0] "road" → steps[3]: shows a window but has no title. Add title: to say what this stretch of time is, e.g. title: The first plenum report.
      inline.yaml:19:40 stories[0] "road" → steps[3].window.end: 2019-12 is before start 2020-01. The window must end after it starts.
      inline.yaml:21:9 stories[1] "road" → id: road is already the id of stories[0]. Ids must be unique: rename one of them.
      inline.yaml:23:12 stories[1] "road" → steps: has no steps. Add at least one item under steps:."
    `);
  });

  it('reports a step field this format does not know, with the key it probably meant', () => {
    const r = load(...EVENTS, 'stories:', '  - id: road', '    title: The road', '    steps:', '      - event: plenum-2019', '        txt: Typo.');
    expect(sortProblems(r.problems).map(formatProblem).join('\n')).toMatchInlineSnapshot(
      `"inline.yaml:14:9 stories[0] "road" → steps[0].txt: is not a key this format knows. Did you mean text?"`,
    );
  });
});

const ONE_STORY = [
  ...EVENTS,
  '  - id: plenum-2020',
  '    title: Plenum 2020',
  '    date: 2020-12-28',
  'stories:',
  '  - id: road',
  '    title: The road',
  '    summary: How *it* went.',
  '    steps:',
  '      - event: plenum-2019',
  '        text: The plenum first.',
  '      - window: { start: 2019-12, end: 2020-01 }',
  '        title: The first report',
  '        text: Four days.',
  '      - event: address-2019',
  '        title: Back to the address',
  '        text: Then the address.',
];

describe('stories in the exports', () => {
  it('are in the JSON export, each step with its event or its window, and the story page', () => {
    const timeline = load(...ONE_STORY).timeline;
    if (!timeline) throw new Error('the fixture loads');
    expect(toTimelineJson(timeline, { site: 'https://example.org' }).stories).toMatchInlineSnapshot(`
      [
        {
          "id": "road",
          "link": "https://example.org/inline/story/road/",
          "steps": [
            {
              "event": "plenum-2019",
              "text": "The plenum first.",
              "title": "Plenum",
            },
            {
              "text": "Four days.",
              "title": "The first report",
              "window": {
                "approximate": false,
                "end": "2020-01-31",
                "start": "2019-12-01",
                "uncertain": false,
                "written": "2019-12/2020-01",
              },
            },
            {
              "event": "address-2019",
              "text": "Then the address.",
              "title": "Back to the address",
            },
          ],
          "summary": "How *it* went.",
          "title": "The road",
        },
      ]
    `);
    expect(toTimelineJson(load(...EVENTS).timeline ?? timeline, {}).stories).toBeUndefined();
  });

  it('make a file with one story a TimelineJS presentation of it: its title slide, then its steps in its order', () => {
    const timeline = load(...ONE_STORY).timeline;
    if (!timeline) throw new Error('the fixture loads');
    const data = toTimelineJS(timeline);
    expect(data.title?.text?.headline).toBe('The road');
    expect(data.events.map((e) => [e.unique_id, e.text?.headline, e.start_date])).toEqual([
      ['plenum-2019', 'Plenum', { year: 2019, month: 12, day: 28 }],
      ['step-2', 'The first report', { year: 2019, month: 12 }],
      ['address-2019', 'Back to the address', { year: 2019, month: 1, day: 1 }],
    ]);
    expect(data.events[0]?.text?.text).toBe('<p>The plenum first.</p>');
  });

  it('leave a file with several stories a TimelineJS export of every event', () => {
    const twice = load(...ONE_STORY, '  - id: again', '    title: Again', '    steps:', '      - event: plenum-2020', '        text: Once.').timeline;
    expect(twice && toTimelineJS(twice).events.map((e) => e.unique_id)).toEqual(['address-2019', 'plenum-2019', 'plenum-2020']);
  });
});

describe('stories in the JSON Schema', () => {
  const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
    JSON.parse(readFileSync('schema/timeline.schema.json', 'utf8')) as object,
  );
  const file = (...steps: object[]) => ({ title: 'T', events: [{ id: 'a', title: 'A', date: '2019' }], stories: [{ id: 's', title: 'S', steps }] });

  it('tells an editor of a step with both event and window, with neither, a window without a title, and no steps', () => {
    expect(validate(file({ event: 'a', text: 'x' }, { window: { start: '2019', end: '2020' }, title: 'W', text: 'y' }))).toBe(true);
    expect(validate(file({ event: 'a', window: { start: '2019', end: '2020' }, title: 'W', text: 'x' }))).toBe(false);
    expect(validate(file({ text: 'x' }))).toBe(false);
    expect(validate(file({ window: { start: '2019', end: '2020' }, text: 'x' }))).toBe(false);
    expect(validate(file())).toBe(false);
  });
});

describe("a step's address", () => {
  it('is #step-<n>, and anything else names the title slide', () => {
    expect(stepHash(3)).toBe('#step-3');
    expect(stepHash(0)).toBe('');
    expect(['#step-3', '#step-10', '#step-0', '#step-03', '#step-x', '#plenum-2019', '', '#step-99999'].map(stepOfHash)).toEqual([3, 10, 0, 0, 0, 0, 0, 0]);
  });

  it('in the embed is ?story=<id>&step=<n>, each checked', () => {
    const context = { stories: ['road'] };
    expect(parseEmbedOptions('?story=road&step=3', context).options).toMatchObject({ story: 'road', step: 3 });
    const { options, ignored } = parseEmbedOptions('?story=lane&step=0', context);
    expect(options.story).toBeUndefined();
    expect(options.step).toBeUndefined();
    expect(ignored.map(describeIgnored)).toEqual(["story=lane: this timeline's stories are road", 'step=0: write the number of a step, 1 or more']);
  });
});

/**
 * The one schema of a timeline file. Authors write `TimelineInput`; code reads
 * `TimelineData`. Each field's description (with an example) becomes the
 * editor's hover text through the JSON Schema.
 *
 * Checks that span several fields or items (a span's order, ids that must be
 * unique, references to groups and sources) live in `check-references.ts`,
 * because zod skips an object's refinements once any of its fields fails, and
 * every problem must be reported at once.
 */
import { z } from 'zod';
import { normalizeColor } from './css-color.ts';
import { ID_PATTERN, TAG_PATTERN } from './patterns.ts';
import { closest } from './problems.ts';
import { isTimeZone, parseDate, parseSpan, type CalendarDate, type DateSpan } from '../dates/dates.ts';

/** Extra wording for a zod issue: how to fix it. */
export interface IssueParams {
  readonly fix: string;
}

/** Longest `label`, in characters: it must fit on the timeline beside its dot. */
export const LABEL_MAX = 60;

/**
 * The patterns behind `matching` checks, for the JSON Schema (zod-to-json-schema
 * cannot see inside a refinement). Keyed by the check's effect, which copies
 * made by `.describe()` and `.optional()` share.
 */
const PATTERNS = new WeakMap<object, RegExp>();

/** The pattern a string must match, when the check is a `matching` one. */
export function patternOf(def: unknown): RegExp | undefined {
  const effect = typeof def === 'object' && def !== null ? (def as { effect?: unknown }).effect : undefined;
  return typeof effect === 'object' && effect !== null ? PATTERNS.get(effect) : undefined;
}

/** A pattern check whose problem says how to fix it (zod's own regex check carries no params). */
const matching = (re: RegExp, message: string, fix: string): z.ZodEffects<z.ZodString> => {
  const check = z.string().refine((v) => re.test(v), { message, params: { fix } satisfies IssueParams });
  PATTERNS.set(check._def.effect, re);
  return check;
};

const text = (description: string): z.ZodString => z.string().trim().min(1).describe(description);

export const idSchema = matching(ID_PATTERN, 'is not a valid id.', 'Use lower-case letters a-z, digits and single hyphens, e.g. plenum-2023-12.').describe(
  'Unique id: a-z, 0-9 and single hyphens. For events it is the deep link: /<slug>/#<id>. Example: plenum-2023-12',
);

/** A date as written: `2023`, `2023-12`, `2023-12-26`, `2023-12-26T14:30`, with `~ ? %`; `Y-13800000000` beyond four digits. */
export const dateSchema = z
  .union([z.string(), z.number()], { errorMap: () => ({ message: 'is not a date.', params: { fix: 'Write a date such as 2023-12-26.' } }) })
  .transform((value, ctx): CalendarDate => {
    const r = parseDate(value);
    if (r.ok) return r.value;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.error.message, params: { fix: r.error.fix } satisfies IssueParams });
    return z.NEVER;
  })
  .describe(
    'A date: 2023, 2023-12, 2023-12-26 or 2023-12-26T14:30 (in the timezone), optionally ending in ~ (approximate), ? (uncertain) or % (both); a year beyond four digits in the Y form, Y-13800000000. Example: 2023-12-26',
  );

/** `start`/`end` of a span: a date, or `..` for "still going on" (ends only). */
const endSchema = z.union([z.literal('..'), dateSchema]).describe('Inclusive end date, or .. for a span still going on. Example: 2023-12-30');

/** `date:` may hold a single date or a span `a/b`. */
const whenSchema = z
  .union([z.string(), z.number()])
  .transform((value, ctx): DateSpan => {
    const r = parseSpan(value);
    if (r.ok) return r.value;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.error.message, params: { fix: r.error.fix } satisfies IssueParams });
    return z.NEVER;
  })
  .describe('A single date, or an inclusive span start/end (end may be .. for "still going on"). Example: 2023-12-26/2023-12-30');

const timeZoneSchema = z
  .string()
  .refine(isTimeZone, (value) => ({ message: 'is not an IANA time zone.', params: { fix: suggestTimeZone(value) } satisfies IssueParams }))
  .describe('IANA time zone for times of day written without an offset. Example: Asia/Pyongyang');

const colorSchema = z
  .string()
  .transform((value, ctx) => {
    const hex = normalizeColor(value);
    if (hex) return hex;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `${value} is not a CSS colour.`,
      params: { fix: 'Write a CSS colour such as "#b42318", rgb(180 35 24) or firebrick.' } satisfies IssueParams,
    });
    return z.NEVER;
  })
  .describe('A CSS colour. Example: "#b42318"');

function suggestTimeZone(value: string): string {
  const near = closest(value, Intl.supportedValuesOf('timeZone'));
  return near ? `Did you mean ${near}?` : 'Use a name from the IANA database, e.g. Asia/Pyongyang or UTC.';
}

/** The Markdown note goes before any `Example: …`, which must end the description (problems quote it). */
const markdown = (description: string): z.ZodString => {
  const [what, example] = description.split(' Example: ');
  return z
    .string()
    .describe(`${what ?? description} Markdown: raw HTML is removed; links keep only http, https and mailto.${example ? ` Example: ${example}` : ''}`);
};

const sourceIds = z.array(idSchema).describe('Ids of entries in `sources`. Example: [kcna-plenum-2023]');

export const groupSchema = z
  .object({
    id: idSchema,
    title: text('Lane title, plain text. Example: Party meetings'),
    color: colorSchema.optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: idSchema,
    title: text('Title of the cited work, plain text. Example: Report on 9th Enlarged Plenum of 8th WPK Central Committee').optional(),
    publisher: text('Who published it, plain text. Example: KCNA'),
    url: matching(/^https?:\/\/[^\s/?#]+\.[^\s]*$/i, 'is not a web address.', 'Write the full address, starting with https:// or http://.')
      .describe('Web address of the source. Example: https://www.scmp.com/news/asia/east-asia/article/3246443/')
      .optional(),
    published: dateSchema.optional(),
    accessed: dateSchema.optional(),
  })
  .strict();

/** The kinds of annotation; `dispute` (sources disagree) is format 1.1. */
export const ANNOTATION_KINDS = ['quote', 'context', 'analysis', 'dispute', 'correction', 'update'] as const;

/** Kinds that record a change to the timeline itself, and so carry the day it was made. */
export const DATED_KINDS: ReadonlySet<string> = new Set(['correction', 'update']);

export const annotationSchema = z
  .object({
    kind: z
      .enum(ANNOTATION_KINDS)
      .describe(
        'quote | context | analysis | dispute (sources disagree: cite them under sources) | correction | update (changes to this timeline: give their date). Example: quote',
      ),
    text: markdown('The note. Example: He set forth the militant tasks …'),
    attribution: text('Who said it (quotes), plain text. Example: KCNA').optional(),
    source: idSchema.describe('Id of an entry in `sources`. Example: kcna-plenum-2023').optional(),
    sources: z
      .array(idSchema)
      .describe(
        'Several sources, for a note that rests on more than one; a dispute lists the sources that differ. Example: [tass-2023-11-16, yonhap-2023-11-16]',
      )
      .optional(),
    date: dateSchema
      .describe('The day a correction or update was made: it is listed, newest first, on the changes page and in the feed. Example: 2024-01-05')
      .optional(),
  })
  .strict();

export const imageSchema = z
  .object({
    // Not `//host/…` and not `/\host/…`: browsers read a backslash as a slash, so both would load from another site.
    src: matching(
      /^\/(?![/\\])[^\s\\]+$/,
      'is not a path on this site.',
      'Put the image in public/ and write its path, e.g. /images/plenum.jpg: images from other sites would make readers contact them.',
    ).describe('Path of an image in public/. Example: /images/plenum.jpg'),
    alt: z.string().describe('Text alternative for readers who cannot see the image. Example: Kim Jong Un at the podium'),
    credit: text('Credit line, plain text. Example: KCNA').optional(),
    license: text('The terms it is published under, plain text (format 1.1). Example: CC BY 4.0').optional(),
  })
  .strict();

/** The kinds of link between two events (format 1.1), each read from the event that names it. */
export const LINK_KINDS = ['led-to', 'responds-to', 'part-of', 'see-also'] as const;

export const linkSchema = z
  .object({
    to: idSchema.describe('Id of the other event, in this file. Example: shoigu-delegation-2023-07'),
    kind: z
      .enum(LINK_KINDS)
      .describe(
        'led-to (this event led to the other) | responds-to (this event answers the other) | part-of (this event is part of the other) | see-also. Example: responds-to',
      ),
    note: text("Why they are linked, plain text. Example: Shoigu's visit prepared the summit.").optional(),
  })
  .strict();

const spanFields = {
  date: whenSchema.optional(),
  start: dateSchema.optional(),
  end: endSchema.optional(),
};

export const eventSchema = z
  .object({
    id: idSchema,
    title: text('Headline, plain text. Example: 9th Enlarged Plenary Meeting of the 8th WPK Central Committee'),
    label: text(
      'A short label drawn on the timeline, plain text, at most 60 characters; the title stays the heading in the panel, the list and every export. Example: December 2023 plenum',
    )
      .max(LABEL_MAX)
      .optional(),
    ...spanFields,
    timezone: timeZoneSchema.optional(),
    group: idSchema.describe('Id of the lane (from `groups`). Example: party').optional(),
    tags: z
      .array(matching(TAG_PATTERN, 'is not a valid tag.', 'Write tags in lower case with hyphens, e.g. war-preparations.'))
      .describe('Keywords for filtering, lower case with hyphens. Example: [kcna, war-preparations]')
      .optional(),
    place: text('Where it happened, plain text. Example: Pyongyang').optional(),
    importance: z.enum(['high', 'normal', 'low']).default('normal').describe('What stays visible when zoomed out: high | normal | low. Example: high'),
    summary: markdown('What happened, in a few sentences.').optional(),
    annotations: z.array(annotationSchema).describe('Quotes, context, analysis, disputes, corrections and updates shown with the event.').optional(),
    sources: sourceIds.optional(),
    image: imageSchema.describe('A picture shown with the event, from this site.').optional(),
    links: z
      .array(linkSchema)
      .describe('Typed links to other events of this file: drawn between them, listed in both panels with the reverse wording on the other end.')
      .optional(),
  })
  .strict();

export const eraSchema = z
  .object({
    id: idSchema,
    title: text("Label of the band, plain text. Example: Televised New Year's Day addresses"),
    ...spanFields,
    color: colorSchema.optional(),
    annotation: markdown('A note about the era.').optional(),
    sources: sourceIds.optional(),
  })
  .strict();

export const markerSchema = z
  .object({
    id: idSchema.optional(),
    date: dateSchema,
    title: text('Label of the line, plain text. Example: KCNA reports the "war preparations" speech'),
    sources: sourceIds.optional(),
  })
  .strict();

/**
 * A step of a story: an event (the timeline moves to it and opens it) or a
 * window of time (with its own title). Which of the two, and not both, is
 * checked in `check-references.ts`, so a step with faults in both reports each.
 */
export const storyStepSchema = z
  .object({
    event: idSchema.describe('Id of the event this step shows. Example: new-year-address-2019-01-01').optional(),
    window: z
      .object({ start: dateSchema, end: dateSchema })
      .strict()
      .describe('The stretch of time this step shows, instead of an event. Example: { start: 2019-12, end: 2020-01 }')
      .optional(),
    title: text("The step's heading; by default its event's title. Example: The first plenum report").optional(),
    text: markdown("The story's words for this step. Example: The last televised address."),
  })
  .strict();

export const storySchema = z
  .object({
    id: idSchema.describe('Unique id of the story: it is published at /<slug>/story/<id>/. Example: new-year-to-plenum'),
    title: text('Title of the story, plain text. Example: From the New Year address to the plenum report'),
    summary: markdown('What the story tells, shown before its first step. Example: How Kim moved his annual policy speech.').optional(),
    // An array's min() takes no params (no custom fix): zod-issues words the fix for it.
    steps: z.array(storyStepSchema).min(1, { message: 'has no steps.' }).describe('The steps, in reading order; at least one.'),
  })
  .strict();

export const timelineSchema = z
  .object({
    kicker: text('A short line above the title, plain text. Example: North Korea').optional(),
    title: text('Title of the timeline, plain text. Example: North Korea turns to Moscow and Beijing'),
    description: markdown('Introduction shown under the title.').optional(),
    credit: text('The credit line under the timeline, plain text. Example: Sources: KCNA, Yonhap, TASS, Reuters. Graphic: the timeline desk.').optional(),
    locale: matching(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'is not a language tag.', 'Write a BCP 47 tag such as en, en-GB or ko.')
      .default('en')
      .describe('BCP 47 language tag for date formats and interface strings. Example: en-GB'),
    timezone: timeZoneSchema.default('UTC'),
    window: z
      .object({ start: dateSchema, end: dateSchema })
      .strict()
      .describe('The opening view; by default the timeline fits all events. Example: { start: 2019-01, end: 2024-12 }')
      .optional(),
    groups: z.array(groupSchema).describe('Lanes, drawn in this order.').optional(),
    sources: z.array(sourceSchema).describe('Cited material, referenced by id.').optional(),
    eras: z.array(eraSchema).describe('Spans drawn as background bands; they may overlap.').optional(),
    markers: z.array(markerSchema).describe('Moments marked on the axis with a line and a label.').optional(),
    // An array's min() takes no params (no custom fix): zod-issues words the fix for it.
    events: z.array(eventSchema).min(1, { message: 'has no events.' }).describe('The events; at least one.'),
    stories: z.array(storySchema).describe('Guided paths through the timeline, step by step (format 1.1).').optional(),
  })
  .strict();

/** What authors write. */
export type TimelineInput = z.input<typeof timelineSchema>;
/** What the schema hands on, before spans are joined (see `model.ts`). */
export type TimelineData = z.output<typeof timelineSchema>;
export type EventData = z.output<typeof eventSchema>;
export type EraData = z.output<typeof eraSchema>;
export type LinkData = z.output<typeof linkSchema>;
export type StoryData = z.output<typeof storySchema>;

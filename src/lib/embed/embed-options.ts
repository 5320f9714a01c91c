/**
 * The options of an embedded timeline, as its address carries them
 * (`/embed/north-korea/?event=plenum-2023-12&theme=dark&list=1`). Allow-list,
 * then parse: each known option is checked on its own, a malformed one is
 * left out with the reason, and an unknown one is never passed on (an embed
 * that handed its query to vis-timeline would let any page that frames it set
 * any option). The page warns once with every reason.
 */
// zod's tree-shakable build, as in filters.ts: the embed page stays light.
import { z } from '../format/zod-mini.ts';
import { axisEnd, axisStart, parseDate } from '../dates/dates.ts';
import { cutText } from '../format/cut-text.ts';
import { ID_PATTERN, TAG_PATTERN } from '../format/patterns.ts';
import { filtersToSearch, NO_FILTERS, type Filters } from '../search/filters.ts';
import { timelineTags, type Timeline } from '../model/model.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** The event to open. */
  readonly event?: string;
  /** Words, lanes and tags, read by the same matcher as the timeline page's filters. */
  readonly filters: Filters;
  /** The opening window's edges on the axis (floating ms); either may be missing. */
  readonly start?: number;
  readonly end?: number;
  readonly theme: EmbedTheme;
  /** The full list of events below the timeline. */
  readonly list: boolean;
  /** The detail panel; without it a selection still deep-links. */
  readonly panel: boolean;
  /** The title above the timeline (kept for screen readers when hidden). */
  readonly title: boolean;
  /** A story to read instead of the timeline alone (its embed is `/embed/<slug>/story/<id>/`). */
  readonly story?: string;
  /** The story's step to open at, 1-based. */
  readonly step?: number;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { filters: NO_FILTERS, theme: 'auto', list: false, panel: true, title: true };

/** What the options are checked against: the timeline's zone, lanes and tags. */
export interface EmbedContext {
  readonly zone?: string;
  readonly groups?: readonly string[];
  readonly tags?: readonly string[];
  readonly stories?: readonly string[];
}

/** The context for a timeline, as its embed page and its Embed dialog hand it to the browser. */
export function embedContextOf(timeline: Timeline): EmbedContext {
  return {
    zone: timeline.timezone,
    groups: timeline.groups.map((g) => g.id),
    tags: timelineTags(timeline),
    stories: timeline.stories.map((s) => s.id),
  };
}

export interface IgnoredOption {
  readonly name: string;
  readonly value: string;
  readonly reason: string;
}

export interface ParsedEmbedOptions {
  readonly options: EmbedOptions;
  /** The options left out, each with the reason. */
  readonly ignored: readonly IgnoredOption[];
}

/**
 * @example describeIgnored({ name: 'list', value: '2', reason: 'write 0 or 1' }) // 'list=2: write 0 or 1'
 */
export function describeIgnored({ name, value, reason }: IgnoredOption): string {
  return `${name}=${value.length > 40 ? `${cutText(value, 40)}…` : value}: ${reason}`;
}

const flag = z.pipe(
  z.enum(['0', '1'], { error: 'write 0 or 1' }),
  z.transform((v: '0' | '1') => v === '1'),
);

function idList(kind: string, known: readonly string[] | undefined) {
  return z
    .pipe(
      z.string().check(z.maxLength(2000, { error: 'too long' })),
      z.transform((s: string) => s.split(',').map((x) => x.trim())),
    )
    .check(
      z.refine((ids: string[]) => ids.every((id) => TAG_PATTERN.test(id)), { error: `write ${kind} ids separated by commas`, abort: true }),
      z.refine((ids: string[]) => !known || ids.every((id) => known.includes(id)), {
        error: known ? `this timeline's ${kind}s are ${known.join(', ') || 'none'}` : '',
      }),
    );
}

function dateEdge(zone: string, edge: 'start' | 'end') {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const parsed = parseDate(text);
      if (!parsed.ok) {
        ctx.issues.push({ code: 'custom', message: parsed.error.message, input: text });
        return z.NEVER;
      }
      return edge === 'start' ? axisStart(parsed.value, zone, zone) : axisEnd(parsed.value, zone, zone);
    }),
  );
}

function schemaFor(context: EmbedContext) {
  const zone = context.zone ?? 'UTC';
  return {
    event: z.string().check(z.regex(ID_PATTERN, { error: 'an event id is a-z, 0-9 and single hyphens' })),
    groups: idList('lane', context.groups),
    tags: idList('tag', context.tags),
    q: z.string().check(z.maxLength(200, { error: 'at most 200 characters' })),
    start: dateEdge(zone, 'start'),
    end: dateEdge(zone, 'end'),
    theme: z.enum(['light', 'dark', 'auto'], { error: 'write light, dark or auto' }),
    list: flag,
    panel: flag,
    title: flag,
    story: z.string().check(
      z.regex(ID_PATTERN, { error: 'a story id is a-z, 0-9 and single hyphens', abort: true }),
      z.refine((id: string) => !context.stories || context.stories.includes(id), {
        error: context.stories ? `this timeline's stories are ${context.stories.join(', ') || 'none'}` : '',
      }),
    ),
    step: z.pipe(
      z.string().check(z.regex(/^[1-9][0-9]{0,3}$/, { error: 'write the number of a step, 1 or more' })),
      z.transform((s: string) => Number(s)),
    ),
  } as const;
}

/**
 * @example parseEmbedOptions('?theme=dark&list=2&x=1')
 * // { options: { ...DEFAULT_EMBED_OPTIONS, theme: 'dark' }, ignored: [{ name: 'list', value: '2', reason: 'write 0 or 1' }, { name: 'x', … }] }
 */
export function parseEmbedOptions(search: string, context: EmbedContext = {}): ParsedEmbedOptions {
  const schema = schemaFor(context);
  const params = new URLSearchParams(search);
  const ignored: IgnoredOption[] = [];
  const ignore = (name: string, value: string, reason: string): number => ignored.push({ name, value, reason });
  const read: Partial<{ -readonly [K in keyof typeof schema]: z.output<(typeof schema)[K]> }> = {};
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!Object.hasOwn(schema, name)) {
      ignore(name, value, 'not an option');
      continue;
    }
    const key = name as keyof typeof schema;
    if (seen.has(key)) {
      ignore(name, value, 'given twice; the first one counts');
      continue;
    }
    seen.add(key);
    const result = schema[key].safeParse(value);
    if (result.success) Object.assign(read, { [key]: result.data });
    else ignore(name, value, result.error.issues[0]?.message ?? 'not valid');
  }
  if (read.start !== undefined && read.end !== undefined && read.end <= read.start) {
    ignore('end', params.get('end') ?? '', `comes before start=${params.get('start') ?? ''}`);
    delete read.end;
  }
  const { groups, tags, q, start, end, event, theme, list, panel, title, story, step } = read;
  return {
    options: {
      ...DEFAULT_EMBED_OPTIONS,
      ...(event !== undefined && { event }),
      filters: { q: q ?? '', groups: groups ?? [], tags: tags ?? [] },
      ...(start !== undefined && { start }),
      ...(end !== undefined && { end }),
      ...(theme !== undefined && { theme }),
      ...(list !== undefined && { list }),
      ...(panel !== undefined && { panel }),
      ...(title !== undefined && { title }),
      ...(story !== undefined && { story }),
      ...(step !== undefined && { step }),
    },
    ignored,
  };
}

/** What a reader picks in the Embed dialog, as written in the address (dates as written). */
export interface EmbedChoices {
  readonly event?: string | undefined;
  readonly filters?: Filters | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly theme?: EmbedTheme | undefined;
  readonly list?: boolean | undefined;
  readonly panel?: boolean | undefined;
  readonly title?: boolean | undefined;
  readonly story?: string | undefined;
}

/**
 * The query string for the choices, defaults left out.
 * @example embedSearch({ theme: 'dark', list: true }) // '?theme=dark&list=1'
 */
export function embedSearch(choices: EmbedChoices): string {
  const params = new URLSearchParams();
  if (choices.story) params.set('story', choices.story);
  if (choices.event) params.set('event', choices.event);
  const filters = new URLSearchParams(filtersToSearch(choices.filters ?? NO_FILTERS));
  for (const [key, value] of filters) params.set(key, value);
  if (choices.start?.trim()) params.set('start', choices.start.trim());
  if (choices.end?.trim()) params.set('end', choices.end.trim());
  const d = DEFAULT_EMBED_OPTIONS;
  if (choices.theme && choices.theme !== d.theme) params.set('theme', choices.theme);
  for (const key of ['list', 'panel', 'title'] as const) {
    const value = choices[key];
    if (value !== undefined && value !== d[key]) params.set(key, value ? '1' : '0');
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/**
 * Checks across fields and items: a span's shape and order, unique ids, and
 * references to groups and sources. They run on the raw data, beside the
 * schema, so they report even where the schema also finds faults in the same
 * item. Each check skips values of the wrong type: the schema reports those.
 */
import { checkOrder, isTimeZone, parseDate } from '../dates/dates.ts';
import { DATED_KINDS } from './schema.ts';
import { formatPath, suggest, type DataPath, type Finding } from './problems.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const idOf = (v: Obj): string | undefined => (typeof v['id'] === 'string' ? v['id'] : undefined);

/** Checks the whole file; `data` is whatever the YAML held. */
export function checkReferences(data: unknown): Finding[] {
  if (!isObj(data)) return [];
  const findings: Finding[] = [];
  const zone = typeof data['timezone'] === 'string' && isTimeZone(data['timezone']) ? data['timezone'] : 'UTC';

  const ids = (key: string): Set<string> => {
    const seen = new Map<string, number>();
    (Array.isArray(data[key]) ? (data[key] as unknown[]) : []).forEach((item, i) => {
      const id = isObj(item) ? idOf(item) : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else findings.push({ path: [key, i, 'id'], message: `${id} is already the id of ${key}[${first}].`, fix: 'Ids must be unique: rename one of them.' });
    });
    return new Set(seen.keys());
  };
  const groups = ids('groups');
  const sources = ids('sources');
  ids('eras');
  ids('markers');
  const events = ids('events');
  ids('stories');

  const checkSource = (path: DataPath, value: unknown): void => {
    if (typeof value === 'string' && !sources.has(value)) {
      findings.push({ path, message: `${value} is not the id of a source.`, fix: suggest(value, [...sources], 'source') });
    }
  };
  const checkSources = (path: DataPath, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v, i) => checkSource([...path, i], v));
  };

  list(data['events']).forEach((event, i) => {
    const path = ['events', i];
    checkSpan(findings, path, event, zone, true);
    const group = event['group'];
    if (groups.size > 0 && group === undefined) {
      findings.push({ path, message: 'has no group.', fix: `This timeline has groups, so each event names one: ${[...groups].join(', ')}.` });
    } else if (typeof group === 'string' && !groups.has(group)) {
      findings.push({
        path: [...path, 'group'],
        message: `${group} is not the id of a group.`,
        fix: groups.size ? suggest(group, [...groups], 'group') : 'Add it under groups:, or remove group: from the event.',
      });
    }
    checkSources([...path, 'sources'], event['sources']);
    list(event['annotations']).forEach((a, j) => checkAnnotation(findings, [...path, 'annotations', j], a, checkSource));
  });
  checkLinks(findings, list(data['events']), events);
  list(data['eras']).forEach((era, i) => {
    checkSpan(findings, ['eras', i], era, zone, false);
    checkSources(['eras', i, 'sources'], era['sources']);
  });
  list(data['markers']).forEach((marker, i) => checkSources(['markers', i, 'sources'], marker['sources']));

  checkWindow(findings, ['window'], data['window'], zone);
  list(data['stories']).forEach((story, i) => list(story['steps']).forEach((step, j) => checkStep(findings, ['stories', i, 'steps', j], step, events, zone)));
  return findings;
}

/**
 * Each event's links: to an event of this file, not to itself, and each link
 * once. `see-also` reads the same from either end, so writing it at both ends
 * is writing it twice.
 */
function checkLinks(findings: Finding[], events: readonly Obj[], ids: ReadonlySet<string>): void {
  const seen = new Map<string, DataPath>();
  const all = [...ids];
  events.forEach((event, i) => {
    const from = idOf(event);
    list(event['links']).forEach((link, j) => {
      const path: DataPath = ['events', i, 'links', j];
      const { to, kind } = link;
      if (typeof to !== 'string') return;
      if (to === from) {
        findings.push({
          path: [...path, 'to'],
          message: 'links the event to itself.',
          fix: 'A link joins two events: name another event under to:, or remove the link.',
        });
        return;
      }
      if (!ids.has(to)) {
        findings.push({ path: [...path, 'to'], message: `${to} is not the id of an event.`, fix: suggest(to, all, 'event') });
        return;
      }
      if (from === undefined || typeof kind !== 'string') return;
      const key = kind === 'see-also' ? `see-also ${[from, to].sort().join(' ')}` : `${kind} ${from} ${to}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, path);
      else
        findings.push({
          path,
          message: `repeats the link at ${formatPath(first)} (${kind} ${to}).`,
          fix: kind === 'see-also' ? 'See also reads the same from both events: keep it at one end only.' : 'Remove one of the two.',
        });
    });
  });
}

function checkWindow(findings: Finding[], path: DataPath, window: unknown, zone: string): void {
  if (!isObj(window)) return;
  const start = parseDate(window['start']);
  const end = parseDate(window['end']);
  if (start.ok && end.ok) {
    const order = checkOrder({ start: start.value, end: end.value }, zone);
    if (!order.ok) findings.push({ path: [...path, 'end'], message: order.error.message, fix: 'The window must end after it starts.' });
  }
}

/** A story's step shows one event or one window, not both; an event it names is in the file; a window has a title. */
function checkStep(findings: Finding[], path: DataPath, step: Obj, events: ReadonlySet<string>, zone: string): void {
  const { event, window } = step;
  if (event !== undefined && window !== undefined) {
    findings.push({
      path: [...path, 'window'],
      atKey: true,
      message: 'is given together with event.',
      fix: 'A step shows one event (event:) or one stretch of time (window:), not both: make them two steps.',
    });
    return;
  }
  if (event === undefined && window === undefined) {
    findings.push({
      path,
      message: 'shows neither an event nor a window.',
      fix: 'Add event: with the id of an event, or window: { start: 2019-12, end: 2020-01 } with a title:.',
    });
    return;
  }
  if (typeof event === 'string' && !events.has(event)) {
    findings.push({ path: [...path, 'event'], message: `${event} is not the id of an event.`, fix: suggest(event, [...events], 'event') });
  }
  if (window !== undefined) {
    checkWindow(findings, [...path, 'window'], window, zone);
    if (step['title'] === undefined)
      findings.push({
        path,
        message: 'shows a window but has no title.',
        fix: 'Add title: to say what this stretch of time is, e.g. title: The first plenum report.',
      });
  }
}

/** `date:` alone, or `start:` with an optional `end:`; the end not before the start. */
function checkSpan(findings: Finding[], path: DataPath, item: Obj, timelineZone: string, single: boolean): void {
  const { date, start, end } = item;
  const ownZone = item['timezone'];
  const zone = typeof ownZone === 'string' && isTimeZone(ownZone) ? ownZone : timelineZone;
  if (date !== undefined && (start !== undefined || end !== undefined)) {
    findings.push({
      path: [...path, start !== undefined ? 'start' : 'end'],
      atKey: true,
      message: 'is given together with date.',
      fix: 'Use date: for one date or a span like 2023-12-26/2023-12-30, or start: and end:, not both.',
    });
    return;
  }
  if (date === undefined && start === undefined) {
    findings.push(
      end === undefined
        ? {
            path,
            message: 'has no date.',
            fix: single ? 'Add date: (e.g. date: 2023-12-26) or start: and end:.' : 'Add start: and end:, or date: with a span like 2013/2019.',
          }
        : { path: [...path, 'end'], atKey: true, message: 'has no start.', fix: 'Add start: before end:.' },
    );
    return;
  }
  if (start !== undefined && end !== undefined && end !== '..') {
    const a = parseDate(start);
    const b = parseDate(end);
    if (a.ok && b.ok) {
      const order = checkOrder({ start: a.value, end: b.value }, zone);
      if (!order.ok) findings.push({ path: [...path, 'end'], message: order.error.message, fix: order.error.fix });
    }
  }
}

/**
 * An annotation's references and the fields that belong to some kinds only:
 * `date` to corrections and updates; a dispute cites the sources that differ.
 */
function checkAnnotation(findings: Finding[], path: DataPath, a: Obj, checkSource: (path: DataPath, value: unknown) => void): void {
  checkSource([...path, 'source'], a['source']);
  const listed = a['sources'];
  if (Array.isArray(listed)) listed.forEach((v, i) => checkSource([...path, 'sources', i], v));
  const kind = a['kind'];
  if (typeof kind !== 'string') return;
  if (a['date'] !== undefined && !DATED_KINDS.has(kind)) {
    findings.push({
      path: [...path, 'date'],
      atKey: true,
      message: `is only for corrections and updates, and this annotation is a ${kind}.`,
      fix: 'Remove date:, or make the annotation a correction or an update if it records a change to this timeline.',
    });
  }
  if (kind === 'dispute') {
    const ids = new Set([
      ...(typeof a['source'] === 'string' ? [a['source']] : []),
      ...(Array.isArray(listed) ? listed.filter((v) => typeof v === 'string') : []),
    ]);
    if (ids.size < 2) {
      findings.push({
        path: Array.isArray(listed) ? [...path, 'sources'] : path,
        message: `is a dispute that cites ${ids.size === 0 ? 'no source' : 'one source'}.`,
        fix: 'A dispute shows sources that differ: list at least two under sources:, e.g. sources: [tass-2023-11-16, yonhap-2023-11-16].',
      });
    }
  }
}

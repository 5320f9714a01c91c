/**
 * What a fact-checker would ask of a file that is otherwise valid: warnings,
 * never errors, so a draft still builds. A source without its publication
 * date, an event that cites nothing, a source nobody cites, and a correction
 * or update that does not say when it was made (it could not be listed on the
 * changes page or in the feed). Like the cross-reference checks they read the
 * raw data, and skip values of the wrong type: the schema reports those.
 */
import type { Finding } from './problems.ts';
import { DATED_KINDS } from './schema.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Every warning in the file, in the order of the data. */
export function findSourceWarnings(data: unknown): Finding[] {
  if (!isObj(data)) return [];
  const findings: Finding[] = [];
  const cited = new Set<string>();

  list(data['events']).forEach((event, i) => {
    const own = ids(event['sources']);
    own.forEach((id) => cited.add(id));
    let annotated = 0;
    list(event['annotations']).forEach((a, j) => {
      const refs = [...ids(a['source']), ...ids(a['sources'])];
      refs.forEach((id) => cited.add(id));
      annotated += refs.length;
      const kind = a['kind'];
      if (typeof kind === 'string' && DATED_KINDS.has(kind) && a['date'] === undefined) {
        findings.push({
          path: ['events', i, 'annotations', j],
          message: `is ${kind === 'update' ? 'an update' : 'a correction'} without a date.`,
          fix: 'Add date: with the day it was made, e.g. date: 2024-01-05, so that it is listed on the changes page and in the feed.',
        });
      }
    });
    if (own.length === 0 && annotated === 0) {
      findings.push({
        path: ['events', i],
        message: 'cites no source.',
        fix: 'Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023].',
      });
    }
  });
  for (const key of ['eras', 'markers']) list(data[key]).forEach((item) => ids(item['sources']).forEach((id) => cited.add(id)));

  list(data['sources']).forEach((source, i) => {
    if (source['published'] === undefined) {
      findings.push({
        path: ['sources', i],
        message: 'has no published date.',
        fix: 'Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it.',
      });
    }
    const id = source['id'];
    if (typeof id === 'string' && !cited.has(id)) {
      findings.push({ path: ['sources', i], message: 'is cited by nothing.', fix: 'Cite it from an event, an era, a marker or an annotation, or remove it.' });
    }
  });
  return findings;
}

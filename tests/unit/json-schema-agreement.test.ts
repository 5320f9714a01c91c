/**
 * The JSON Schema editors read (schema/timeline.schema.json) against the zod
 * schema the build checks with, on every timeline file the project has: the
 * fixtures (valid, invalid and authoring), the end-to-end timelines and data/.
 *
 * JSON Schema cannot express some of the build's checks, so an editor stays
 * silent about them and `npm run validate` (or the build) reports them:
 * - across fields and items (check-references.ts): an end before its start,
 *   ids used twice, a group or source that does not exist, an event without
 *   a group when there are groups, date: given with start:, no date at all;
 * - zod transforms and refinements other than patterns (issue code "custom"):
 *   what a date may be (its forms, month 13, 30 February, hour 25), CSS
 *   colours, IANA time zones, and web addresses (their pattern needs the
 *   case-insensitive flag, which JSON Schema patterns do not have);
 * - text that is only spaces (zod trims before its minimum length).
 * Every other check is in both: types, required and unknown keys, enums, at
 * least one event, and the patterns of ids, tags, locales and image paths
 * (json-schema.ts writes them out). For each file, ajv flags exactly the
 * places zod does.
 */
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodIssue } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/lib/format/check-references.ts';
import { timelineSchema } from '../../src/lib/format/schema.ts';

const SCHEMA = JSON.parse(readFileSync('schema/timeline.schema.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(SCHEMA);

const yamlIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
const FILES = [...['valid', 'invalid', 'authoring'].flatMap((d) => yamlIn(`tests/fixtures/${d}`)), ...yamlIn('tests/e2e/timelines'), ...yamlIn('data')];

/** The data of a file as the loader reads it; undefined for syntax errors and alias bombs, which JSON Schema never sees. */
function dataOf(file: string): unknown {
  const doc = parseDocument(readFileSync(file, 'utf8'), { schema: 'core', version: '1.2', merge: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

const valueAt = (data: unknown, at: ReadonlyArray<string | number>): unknown =>
  at.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[String(k)] : undefined), data);

/** The `matching` checks the JSON Schema carries as patterns (see above). */
const PATTERN_MESSAGES = new Set(['is not a valid id.', 'is not a valid tag.', 'is not a language tag.', 'is not a path on this site.']);

/** Checks the JSON Schema does not say (see above). */
function isInexpressible(issue: ZodIssue, data: unknown): boolean {
  if (issue.code === 'custom') return !PATTERN_MESSAGES.has(issue.message);
  const value = valueAt(data, issue.path);
  return issue.code === 'too_small' && issue.type === 'string' && typeof value === 'string' && value.length > 0;
}

/** `events/0/title`: where a problem is, as both validators can name it (a missing or unknown key at the key). */
function zodPlaces(issues: readonly ZodIssue[], data: unknown): string[] {
  return issues.flatMap((issue) => {
    if (isInexpressible(issue, data)) return [];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => [...issue.path, k].join('/'));
    if (issue.code === 'invalid_union') {
      // A union fails as a whole in JSON Schema too; zod says so once per branch.
      return issue.unionErrors.every((e) => e.issues.every((i) => isInexpressible(i, data))) ? [] : [issue.path.join('/')];
    }
    return [issue.path.join('/')];
  });
}

function ajvPlaces(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).flatMap((e) => {
    const at = e.instancePath.slice(1);
    const key =
      (e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
      (e.params as { additionalProperty?: string }).additionalProperty;
    // anyOf reports each branch and then itself: the place is enough.
    return [key === undefined ? at : [at, key].filter(Boolean).join('/')];
  });
}

const unique = (places: string[]): string[] => [...new Set(places)].sort();

describe('the JSON Schema and the zod schema agree', () => {
  it('covers every file, and reads all but the unreadable ones', () => {
    const unreadable = FILES.filter((f) => dataOf(f) === undefined);
    expect(unreadable).toMatchInlineSnapshot(`
      [
        "tests/fixtures/invalid/alias-bomb.yaml",
        "tests/fixtures/invalid/syntax-several.yaml",
        "tests/fixtures/invalid/syntax-unclosed-quote.yaml",
      ]
    `);
    expect(FILES.length).toBeGreaterThan(20);
  });

  it.each(FILES.filter((f) => dataOf(f) !== undefined))('%s', (file) => {
    const data = dataOf(file);
    const parsed = timelineSchema.safeParse(data);
    const zod = unique(parsed.success ? [] : zodPlaces(parsed.error.issues, data));
    expect(unique(ajvPlaces(data))).toEqual(zod);
  });

  it('accepts, as an editor would, files whose only problems are checks JSON Schema cannot express', () => {
    const onlyBeyond = FILES.filter((f) => {
      const data = dataOf(f);
      if (data === undefined) return false;
      const parsed = timelineSchema.safeParse(data);
      const problems = parsed.success ? [] : parsed.error.issues;
      const beyond = problems.length > 0 || checkReferences(data).length > 0;
      return beyond && zodPlaces(problems, data).length === 0;
    });
    expect(onlyBeyond).toMatchInlineSnapshot(`
      [
        "tests/fixtures/invalid/date-spans.yaml",
        "tests/fixtures/invalid/date-values.yaml",
        "tests/fixtures/invalid/duplicate-ids.yaml",
        "tests/fixtures/invalid/unknown-time-zone.yaml",
      ]
    `);
    for (const file of onlyBeyond) expect(validate(dataOf(file)), file).toBe(true);
  });
});

describe('editor support', () => {
  it.each(yamlIn('data'))('%s starts with the yaml-language-server comment, pointing at the schema', (file) => {
    const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
    expect(first).toBe('# yaml-language-server: $schema=../schema/timeline.schema.json');
    const target = path.resolve(path.dirname(file), first.split('$schema=')[1] ?? '');
    expect(target).toBe(path.resolve('schema/timeline.schema.json'));
  });
});

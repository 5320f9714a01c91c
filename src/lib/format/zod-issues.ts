/**
 * zod's issues, worded for someone editing YAML: what is wrong with the value
 * and what to write instead, with "did you mean" for misspelt keys and values.
 */
import { z, type ZodIssue, type ZodTypeAny } from 'zod';
import { cutText } from './cut-text.ts';
import { suggest, type DataPath, type Finding } from './problems.ts';
import { timelineSchema, type IssueParams } from './schema.ts';

/** Peels wrappers (optional, default, effects) off a schema. */
function unwrap(schema: ZodTypeAny): ZodTypeAny {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as ZodTypeAny;
    else if (s instanceof z.ZodDefault) s = s.removeDefault() as ZodTypeAny;
    else if (s instanceof z.ZodEffects) s = s.innerType() as ZodTypeAny;
    else return s;
  }
}

/** The schema that describes the value at `path`, if the path follows the schema. */
export function schemaAt(path: DataPath, root: ZodTypeAny = timelineSchema): ZodTypeAny | undefined {
  let s: ZodTypeAny | undefined = root;
  for (const segment of path) {
    const u: ZodTypeAny | undefined = s && unwrap(s);
    if (u instanceof z.ZodObject && typeof segment === 'string') s = (u.shape as Record<string, ZodTypeAny>)[segment];
    else if (u instanceof z.ZodArray && typeof segment === 'number') s = u.element as ZodTypeAny;
    else return undefined;
  }
  return s;
}

/** The `Example: …` at the end of a field's description. */
function exampleAt(path: DataPath): string | undefined {
  const description = schemaAt(path)?.description ?? '';
  return /Example: (.+)$/.exec(description)?.[1];
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const segment of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[segment] : undefined;
  return v;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a number',
  float: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  null: 'empty',
  undefined: 'missing',
};

/** How the value was written, for messages: `2023-13`, `a list`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value.length > 60 ? `${cutText(value, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return TYPE_WORDS[Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value] ?? 'this value';
}

const lastKey = (path: DataPath): string => path.filter((p): p is string => typeof p === 'string').at(-1) ?? 'value';

function missing(path: DataPath, example: string | undefined): Finding {
  const key = lastKey(path);
  return { path, message: 'is missing.', fix: `Add ${key}:${example ? `, e.g. ${key}: ${example}` : ''}.` };
}

export function describeIssue(issue: ZodIssue, data: unknown): Finding[] {
  const path = issue.path;
  const fix = (issue as { params?: Partial<IssueParams> }).params?.fix;
  const value = valueAt(data, path);
  const example = exampleAt(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const object = unwrap(schemaAt(path) ?? z.never());
      const known = object instanceof z.ZodObject ? Object.keys(object.shape as Record<string, unknown>) : [];
      return issue.keys.map((key) => ({ path: [...path, key], atKey: true, message: 'is not a key this format knows.', fix: suggest(key, known, 'key') }));
    }
    case 'invalid_type': {
      if (issue.received === 'undefined') return [missing(path, example)];
      const quoted = issue.expected === 'string' && (issue.received === 'number' || issue.received === 'boolean');
      return [
        {
          path,
          message: `is ${TYPE_WORDS[issue.received] ?? issue.received}, not ${TYPE_WORDS[issue.expected] ?? issue.expected}.`,
          fix: quoted
            ? `Put it in quotes: "${shown(value)}".`
            : example
              ? `Write it like: ${example}`
              : `Write ${TYPE_WORDS[issue.expected] ?? issue.expected}.`,
        },
      ];
    }
    case 'invalid_enum_value': {
      const options = issue.options.map(String);
      return [
        {
          path,
          message: `${shown(value)} is not one of ${options.join(', ')}.`,
          fix: suggest(String(value), options, 'value').replace(/^Known values: /, 'Use one of: '),
        },
      ];
    }
    case 'too_small':
      // Removing a required field only trades "is empty" for "is missing".
      if (issue.type === 'string')
        return [{ path, message: 'is empty.', fix: `Write the text${schemaAt(path)?.isOptional() ? `, or remove ${lastKey(path)}:` : ''}.` }];
      // zod drops the params of an array's min(): there is no custom fix to read here.
      return [{ path, message: issue.message, fix: fix ?? `Add at least one item under ${lastKey(path)}:.` }];
    case 'too_big':
      if (issue.type === 'string' && typeof value === 'string')
        return [
          {
            path,
            message: `is ${value.length} characters long, more than ${Number(issue.maximum)}.`,
            fix: `Shorten it to ${Number(issue.maximum)} characters or fewer.`,
          },
        ];
      return [{ path, message: issue.message, fix: fix ?? (example ? `Write it like: ${example}` : '') }];
    case 'invalid_union': {
      // The union of `..` and a date: report the date's own wording.
      const inner = issue.unionErrors.flatMap((e) => e.issues).find((i) => i.code === 'custom');
      if (inner) return describeIssue(inner, data);
      if (value === undefined) return [missing(path, example)];
      return [
        {
          path,
          message: value === null ? 'is empty, not a date.' : `${shown(value)} is not a date.`,
          fix: `Write a date${example ? ` like ${example}` : ''}.`,
        },
      ];
    }
    default: {
      // Our own messages either name the value already or start with "is"/"has".
      const message = /^(is|has) /.test(issue.message) ? `${shown(value)} ${issue.message}` : issue.message;
      return [{ path, message, fix: fix ?? (example ? `Write it like: ${example}` : '') }];
    }
  }
}

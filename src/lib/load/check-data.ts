/**
 * What is wrong with a file's data, before it is placed in the text: the
 * schema's issues, the checks across fields, characters that are not text,
 * and what is worth a warning. Both ways of reading a file (load.ts) check
 * the data here, then place each finding at its line and column.
 */
import type { SafeParseReturnType, ZodIssue } from 'zod';
import { findNotText } from '../format/characters.ts';
import { checkReferences } from '../format/check-references.ts';
import { fileProblem, formatCount, type DataPath, type Finding, type Problem } from '../format/problems.ts';
import { timelineSchema, type TimelineData, type TimelineInput } from '../format/schema.ts';
import { findSourceWarnings } from '../format/source-warnings.ts';
import { describeIssue } from '../format/zod-issues.ts';
import { resolveLocale } from '../dates/locales.ts';
import { TRANSLATED } from '../i18n/index.ts';

export interface CheckedData {
  readonly parsed: SafeParseReturnType<TimelineInput, TimelineData>;
  /** Errors: with any, nothing is published. */
  readonly problems: readonly Finding[];
  /** Only when there are no problems. */
  readonly warnings: readonly Finding[];
}

export function checkData(data: unknown): CheckedData {
  const parsed = timelineSchema.safeParse(data);
  const problems = collectFindings(data, parsed.success ? [] : parsed.error.issues);
  if (!parsed.success || problems.length > 0) return { parsed, problems, warnings: [] };
  const unknown = localeWarning(parsed.data.locale);
  return { parsed, problems, warnings: [...(unknown ? [{ path: ['locale'], ...unknown }] : []), ...findSourceWarnings(data)] };
}

/**
 * At most this many problems of one file are placed and listed, the rest
 * counted: a generated file can have a problem in every one of its
 * 100,000 events, and more would not fit in a JSON string.
 */
export const MAX_LISTED_PER_FILE = 100_000;

/**
 * Findings as problems at their line and column, with the id of the item
 * each is in; past MAX_LISTED_PER_FILE, one more at the file's start says
 * how many are left out.
 */
export function placeFindings(
  findings: readonly Finding[],
  data: unknown,
  file: string,
  locate: (path: DataPath, atKey: boolean) => { line: number; column: number },
): Problem[] {
  const placed = findings
    .slice(0, MAX_LISTED_PER_FILE)
    .map((f): Problem => ({ file, ...locate(f.path, f.atKey ?? false), path: f.path, kind: 'data', message: f.message, fix: f.fix, ...itemId(data, f.path) }));
  const more = findings.length - placed.length;
  if (more <= 0) return placed;
  return [...placed, fileProblem(file, `has ${formatCount(more)} more problems than the ${formatCount(placed.length)} listed.`, 'Fix these and run again.')];
}

/** For a problem in a list's item: that item's id, to find it by. */
function itemId(data: unknown, path: DataPath): { itemId?: string } {
  if (path.length < 2 || typeof path[1] !== 'number') return {};
  const item: unknown = (data as Record<string, unknown[] | undefined>)[String(path[0])]?.[path[1]];
  const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' ? { itemId: id } : {};
}

/** A locale the build cannot fully serve: worth a warning, not an error. */
function localeWarning(tag: string): { message: string; fix: string } | undefined {
  if (!resolveLocale(tag).known) {
    return {
      message: `${tag} is a locale this build does not know: dates and interface text fall back to English.`,
      fix: 'Use a tag that date-fns supports, such as en-GB, ko or de.',
    };
  }
  if (!TRANSLATED.includes(tag.split('-')[0]?.toLowerCase() ?? '')) {
    return {
      message: `${tag} has no interface translation yet: dates follow ${tag}, buttons and headings are in English.`,
      fix: `Translations are in src/lib/i18n/, a file per language (now: ${TRANSLATED.join(', ')}).`,
    };
  }
  return undefined;
}

/** Schema issues and cross-field findings, less those another problem already says. */
function collectFindings(data: unknown, issues: readonly ZodIssue[]): Finding[] {
  const findings = checkReferences(data);
  // `group: Party` is both a malformed id and an unknown group: "Did you mean party?" says all there is to say.
  const unknownRefs = new Set(findings.filter((f) => / is not the id of an? /.test(f.message)).map((f) => JSON.stringify(f.path)));
  const described = dedupe(issues)
    .filter((i) => !unknownRefs.has(JSON.stringify(i.path)))
    .flatMap((i) => describeIssue(i, data));
  // `titel:` with "Did you mean title?" already says that title: is missing.
  const meant = new Set(
    described.flatMap((d) =>
      d.atKey && /^Did you mean .+\?$/.test(d.fix) ? [JSON.stringify([...d.path.slice(0, -1), d.fix.slice('Did you mean '.length, -1)])] : [],
    ),
  );
  const all = [...described.filter((d) => !(d.message === 'is missing.' && meant.has(JSON.stringify(d.path)))), ...findings];
  const notText = findNotText(data);
  return notText.length > 0 ? [...notText, ...without(notText, all)] : all;
}

/**
 * Findings less those at or inside the paths of `first`: a value holding a
 * control character is said to, not also quoted (raw) in another message.
 */
function without(first: readonly Finding[], findings: readonly Finding[]): Finding[] {
  const paths = first.map((f) => JSON.stringify(f.path).slice(0, -1));
  return findings.filter((f) => {
    const path = JSON.stringify(f.path).slice(0, -1);
    return !paths.some((p) => path === p || path.startsWith(`${p},`));
  });
}

/** A union reports the same fault once per branch; say it once. */
function dedupe(issues: readonly ZodIssue[]): ZodIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path.join('.')}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

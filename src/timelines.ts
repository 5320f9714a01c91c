/**
 * Server-side glue: finds the timeline files, loads them through `src/lib`,
 * and caches each by its modification time, so the dev server re-reads a file
 * only after it changes and a build reads each file once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadTimelineBytes, sizeProblem, type LoadResult } from './lib/load/load.ts';
import { fileNameProblem, slugOf } from './lib/load/file-name.ts';
import type { Timeline } from './lib/model/model.ts';
import { fileProblem, TimelineProblemsError, type Problem } from './lib/format/problems.ts';

/** Folders holding timelines: `data/`, or a comma-separated list in TIMELINE_DATA (the tests add fixtures). */
export function dataDirs(): string[] {
  return (process.env['TIMELINE_DATA'] ?? 'data')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
}

export function isTimelineFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

export function timelineFiles(dirs: readonly string[] = dataDirs()): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter(isTimelineFile)
      .sort()
      .map((name) => path.join(dir, name)),
  );
}

/**
 * Loaded files by path. Astro runs this module twice in one build (once with
 * the config, for the integration's check, and once bundled with the pages),
 * so the cache hangs off globalThis: each file is read and checked once.
 */
type Cache = Map<string, { stamp: string; result: LoadResult }>;
const shared = globalThis as typeof globalThis & { __timelineLoadCache?: Cache };
const cache: Cache = (shared.__timelineLoadCache ??= new Map());

/**
 * How long a file must have stayed as it is before it is read: editors and
 * sync tools save in pieces, and the dev server must never publish the first
 * half of a file as if it were the whole. A build reads files saved long ago.
 */
export const SETTLED_AFTER_MS = 250;
/** A file written to without pause (or stamped by a clock far ahead) is read after this long anyway. */
const MAX_WAIT_MS = 5_000;

/** What changes when a file is written: its modification time and size. */
export function stampOf(file: string): string {
  const stat = statSync(file);
  return `${stat.mtimeMs}:${stat.size}`;
}

/** Milliseconds until a file modified at `mtimeMs` counts as saved. */
export function untilSettled(mtimeMs: number, now = Date.now()): number {
  return Math.max(0, Math.min(SETTLED_AFTER_MS, mtimeMs + SETTLED_AFTER_MS - now));
}

function loadFile(file: string): LoadResult {
  const key = path.resolve(file);
  const waitUntil = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const stat = statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    const hit = cache.get(key);
    if (hit?.stamp === stamp) return hit.result;
    const wait = untilSettled(stat.mtimeMs);
    if (wait > 0 && Date.now() < waitUntil) {
      // Blocking, briefly: the pages' routes read timelines synchronously.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
      continue;
    }
    // Not even read when it is too large.
    const tooLarge = sizeProblem(stat.size, file);
    const result = tooLarge ? { problems: [tooLarge], warnings: [] } : loadTimelineBytes(readFileSync(file), file);
    // Written to while it was read: read it again once it is still.
    if (stampOf(file) !== stamp && Date.now() < waitUntil) continue;
    cache.set(key, { stamp, result });
    return result;
  }
}

export interface LoadedTimelines {
  readonly timelines: readonly Timeline[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Every timeline file, with every problem across all of them. */
export function loadAllTimelines(dirs: readonly string[] = dataDirs()): LoadedTimelines {
  const files = timelineFiles(dirs);
  const loaded = loadTimelineFiles(files);
  if (files.length === 0) {
    return {
      ...loaded,
      problems: [fileProblem(dirs.join(','), 'holds no .yaml files.', 'Add a timeline, e.g. data/my-timeline.yaml (see the README).')],
    };
  }
  return loaded;
}

/** These files, checked as the build checks them (`npm run validate` names them). */
export function loadTimelineFiles(files: readonly string[]): LoadedTimelines {
  const results = files.map((file) => ({ file, result: loadFile(file) }));
  // A name that cannot be an address is said beside the file's own problems: nothing is published either way.
  const problems = results.flatMap(({ file, result }) => {
    const named = fileNameProblem(file);
    return named ? [named, ...result.problems] : result.problems;
  });
  const warnings = results.flatMap((r) => r.result.warnings);
  const bySlug = new Map<string, string>();
  for (const { file } of results) {
    const slug = slugOf(file);
    const other = bySlug.get(slug);
    if (other) problems.push(fileProblem(file, `has the same name as ${other}, so both would publish at /${slug}/.`, 'Rename one of the files.'));
    bySlug.set(slug, file);
  }
  const timelines = results.flatMap((r) => (r.result.timeline ? [r.result.timeline] : []));
  return { timelines, problems, warnings };
}

/** For pages: the timelines, or an error listing every problem (the dev server shows it in the browser). */
export function getTimelines(): readonly Timeline[] {
  const { timelines, problems } = loadAllTimelines();
  if (problems.length > 0) throw new TimelineProblemsError(problems);
  return timelines;
}

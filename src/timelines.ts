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

function loadFile(file: string): LoadResult {
  const stat = statSync(file);
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const hit = cache.get(path.resolve(file));
  if (hit?.stamp === stamp) return hit.result;
  // Not even read when it is too large.
  const tooLarge = sizeProblem(stat.size, file);
  const result = tooLarge ? { problems: [tooLarge], warnings: [] } : loadTimelineBytes(readFileSync(file), file);
  cache.set(path.resolve(file), { stamp, result });
  return result;
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

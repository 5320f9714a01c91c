/**
 * No file in src/ reaches itself through its imports, type-only imports
 * included. ESLint's import-x/no-cycle (`npm run lint`) follows only the
 * imports that run, as `import type` vanishes from the built code; but a
 * circle of types still ties the files' designs together, as when
 * level-of-detail.ts took the type VisItem from to-vis.ts, which took
 * stableSample back from it. (Imports between src/lib's stages, types
 * included, are ESLint's: import-x/no-restricted-paths.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

/** `import … from './x.ts'`, `export … from './x.ts'`, `import './x.ts'` and `import('./x.ts')`: relative ones only. */
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

function sourceFiles(dir: string, name = /\.ts$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1] ?? m[2] ?? m[3] ?? ''));
      return [file, targets.filter((t) => t.endsWith('.ts'))];
    }),
  );
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components), and files importing themselves. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      group.push(w);
      if (w === v) break;
    }
    if (group.length > 1 || graph.get(v)?.includes(v)) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('imports in src/', () => {
  const graph = importGraph(sourceFiles(SRC));

  it('are read from every file', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(path.join(SRC, 'lib/vis/to-vis.ts'))).toContain(path.join(SRC, 'lib/model/timeline-plan.ts'));
    expect(graph.get(path.join(SRC, 'lib/vis/level-of-detail.ts'))).toContain(path.join(SRC, 'lib/model/periods.ts'));
  });

  it('never lead back to the file they start from, type imports included', () => {
    expect(cycles(graph).map((group) => group.map((f) => path.relative(SRC, f)))).toEqual([]);
  });

  it('the check itself finds a circle of type imports', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    const c = path.join(SRC, 'c.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ),
    ).toEqual([[a, b, c]]);
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
    expect(`import type { VisItem } from './to-vis.ts';`.match(IMPORT)).not.toBeNull();
  });
});

/**
 * A value exported from src/lib is there for code to use: its own file, the
 * rest of src/, or the tools in scripts/. One that only a test reaches is
 * code kept alive by its own test (as `contrast` was, beside culori's
 * `wcagContrast`); one that nothing reaches is dead.
 */
describe('exports of src/lib', () => {
  const lib = sourceFiles(path.join(SRC, 'lib'));
  const users = [...sourceFiles(SRC, /\.(ts|astro)$/), ...sourceFiles(path.resolve('scripts'), /\.(ts|mjs)$/)];
  const texts = new Map(users.map((f) => [f, readFileSync(f, 'utf8')]));
  /** Written for a test on purpose: `npm run schema` writes the JSON Schema through its test. */
  const FOR_TESTS = new Set(['timelineJsonSchema']);

  it('are each used by the code, not only by tests', () => {
    const unused = lib.flatMap((file) => {
      const own = texts.get(file) ?? '';
      return [...own.matchAll(/^export (?:async )?(?:function\*? |const |let |class )(\w+)/gm)]
        .map((m) => m[1] ?? '')
        .filter((name) => {
          const word = new RegExp(`\\b${name}\\b`);
          const usedHere = own.split(word).length > 2;
          return !FOR_TESTS.has(name) && !usedHere && !users.some((f) => f !== file && word.test(texts.get(f) ?? ''));
        })
        .map((name) => `${path.relative(SRC, file)}: ${name}`);
    });
    expect(unused).toEqual([]);
  });
});

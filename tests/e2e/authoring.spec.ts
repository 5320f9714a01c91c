/**
 * What an author sees when a file is wrong: the build stops and lists every
 * problem without writing a page; the dev server shows the problems and
 * comes back by itself once the file is fixed.
 */
import { expect, test } from './test.ts';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RESERVED_NAMES } from '../../src/lib/load/file-name.ts';
import { SETTLED_AFTER_MS } from '../../src/timelines.ts';

const ASTRO = path.resolve('node_modules/astro/astro.js');
const env = (data: string, out: string): NodeJS.ProcessEnv => ({ ...process.env, TIMELINE_DATA: data, TIMELINE_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' });

test('a broken file stops the build, lists every problem, and writes no page', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'timeline-data-'));
  const out = path.join(dir, 'out');
  try {
    copyFileSync('data/north-korea.yaml', path.join(dir, 'north-korea.yaml'));
    copyFileSync('tests/fixtures/invalid/many-problems.yaml', path.join(dir, 'broken.yaml'));
    const run = spawnSync(process.execPath, [ASTRO, 'build'], { env: env(dir, out), encoding: 'utf8', timeout: 120_000 });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    const file = path.join(dir, 'broken.yaml');
    expect(output).toContain(`${file}:1:1 timeline → titel: is not a key this format knows. Did you mean title?`);
    expect(output).toContain(
      `${file}:19:10 events[0] "plenum-2023-12" → end: 2023-12-20 is before start 2023-12-26. An end date is inclusive and must not come before the start.`,
    );
    expect(output).toMatch(/\d+ problems in 1 file: nothing was published/);
    // Said once, with nothing of Astro's own error report: no second copy, no hint meant for the dev server, no stack trace.
    expect(output.split('nothing was published').length - 1).toBe(1);
    expect(output.split(`${file}:1:1 timeline → titel:`).length - 1).toBe(1);
    expect(output).not.toMatch(/unhandled error|Hint:|Location:|Stack trace:|integration\.ts/);
    // Not even the good timeline's page: a broken file never gives a half-built site.
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
    expect(existsSync(path.join(out, 'north-korea', 'index.html'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file named like one of the site’s own files stops the build before anything is written', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'timeline-data-'));
  const out = path.join(dir, 'out');
  try {
    copyFileSync('tests/e2e/timelines/one-day.yaml', path.join(dir, '_headers.yaml'));
    const run = spawnSync(process.execPath, [ASTRO, 'build'], { env: env(dir, out), encoding: 'utf8', timeout: 120_000 });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain(`${path.join(dir, '_headers.yaml')}:1:1 file → is named _headers, which the site uses for its response headers (/_headers).`);
    expect(output).not.toMatch(/ENOTDIR|Stack trace:/);
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the built site holds, at its top, the timelines and the names the format reserves, nothing else', () => {
  const slugs = ['north-korea', ...readdirSync('tests/e2e/timelines'), ...readdirSync('tests/e2e/.generated')].map((f) => f.replace(/\.ya?ml$/, ''));
  const timeline = new RegExp(`^(${slugs.join('|')})(\\.(json|csv|ics|timelinejs\\.json))?$`);
  const others = readdirSync('dist-e2e').filter((entry) => !timeline.test(entry));
  expect(others.sort()).toEqual(
    Object.keys(RESERVED_NAMES)
      .map((name) => (name === 'index' ? 'index.html' : name))
      .sort(),
  );
});

/** A timeline of 40 events, each titled with its version, so that any half of it shows. */
function version(n: number): string {
  const events = Array.from(
    { length: 40 },
    (_, i) => `  - id: e${i}\n    title: Event ${i} of version ${n}\n    date: 2023-01-${String((i % 28) + 1).padStart(2, '0')}\n`,
  );
  return `title: Version ${n}\nevents:\n${events.join('')}`;
}

test.describe('the dev server', () => {
  // One server for these tests, one after the other: each changes the files the other reads.
  test.describe.configure({ mode: 'serial' });
  const PORT = Number(process.env['E2E_PORT'] ?? 4321) + 9;
  let dir = '';
  let server: ReturnType<typeof spawn> | undefined;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'timeline-dev-'));
    copyFileSync('tests/e2e/timelines/one-day.yaml', path.join(dir, 'one-day.yaml'));
    writeFileSync(path.join(dir, 'rapid.yaml'), version(0));
    server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { env: env(dir, path.join(dir, 'out')), stdio: 'pipe' });
    const started = Date.now();
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() - started > 60_000) throw new Error('the dev server did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the problems of a broken file, then the page again once it is fixed', async ({ page }) => {
    const file = path.join(dir, 'one-day.yaml');
    const good = readFileSync(file, 'utf8');
    await page.goto(`http://127.0.0.1:${PORT}/one-day/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('One day');

    writeFileSync(file, good.replace('date: 2023-12-26\n', 'date: 2023-02-30\n').replace('title: The day', 'titel: The day'));
    // No reload by hand: the page reloads itself and shows every problem.
    await expect(page.getByText(/one-day\.yaml:\d+:\d+ events\[0\] "the-day" → date: 2023-02-30 has day 30/).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/titel: is not a key this format knows\. Did you mean title\?/).first()).toBeVisible();

    writeFileSync(file, good);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('One day', { timeout: 15_000 });
    await expect(page.locator('.tl-list article#the-day time')).toHaveText('26 December 2023');
  });

  test('never serves a file read halfway through a save, and shows the last save on every route within seconds', async () => {
    test.setTimeout(120_000);
    const file = path.join(dir, 'rapid.yaml');
    const routes = ['/rapid/', '/rapid.json', '/embed/rapid/'];
    /** What a route shows: the version in its title, and whether the last event (in the second half) is there. */
    const read = async (route: string): Promise<{ status: number; version?: number; whole?: boolean }> => {
      const response = await fetch(`http://127.0.0.1:${PORT}${route}`);
      const body = await response.text();
      const shown = /Version (\d+)/.exec(body)?.[1];
      return { status: response.status, ...(shown !== undefined && { version: Number(shown), whole: body.includes(`Event 39 of version ${shown}`) }) };
    };
    for (const route of routes) await expect.poll(async () => (await read(route)).version, { timeout: 30_000 }).toBe(0);

    // Readers all along: every answer must be a whole version.
    const wrong: string[] = [];
    let writing = true;
    const readers = routes.map(async (route) => {
      while (writing) {
        const r = await read(route);
        if (r.status !== 200 || r.whole !== true) wrong.push(`${route}: ${JSON.stringify(r)}`);
      }
    });
    // 50 saves, each in two writes 5 ms apart, cut between two events: the first half alone is a valid timeline of 20.
    // On a machine busy enough to stall this writer longer than a file takes to count as saved, a half is a save.
    let last = Date.now();
    let longestPause = 0;
    const step = (): void => {
      longestPause = Math.max(longestPause, Date.now() - last);
      last = Date.now();
    };
    for (let n = 1; n <= 50; n++) {
      const text = version(n);
      const cut = text.indexOf('  - id: e20\n');
      const fd = openSync(file, 'w');
      step();
      writeSync(fd, text.slice(0, cut));
      step();
      await new Promise((r) => setTimeout(r, 5));
      writeSync(fd, text.slice(cut));
      closeSync(fd);
      step();
      await new Promise((r) => setTimeout(r, 10));
    }
    const saved = Date.now();
    for (const route of routes) await expect.poll(async () => (await read(route)).version, { timeout: 5_000, intervals: [100] }).toBe(50);
    expect(Date.now() - saved).toBeLessThan(5_000);
    writing = false;
    await Promise.all(readers);
    if (longestPause < SETTLED_AFTER_MS) expect(wrong).toEqual([]);
    else test.info().annotations.push({ type: 'stalled', description: `the writer paused ${longestPause} ms: answers not checked (${wrong.length} partial)` });
  });
});

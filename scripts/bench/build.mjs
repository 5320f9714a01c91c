// Runs the site build exactly as the project does (astro build, with the
// data and out folders given by TIMELINE_DATA and TIMELINE_OUT) and measures
// its wall time and peak memory. A failed or timed-out build is a result to
// report, not an error: the caller gets { ok: false, … } and carries on.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TIME = '/usr/bin/time';

/**
 * Peak RSS in two ways, because each misses something: GNU time's "maximum
 * resident set size" is exact but per process (the largest one: node, not
 * node + esbuild), and sampling /proc sums the whole tree but can miss a
 * short spike between samples. The larger of the two is reported.
 */
function sampleTreeRss(rootPid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name sits in parentheses and may hold spaces: the ppid is the 2nd field after it.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      const match = /^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += match ? Number(match[1]) : 0;
    } catch {
      // Gone already.
    }
  }
  return kb;
}

function readTimeReport(file) {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return { maxRssKb: max ? Number(max[1]) : undefined };
}

/** The last lines of the build's output, for the report when it fails. */
function tail(file, lines = 12) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * @param {{ dataDir: string, outDir: string, logFile: string, timeoutMs: number }} options
 * @returns {Promise<{ ok: boolean, wallS: number, peakRssMb?: number, maxRssMb?: number, treePeakMb?: number, exitCode: number | null, signal?: string, timedOut: boolean, logFile: string, error?: string }>}
 */
export async function runBuild({ dataDir, outDir, logFile, timeoutMs }) {
  const timeFile = `${logFile}.time`;
  const astro = [path.resolve('node_modules/astro/astro.js'), 'build'];
  const useTime = existsSync(TIME);
  const [command, args] = useTime ? [TIME, ['-v', '-o', timeFile, process.execPath, ...astro]] : [process.execPath, astro];
  const log = createWriteStream(logFile);
  const started = performance.now();
  // Its own process group, so a timeout can stop astro and everything it started.
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TIMELINE_DATA: dataDir, TIMELINE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let treePeakKb = 0;
  const sampler = setInterval(() => {
    treePeakKb = Math.max(treePeakKb, sampleTreeRss(child.pid));
  }, 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, timeoutMs);
  const { code, signal } = await new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: String(error) }));
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallS = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(timer);
  await new Promise((resolve) => log.end(resolve));

  const { maxRssKb } = useTime ? readTimeReport(timeFile) : {};
  const mb = (kb) => (kb === undefined ? undefined : Math.round(kb / 102.4) / 10);
  const peakKb = Math.max(maxRssKb ?? 0, treePeakKb);
  const ok = code === 0 && !timedOut;
  return {
    ok,
    wallS: Math.round(wallS * 100) / 100,
    peakRssMb: mb(peakKb || undefined),
    maxRssMb: mb(maxRssKb),
    treePeakMb: mb(treePeakKb || undefined),
    exitCode: code,
    ...(signal && { signal: String(signal) }),
    timedOut,
    logFile: path.relative(process.cwd(), logFile),
    ...(!ok && { error: timedOut ? `no result after ${timeoutMs / 1000} s: stopped` : tail(logFile) }),
  };
}

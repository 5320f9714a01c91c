/**
 * Astro integration: checks every timeline before a build starts, so a broken
 * file stops the build with all its problems and no page is written; in
 * `astro dev` it watches the data folders and reloads the browser on change.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblems, listProblems } from './lib/format/problems.ts';
import { dataDirs, isTimelineFile, loadAllTimelines, stampOf, untilSettled } from './timelines.ts';

function report(logger: AstroIntegrationLogger): boolean {
  const { problems, warnings } = loadAllTimelines();
  for (const line of listProblems(warnings)) logger.warn(line);
  if (problems.length > 0) logger.error(formatProblems(problems));
  return problems.length === 0;
}

/**
 * Stops `astro build` once the problems are listed. Thrown, an error would
 * have Astro print them a second time, with a hint meant for the dev server,
 * this file's location and a stack trace: noise around a mistake in a data
 * file, not in the code. Exits once what was logged is written out.
 */
function exitBuild(): Promise<never> {
  return new Promise(() => {
    process.exitCode = 1;
    process.stdout.write('', () => process.stderr.write('', () => process.exit(1)));
  });
}

/**
 * Calls `saved` once a changed file is saved: the same for SETTLED_AFTER_MS
 * (or gone), and not as it was when `saved` was last called for it (which
 * also ends the echo of the change event `saved` itself sends).
 */
function whenSaved(saved: (file: string) => void): (file: string) => void {
  const said = new Map<string, string>();
  const watching = new Set<string>();
  const look = (file: string): { stamp: string; wait: number } => {
    try {
      return { stamp: stampOf(file), wait: untilSettled(statSync(file).mtimeMs) };
    } catch {
      return { stamp: 'gone', wait: 0 };
    }
  };
  return (file) => {
    if (watching.has(file)) return;
    watching.add(file);
    let last = look(file).stamp;
    const poll = (): void => {
      const now = look(file);
      if (now.stamp !== last || now.wait > 0) {
        last = now.stamp;
        setTimeout(poll, Math.max(25, now.wait));
        return;
      }
      watching.delete(file);
      if (said.get(file) === now.stamp) return;
      said.set(file, now.stamp);
      saved(file);
    };
    setTimeout(poll, 25);
  };
}

/** The site's file endpoints: exports beside a timeline's folder, the files in it (periods, ids, search) and oEmbed. Not Vite's own modules. */
const FILE_ENDPOINT =
  /^\/[^/@.][^/]*\.(json|ics|csv)$|^\/[^/@.][^/]*\/(feed\.xml|overview\.json|[^/]+\/items\.json|ids\/\d+\.json|search\/[a-z]+(-\d+)?\.json)$|^\/oembed\/[^/]+\.json$/;

function reloadOnDataChange(logger: AstroIntegrationLogger): Plugin {
  return {
    name: 'timeline-data-reload',
    configureServer(server) {
      // Astro 5's dev server wants `/north-korea.json/` for a dynamic file endpoint under trailingSlash: 'always'
      // (withastro/astro#17001); the build writes `/north-korea.json`, as the pages link it. Serve that in dev too.
      server.middlewares.use((req, _res, next) => {
        const [pathname = '', query] = (req.url ?? '').split('?');
        if (FILE_ENDPOINT.test(pathname)) req.url = `${pathname}/${query === undefined ? '' : `?${query}`}`;
        next();
      });
      const dirs = dataDirs().map((d) => path.resolve(d));
      server.watcher.add(dirs);
      const ours = (file: string): boolean => isTimelineFile(file) && dirs.some((d) => path.resolve(file).startsWith(d + path.sep));
      const onSaved = whenSaved((file) => {
        if (report(logger)) logger.info(`${path.relative(process.cwd(), file)} is fine: reloading.`);
        // Astro forgets the data its routes hold on a watcher's change event; chokidar drops a change that follows
        // another within 50 ms (as a file saved in pieces does), so say it once more, now that the file is saved.
        server.watcher.emit('change', file);
        // Reload either way: the page shows the problems, or comes back once they are fixed.
        server.ws.send({ type: 'full-reload' });
      });
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file: string) => {
          if (ours(file)) onSaved(file);
        });
      }
    },
  };
}

export default function timelines(): AstroIntegration {
  return {
    name: 'timelines',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'build' && !config.site) {
          logger.warn(
            'SITE is not set: the feeds and the JSON and CSV files link relative to themselves, and calendar events carry no URL. Build with SITE=https://… for absolute links.',
          );
        }
        if (command === 'dev') {
          report(logger);
          updateConfig({ vite: { plugins: [reloadOnDataChange(logger)] } });
        }
      },
      'astro:build:start': async ({ logger }) => {
        // Before any page is rendered: a broken file must not leave a half-built site.
        if (!report(logger)) await exitBuild();
      },
    },
  };
}

/**
 * Astro integration: checks every timeline before a build starts, so a broken
 * file stops the build with all its problems and no page is written; in
 * `astro dev` it watches the data folders and reloads the browser on change.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblems, listProblems } from './lib/format/problems.ts';
import { dataDirs, isTimelineFile, loadAllTimelines } from './timelines.ts';

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
      const onChange = (file: string): void => {
        if (!isTimelineFile(file) || !dirs.some((d) => path.resolve(file).startsWith(d + path.sep))) return;
        if (report(logger)) logger.info(`${path.relative(process.cwd(), file)} is fine: reloading.`);
        // Reload either way: the page shows the problems, or comes back once they are fixed.
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
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

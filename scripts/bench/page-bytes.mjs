// What a reader downloads for /<slug>/: the HTML, the data inside it, the
// scripts and stylesheets it references, and any data files beside it that
// the page may fetch later. Raw and gzip (level 9, as a static host would
// precompress), read from the built files, not from the browser's cache.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number }} Size */

export const sizeOf = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };

/** `/_astro/x.js` or `../x.js` seen from `/slug/` → the file in the out folder, or undefined for other sites. */
function fileFor(outDir, pageUrl, ref) {
  const url = new URL(ref, new URL(pageUrl, 'http://bench.invalid'));
  if (url.origin !== 'http://bench.invalid') return undefined;
  return path.join(outDir, decodeURIComponent(url.pathname));
}

const attr = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/**
 * Static imports (`import"./a.js"`, `from"./b.js"`) are part of the first
 * load; dynamic `import("./c.js")` chunks are counted apart, as lazy JS.
 */
function collectScripts(outDir, firstFiles) {
  const seen = new Set();
  const lazy = new Set();
  const queue = [...firstFiles];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const base = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
      const next = fileFor(outDir, base, m[1]);
      if (next) queue.push(next);
    }
    for (const m of code.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g)) {
      const next = fileFor(outDir, base, m[1]);
      if (next) lazy.add(next);
    }
  }
  for (const file of seen) lazy.delete(file);
  return { first: [...seen], lazy: [...lazy].filter((f) => existsSync(f)) };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

const total = (files) => files.map((f) => sizeOf(readFileSync(f))).reduce(add, ZERO);
const rel = (outDir, files) => files.map((f) => path.relative(outDir, f));

/**
 * @param {string} outDir the built site
 * @param {string} slug the timeline's page, /<slug>/
 */
export function measurePageBytes(outDir, slug) {
  const pageUrl = `/${slug}/`;
  const htmlFile = path.join(outDir, slug, 'index.html');
  const htmlBuffer = readFileSync(htmlFile);
  const html = htmlBuffer.toString('utf8');

  const scriptTags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  const srcs = scriptTags.map((t) => attr(t, 'src')).filter(Boolean);
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((t) => /\brel\s*=\s*["']?modulepreload/i.test(t));
  const sheets = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((t) => /\brel\s*=\s*["']?stylesheet/i.test(t));
  const local = (refs) => [...new Set(refs.map((r) => fileFor(outDir, pageUrl, r)).filter((f) => f !== undefined))];

  const scripts = collectScripts(outDir, local([...srcs, ...preloads.map((t) => attr(t, 'href')).filter(Boolean)]));
  // Stylesheets the page links, and those its scripts link (the timeline links vis-timeline's when it starts).
  const byScript = [...scripts.first, ...scripts.lazy].flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/["'](\/_astro\/[^"']+\.css)["']/g)].map((m) => m[1]),
  );
  const cssFiles = local([...sheets.map((t) => attr(t, 'href')).filter(Boolean), ...byScript]);

  const inline = [...html.matchAll(/<script\b[^>]*type\s*=\s*["']application\/json["'][^>]*>([\s\S]*?)<\/script>/gi)].map((m) => Buffer.from(m[1]));
  const inlineData = inline.map(sizeOf).reduce(add, ZERO);

  // Everything else in the page's folder: data files it may fetch (chunks)
  // and, separately, further HTML pages (per-period lists), which are not data.
  const others = listFiles(path.join(outDir, slug)).filter((f) => f !== htmlFile);
  const lazyDataFiles = others.filter((f) => !f.endsWith('.html'));
  const subPages = others.filter((f) => f.endsWith('.html'));

  return {
    html: sizeOf(htmlBuffer),
    inlineData,
    inlineDataBlocks: inline.length,
    js: total(scripts.first),
    jsFiles: rel(outDir, scripts.first),
    lazyJs: total(scripts.lazy),
    css: total(cssFiles),
    cssFiles: rel(outDir, cssFiles),
    lazyData: total(lazyDataFiles),
    lazyDataFiles: lazyDataFiles.length,
    subPages: { count: subPages.length, ...total(subPages) },
    missing: rel(
      outDir,
      [...local(srcs), ...cssFiles].filter((f) => !existsSync(f)),
    ),
  };
}

/**
 * The JS of a page, gzip: what its script tags import, or what the browser
 * fetched before the timeline was ready (`jsAtReady`), whichever is more. The
 * second counts vis-timeline, which the page imports after its first paint.
 */
export const pageJsGzip = (bytes) => Math.max(bytes.js.gzip, bytes.jsAtReady?.gzip ?? 0);

/** gzip of the files a page fetched (paths from the browser), for "first load" data. */
export function fetchedBytes(outDir, paths) {
  const files = paths.map((p) => fileFor(outDir, '/', p)).filter((f) => f !== undefined && existsSync(f) && statSync(f).isFile());
  return { ...total(files), files: rel(outDir, files) };
}

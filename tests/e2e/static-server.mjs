// A minimal static file server, as a static host serves dist/: folders serve
// their index.html, a folder without its trailing slash redirects, unknown
// paths get 404, text is gzipped for clients that accept it (as every static
// host does; the benchmark and Lighthouse measure what readers get), and, with
// --headers, the folder's _headers file is read as Netlify and Cloudflare
// Pages read it, so every browser test runs under the site's own
// Content-Security-Policy. (Not for the benchmark: its plain vis-timeline
// page, beside ours in the same folder, runs inline scripts.)
// Usage: node tests/e2e/static-server.mjs <dir> <port> [--headers]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [root = 'dist', port = '4321', headers] = process.argv.slice(2);
const base = path.resolve(root);
const headerRules = headers === '--headers' ? readHeaderRules(path.join(base, '_headers')) : [];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/**
 * The rules of `<dir>/_headers`: a path pattern (`*` matches anything) on a
 * line of its own, then its headers indented. Every rule that matches a path
 * applies; a header two rules give is sent twice, joined by a comma (two
 * Content-Security-Policy values are two policies, both enforced).
 */
function readHeaderRules(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers `_headers` gives a path. */
function headersFor(pathname) {
  const out = {};
  for (const rule of headerRules.filter((r) => r.pattern.test(pathname))) {
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** Each file's gzip, made once (a build's files do not change while it is served; a new build's do). */
const gzipped = new Map();
function gzip(file, info) {
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  let body = gzipped.get(key);
  if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file))));
  return body;
}

function stat(file) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(base, decodeURIComponent(url.pathname));
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  let info = stat(file);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = path.join(file, 'index.html');
    info = stat(file);
  }
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  for (const [name, value] of Object.entries(headersFor(url.pathname))) res.setHeader(name, value);
  if (/^(text|application\/(json|atom)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const body = gzip(file, info);
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
    res.end(body);
    return;
  }
  res.writeHead(200, { 'content-type': type, 'content-length': info.size });
  createReadStream(file).pipe(res);
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${base} at http://127.0.0.1:${port}/`);
});

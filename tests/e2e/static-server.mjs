// A minimal static file server, as a static host serves dist/: folders serve
// their index.html, a folder without its trailing slash redirects, unknown
// paths get 404, and text is gzipped for clients that accept it (as every
// static host does; the benchmark and Lighthouse measure what readers get).
// Usage: node tests/e2e/static-server.mjs <dir> <port>
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [root = 'dist', port = '4321'] = process.argv.slice(2);
const base = path.resolve(root);
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
};

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

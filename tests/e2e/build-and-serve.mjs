// The web server of the end-to-end tests: builds their site (build-site.mjs),
// then serves it with the headers of its _headers. Playwright starts this
// before any test (and before any global setup, which is why the build lives
// here).
// E2E_SKIP_BUILD=1 serves the last build as it is (`npm test` builds it
// beforehand, beside the lint).
import { buildSite } from './build-site.mjs';

const [port = '4321'] = process.argv.slice(2);
if (!process.env.E2E_SKIP_BUILD) buildSite();
process.argv = [process.argv[0] ?? 'node', 'static-server.mjs', 'dist-e2e', port, '--headers'];
await import('./static-server.mjs');

/**
 * zod's tree-shakable build, for what also runs in the browser (the filters,
 * the embed's options and its messages), set never to compile its parsers
 * with `new Function`. To know whether it may, zod tries `new Function('')`
 * once, and under the site's Content-Security-Policy (public/_headers, no
 * `'unsafe-eval'`) that try alone is a violation, reported from every
 * timeline page. Parsing a few fields of an address or a message gains
 * nothing from compiled parsers. Import `z` from here, never from zod/v4-mini:
 * the setting must come before any schema is made.
 */
import * as z from 'zod/v4-mini';

z.config({ jitless: true });

export { z };

/**
 * Events' pictures through Astro's image pipeline. A file in src/images/ is
 * named in a timeline as `/images/<file>`: the build makes it into WebP files
 * of a few widths (the pages show them, sized, lazily, with their width and
 * height) and publishes the original at `/images/<file>` for the exports and
 * other tools (src/pages/images/[file].ts). A path that names no file here is
 * a file in public/, shown as it is. Nothing is fetched: the build needs no network.
 */
import type { ImageMetadata } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getImage } from 'astro:assets';
import type { Timeline } from './lib/model/model.ts';
import type { PageContext } from './lib/render/page-context.ts';

/** The widths each picture is made in: a phone's column, the slide's and the panel's, and twice those. */
const WIDTHS = [320, 640, 960];
const SHOWN = 640;

const files = import.meta.glob<ImageMetadata>('./images/*.{png,jpg,jpeg,webp}', { eager: true, import: 'default' });

/** `/images/<file>` → the file's metadata, for every picture in src/images. */
export const IMAGE_SOURCES: ReadonlyMap<string, ImageMetadata> = new Map(Object.entries(files).map(([path, meta]) => [path.replace(/^\.\//, '/'), meta]));

const done = new WeakSet<Timeline>();

/** Makes the timeline's pictures, once per timeline, into its page context. */
export async function buildImages(ctx: PageContext): Promise<void> {
  if (done.has(ctx.timeline)) return;
  done.add(ctx.timeline);
  for (const event of ctx.timeline.events) {
    const src = event.image?.src;
    const meta = src === undefined ? undefined : IMAGE_SOURCES.get(src);
    if (src && !meta && !existsSync(path.join(process.cwd(), 'public', src))) {
      // Said once per picture, at the build's edge: the page still shows its text alternative.
      console.warn(`${ctx.timeline.file}: the image of event ${event.id}, ${src}, is neither in src/images/ nor in public/.`);
    }
    if (!src || !meta || ctx.images.has(src)) continue;
    const width = Math.min(SHOWN, meta.width);
    const image = await getImage({ src: meta, width, widths: WIDTHS.filter((w) => w <= meta.width), format: 'webp' });
    ctx.images.set(src, {
      src: image.src,
      srcset: image.srcSet.attribute,
      width,
      height: Math.round((width * meta.height) / meta.width),
      full: meta.src,
    });
  }
}

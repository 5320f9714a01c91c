/**
 * A timeline's file name is its address: `data/north-korea.yaml` is
 * published at `/north-korea/`, beside `/north-korea.json`, `.csv`, `.ics`
 * and `.timelinejs.json`. So the name must be one an address can hold, and
 * not one the site already writes for itself.
 */
import { ID_PATTERN } from '../format/patterns.ts';
import { fileProblem, type Problem } from '../format/problems.ts';

/**
 * What the site writes at the top of `dist/` besides its timelines (from
 * `src/pages`, `public/` and Astro's own assets), and what each is: a
 * timeline of that name would write over it, or into it. A unit test holds
 * this list to `src/pages` and `public/`, and a browser test to a build.
 */
export const RESERVED_NAMES: Readonly<Record<string, string>> = {
  _astro: 'its scripts and stylesheets (/_astro/)',
  _headers: 'its response headers (/_headers)',
  embed: 'the embeds (/embed/<name>/)',
  'embed.js': 'the script host pages load (/embed.js)',
  images: "events' pictures (/images/<file>)",
  index: 'its home page (/index.html)',
  oembed: 'the oEmbed files (/oembed/<name>.json)',
};

/** `data/north-korea.yaml` → `north-korea`. */
export function slugOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '');
}

/**
 * Why a timeline cannot be published under its file's name, if it cannot.
 * @example fileNameProblem('data/embed.yaml')?.message // 'is named embed, which the site uses for the embeds (/embed/<name>/).'
 */
export function fileNameProblem(file: string): Problem | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  const slug = slugOf(name);
  const near = nearestName(slug);
  const renamed = (to: string): string => `${file.slice(0, file.length - name.length)}${to}${/\.ya?ml$/i.exec(name)?.[0] ?? '.yaml'}`;
  const reserved = Object.hasOwn(RESERVED_NAMES, slug) ? RESERVED_NAMES[slug] : undefined;
  if (reserved !== undefined) {
    const to = renamed(`${near || 'my'}-timeline`);
    return fileProblem(
      file,
      `is named ${slug}, which the site uses for ${reserved}.`,
      `Rename the file, e.g. to ${to}: a timeline's file name is its address.`,
    );
  }
  if (ID_PATTERN.test(slug)) return undefined;
  return fileProblem(
    file,
    `is named ${JSON.stringify(slug)}, which cannot be an address: a timeline's file name is its address (/<name>/).`,
    `Rename the file with lower-case letters a-z, digits and single hyphens${near ? `, e.g. to ${renamed(near)}` : ''}.`,
  );
}

/** `North Korea` → `north-korea`: a name in the id alphabet, or '' when nothing of it is left. */
function nearestName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The original of each picture in src/images/, at the address the timeline
 * files name it by (`/images/<file>`): what the exports link to.
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { IMAGE_SOURCES } from '../../event-images.ts';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

export function getStaticPaths() {
  return [...IMAGE_SOURCES.keys()].map((path) => ({ params: { file: path.replace(/^\/images\//, '') } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = String(params['file']);
  const body = await readFile(new URL(`../../images/${file}`, `file://${process.cwd()}/src/pages/images/`));
  return new Response(body, { headers: { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};

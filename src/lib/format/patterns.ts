/**
 * The format's names, each pattern written once: the schema checks ids and
 * tags with them, the JSON Schema hands them to editors, and the filters,
 * the embed's options and the page's deep links allow-list with them.
 * Imports nothing, so the browser's scripts take them at no cost.
 * (public/embed.js, free of imports, keeps a copy of ID_PATTERN; a unit
 * test holds the two equal.)
 */

/**
 * An id (of an event, lane, source, era or marker): lower-case a-z, digits and single hyphens.
 * @example ID_PATTERN.test('plenum-2023-12') // true
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A tag: lower-case letters of any script (and letters without case, as in
 * Korean), digits and single hyphens. Every id is also a tag, so a filter
 * names lanes and tags alike with it.
 * @example TAG_PATTERN.test('war-preparations') // true
 */
export const TAG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

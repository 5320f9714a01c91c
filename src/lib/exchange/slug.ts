/**
 * Ids made from text, in the format's id alphabet: a-z, 0-9 and single
 * hyphens (`Kim–Xi summit, 2018` → `kim-xi-summit-2018`).
 */

/** Long titles make long deep links: ids stop at a word boundary near here. */
const MAX_LENGTH = 48;

/**
 * @example slugify('Kim’s first visit to China') // 'kims-first-visit-to-china'
 * @example slugify('Pyeongchang Olympics (평창)') // 'pyeongchang-olympics'
 */
export function slugify(text: string, maxLength = MAX_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é → e once decomposed
    .toLowerCase()
    .replace(/['’]/g, '') // Kim’s → kims, not kim-s
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `a` and `b` joined by a hyphen, either one left out when empty. */
export function joinIds(...parts: string[]): string {
  return parts.filter(Boolean).join('-');
}

/**
 * The date part of an id: the day, without the time or qualifiers.
 * @example dateId('2023-12-26T14:30~') // '2023-12-26'
 * @example dateId('2023-12-26/2023-12-30') // '2023-12-26'
 */
export function dateId(date: string | number): string {
  const start = String(date).split('/')[0] ?? '';
  return slugify(start.split('T')[0] ?? start);
}

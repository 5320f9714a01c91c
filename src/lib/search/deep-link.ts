/**
 * The deep link in a page's address: `#plenum-2023-12`. Addresses are typed,
 * pasted and cut short by people and by the apps they share them through, so
 * a malformed escape (`#%`, `#%E0%A4%A`) must name nothing rather than throw:
 * thrown while the timeline starts, it stopped the timeline from drawing.
 * Imports nothing, so every page's script takes it at no cost.
 */

/**
 * What the hash says, decoded; '' when it cannot be.
 * @example decodeHash('#plenum-2023-12') // 'plenum-2023-12'
 * @example decodeHash('#%') // ''
 */
export function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return '';
  }
}

/** A story's step in the address: `#step-3`. */
const STEP_HASH = /^#step-([1-9][0-9]{0,3})$/;

/**
 * The step a story's address names, or 0 (its title slide) when it names none.
 * @example stepOfHash('#step-3') // 3
 * @example stepOfHash('#plenum-2023-12') // 0
 */
export function stepOfHash(hash: string): number {
  const m = STEP_HASH.exec(hash);
  return m ? Number(m[1]) : 0;
}

/**
 * The address of a story's step; the title slide's is none.
 * @example stepHash(3) // '#step-3'
 */
export function stepHash(n: number): string {
  return n > 0 ? `#step-${n}` : '';
}

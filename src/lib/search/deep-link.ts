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

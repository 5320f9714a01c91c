/**
 * An object without its `undefined` values: optional keys stay absent
 * rather than `undefined`, so the model is plain data and the JSON that
 * carries it (to the browser, in the exports) stays small.
 * @example defined<{ id: string; place?: string }>({ id: 'a', place: undefined }) // { id: 'a' }
 */
export function defined<T extends object>(o: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

import type { DateFormatter } from '../dates/format-date.ts';

/**
 * A cache by two keys, both objects: a timeline (or one of its periods) and
 * the date formatter. A page context keeps one formatter per timeline, so
 * the pages of a build share one entry.
 */
export class PairCache<A extends object, V> {
  private readonly entries = new WeakMap<A, WeakMap<DateFormatter, V>>();

  get(a: A, formatter: DateFormatter, make: () => V): V {
    let byFormatter = this.entries.get(a);
    if (!byFormatter) {
      byFormatter = new WeakMap();
      this.entries.set(a, byFormatter);
    }
    let value = byFormatter.get(formatter);
    if (value === undefined) {
      value = make();
      byFormatter.set(formatter, value);
    }
    return value;
  }
}

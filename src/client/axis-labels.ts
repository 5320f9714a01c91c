/**
 * Axis labels in the timeline's language. The axis runs on floating time (the
 * timeline zone's wall clock, encoded as UTC), so labels are formatted in UTC:
 * the same day for every reader. Intl does the work, costing no bytes.
 */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Record<Scale, Intl.DateTimeFormatOptions> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<Scale, Intl.DateTimeFormatOptions | undefined> = {
  millisecond: { day: 'numeric', month: 'long', year: 'numeric' },
  second: { day: 'numeric', month: 'long', year: 'numeric' },
  minute: { day: 'numeric', month: 'long', year: 'numeric' },
  hour: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: undefined,
};

/** What vis-timeline passes: a moment (or a Date); both have valueOf(). */
type Instant = { valueOf(): number };

export interface AxisFormat {
  minorLabels: (d: Instant, scale: string) => string;
  majorLabels: (d: Instant, scale: string) => string;
}

export function axisLabelFormatters(locale: string): AxisFormat {
  const cache = new Map<string, Intl.DateTimeFormat>();
  const format = (options: Intl.DateTimeFormatOptions, ms: number): string => {
    // Years before 1 CE carry their era ("501 BC"), later ones do not.
    const bce = new Date(ms).getUTCFullYear() <= 0 && 'year' in options;
    const key = `${JSON.stringify(options)}${bce ? ' bce' : ''}`;
    let f = cache.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { ...options, ...(bce && { era: 'short' }), timeZone: 'UTC' });
      cache.set(key, f);
    }
    return f.format(ms);
  };
  return {
    minorLabels: (d, scale) => format(scale in MINOR ? MINOR[scale as Scale] : MINOR.day, d.valueOf()),
    majorLabels: (d, scale) => {
      const options = MAJOR[scale as Scale];
      return options ? format(options, d.valueOf()) : '';
    },
  };
}

/** The timeline zone's wall clock now, as floating time: where "present" is on the axis. */
export function floatingNow(zone: string, now = Date.now()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * Hides the axis labels that run past the drawing's right edge ("20" for
 * 2025): vis-timeline writes each label from its tick rightwards, whatever
 * room is left. Read after vis-timeline has drawn, a handful of elements.
 */
export function hideCutAxisLabels(root: HTMLElement): void {
  const panel = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return;
  for (const label of root.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')) {
    label.style.visibility = label.getBoundingClientRect().right > panel.right + 1 ? 'hidden' : '';
  }
}

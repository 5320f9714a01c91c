/**
 * Interface text, by language. English is complete and is the fallback for
 * any string or language not translated yet.
 */
const en = {
  allTimelines: 'All timelines',
  timelines: 'Timelines',
  eventCount: (n: number): string => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`,
  timelineRegion: 'Interactive timeline',
  timelineHint: 'Drag to pan; hold Ctrl and scroll, pinch, or use the buttons to zoom. Select an event to read it.',
  noScript: 'The interactive timeline needs JavaScript. Every event is listed below.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  /** On a density band; {n} is the count. */
  moreEvents: '{n} more',
  details: 'Event details',
  panelEmpty: 'Select an event on the timeline or in the list to read it here.',
  previous: 'Previous',
  next: 'Next',
  close: 'Close',
  listTitle: 'All events',
  periods: 'Every event, by period',
  overview: 'Overview',
  highlights: 'Important events',
  highlightsNote: (shown: number, total: number): string =>
    `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events are listed here; each period's page lists all of its events.`,
  periodHeading: (period: string): string => `Events of ${period}`,
  eras: 'Periods',
  sources: 'Sources',
  citedBy: 'Cited by',
  place: 'Place',
  group: 'Lane',
  tags: 'Tags',
  marker: 'Marked on the axis',
  kinds: { quote: 'Quote', context: 'Context', analysis: 'Analysis', correction: 'Correction', update: 'Update' },
  source: 'Source',
  accessed: (date: string): string => `accessed ${date}`,
} as const;

export type UiStrings = typeof en;

const BY_LANGUAGE: Readonly<Record<string, UiStrings>> = { en };

export function uiStrings(locale: string): UiStrings {
  return BY_LANGUAGE[locale.split('-')[0]?.toLowerCase() ?? ''] ?? en;
}

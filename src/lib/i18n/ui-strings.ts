/**
 * Interface text: what each language file (en.ts, ko.ts) says. A language
 * without a file gets English (and the build says so, see load/load.ts);
 * its dates still follow its date-fns locale.
 */
import type { Annotation, LinkKind } from '../model/model.ts';

export interface UiStrings {
  readonly allTimelines: string;
  readonly timelines: string;
  readonly eventCount: (n: number) => string;
  readonly timelineRegion: string;
  readonly timelineHint: string;
  readonly noScript: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  /** On a density band; {n} is the count. */
  readonly moreEvents: string;
  /** Announced as the keyboard moves between events; {title}, {date}, {n}, {total}. */
  readonly position: string;
  readonly keyboard: string;
  readonly keys: ReadonlyArray<readonly [keys: string, action: string]>;
  readonly theme: string;
  readonly themes: { readonly auto: string; readonly light: string; readonly dark: string };
  readonly details: string;
  readonly panelEmpty: string;
  readonly previous: string;
  readonly next: string;
  readonly close: string;
  readonly listTitle: string;
  readonly periods: string;
  readonly overview: string;
  readonly highlights: string;
  readonly highlightsNote: (shown: number, total: number) => string;
  readonly periodHeading: (period: string) => string;
  readonly eras: string;
  readonly sources: string;
  readonly citedBy: string;
  readonly place: string;
  readonly group: string;
  readonly tags: string;
  readonly marker: string;
  /** The label of each kind of annotation; `dispute` is also the flag of an event whose sources differ. */
  readonly kinds: Readonly<Record<Annotation['kind'], string>>;
  /**
   * An event's links to other events: the heading of their list, each kind's
   * wording on the event that names the link (`out`) and on the other end
   * (`in`), and what the announcement of a selected event adds ({n}: how many).
   */
  readonly links: {
    readonly title: string;
    readonly kinds: Readonly<Record<LinkKind, { readonly out: string; readonly in: string }>>;
    readonly announceOne: string;
    readonly announceMany: string;
  };
  /** The flag of an event with a correction, in the list and the panel. */
  readonly corrected: string;
  /** The page of corrections and updates, `/<slug>/changes/`, and the link to it. */
  readonly changes: {
    readonly title: string;
    readonly link: string;
    readonly intro: string;
    readonly none: string;
    readonly back: string;
  };
  readonly source: string;
  readonly accessed: (date: string) => string;
  readonly skip: string;
  readonly skipTimeline: string;
  /** The empty panel's list of key events, a way in. */
  readonly keyEvents: string;
  /** The dek's fold on a phone. */
  readonly more: string;
  readonly less: string;
  /** The one-line key under the timeline. */
  readonly key: {
    readonly title: string;
    readonly high: string;
    readonly span: string;
    readonly uncertain: string;
    readonly era: string;
    readonly marker: string;
    /** A connector between linked events: what its arrow means. */
    readonly link: string;
    readonly more: string;
  };
  /** The detail sheet's handle on small screens. */
  readonly sheet: { readonly expand: string; readonly collapse: string };
  /** The export files' heading and link texts; `feed` also titles the feed's <link> in the head. */
  readonly downloads: {
    readonly title: string;
    readonly json: string;
    readonly ics: string;
    readonly csv: string;
    readonly feed: string;
    readonly timelinejs: string;
  };
  readonly filters: {
    readonly open: string;
    readonly search: string;
    readonly placeholder: string;
    readonly groups: string;
    readonly tags: string;
    readonly clear: string;
    /** {n} matching of {total}. */
    readonly count: string;
    readonly none: string;
    /** Heading of a large timeline's search results. */
    readonly results: string;
    /** The button listing {n} more results. */
    readonly more: string;
    /** Under results not all listed: the timeline shows those listed. */
    readonly listed: string;
    readonly failed: string;
  };
  readonly embed: {
    readonly button: string;
    readonly title: string;
    readonly intro: string;
    readonly options: string;
    /** Not the page's "Colours", which names the page's own choice. */
    readonly theme: string;
    readonly event: string;
    readonly window: string;
    readonly start: string;
    readonly end: string;
    readonly datesHint: string;
    readonly list: string;
    readonly panel: string;
    readonly showTitle: string;
    readonly height: string;
    readonly heights: (px: number) => string;
    readonly preview: string;
    readonly code: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    /** Before the options the embed would leave out, with the reasons (in English). */
    readonly ignored: string;
    /** The embed's title links to the full page. */
    readonly full: string;
    readonly frameTitle: (title: string) => string;
    /** The dialog's choice of what to embed: the timeline, or one of its stories. */
    readonly what: string;
    readonly whole: string;
  };
  readonly story: {
    /** The timeline page's list of its stories. */
    readonly stories: string;
    readonly read: string;
    readonly steps: (n: number) => string;
    readonly start: string;
    readonly previous: string;
    readonly next: string;
    /** The progress indicator and the announcement: {n} and {total}. */
    readonly progress: string;
    readonly stepLabel: (n: number) => string;
    readonly fullEntry: string;
    readonly timeline: string;
    readonly backToTimeline: string;
    readonly intro: string;
    readonly noScript: string;
    readonly keysHint: string;
  };
}

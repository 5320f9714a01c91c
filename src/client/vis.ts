/**
 * vis-timeline and what it draws with: the bulk of the page's script, loaded
 * by <tl-timeline> once the page has painted, so that neither its download
 * nor its evaluation holds up the first paint.
 */
import * as visTimeline from 'vis-timeline/esnext';
import { countYearsAsReadersDo } from './axis-ticks.ts';

/** Exported by vis-timeline 8.x, missing from its types. */
const { timeline } = visTimeline as unknown as { timeline: { TimeStep: { prototype: unknown } } };

export { DataSet } from 'vis-data/esnext';
export { Timeline } from 'vis-timeline/esnext';
export { default as moment } from 'moment';

countYearsAsReadersDo(timeline.TimeStep);

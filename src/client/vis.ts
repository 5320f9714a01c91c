/**
 * vis-timeline and what it draws with: the bulk of the page's script, loaded
 * by <tl-timeline> once the page has painted, so that neither its download
 * nor its evaluation holds up the first paint.
 */
export { DataSet } from 'vis-data/esnext';
export { Timeline } from 'vis-timeline/esnext';
export { default as moment } from 'moment';

/**
 * An event's links, in its entry (and so in the panel's copy of it): each
 * with its wording from this end ("Led to", or "Followed from" on the other
 * end), the other event's date and title as a link that opens it, and the
 * note. The other event may be in another period of a large timeline: the
 * link then goes to that period's page, which holds its entry; with
 * JavaScript the page opens it in place (the id index finds its period).
 */
import { linkEnds, type LinkEnd } from '../model/links.ts';
import type { Timeline, TimelineEvent } from '../model/model.ts';
import { planTimeline } from '../model/timeline-plan.ts';
import { html, type Html } from './html.ts';
import { datetimeAttr, type PageContext } from './page-context.ts';

interface Target {
  readonly event: TimelineEvent;
  /** The period page holding it, in a large timeline. */
  readonly period?: string;
}

const targets = new WeakMap<Timeline, ReadonlyMap<string, Target>>();

/** The events that links name, by id, with their period in a large timeline; made once per timeline. */
function targetsOf(timeline: Timeline): ReadonlyMap<string, Target> {
  let made = targets.get(timeline);
  if (!made) {
    const ends = linkEnds(timeline);
    const map = new Map<string, Target>();
    const plan = planTimeline(timeline);
    for (const period of plan.periods) {
      for (let i = period.first; i < period.last; i++) {
        const event = timeline.events[i] as TimelineEvent;
        if (ends.has(event.id)) map.set(event.id, plan.large ? { event, period: period.key } : { event });
      }
    }
    made = map;
    targets.set(timeline, made);
  }
  return made;
}

/** Where a link to this event goes: `#id` on a one-page timeline; its period's page in a large one. */
function hrefOf(target: Target, timeline: Timeline): string {
  return target.period === undefined ? `#${target.event.id}` : `/${timeline.slug}/${target.period}/#${target.event.id}`;
}

function renderEnd(end: LinkEnd, ctx: PageContext): Html | '' {
  const target = targetsOf(ctx.timeline).get(end.other);
  if (!target) return '';
  const { event } = target;
  const datetime = datetimeAttr(event.when.start, event.zone);
  const time = html`<time${datetime ? html` datetime="${datetime}"` : ''}>${ctx.format.span(event.when, event.zone)}</time>`;
  const note = end.note === undefined ? '' : html`<span class="tl-link__note">${end.note}</span>`;
  return html`<li class="tl-link tl-link--${end.kind} tl-link--${end.direction}"><span class="tl-link__kind">${ctx.t.links.kinds[end.kind][end.direction]}</span> <a href="${hrefOf(target, ctx.timeline)}" data-to="${event.id}">${event.title}</a> <span class="tl-link__date">(${time})</span>${note}</li>`;
}

/** The list of an event's links, or nothing when it has none. */
export function renderLinks(e: TimelineEvent, ctx: PageContext): Html | '' {
  const ends = linkEnds(ctx.timeline).get(e.id);
  if (!ends || ends.length === 0) return '';
  return html`<div class="tl-links"><h4 class="tl-links__title">${ctx.t.links.title}</h4><ul>${ends.map((end) => renderEnd(end, ctx))}</ul></div>`;
}

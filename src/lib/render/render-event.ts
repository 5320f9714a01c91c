/**
 * One event as HTML, complete: the list shows it, and the detail panel shows
 * a copy of it, so the two never differ. Its id is the deep link. Written
 * without whitespace between tags: a large timeline has thousands of entries.
 */
import { citationsOf, citedSources, numberLocally, type Citation } from '../model/citations.ts';
import { html, raw, type Html } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { annotationSources, type Annotation, type Marker, type TimelineEvent } from '../model/model.ts';
import { datetimeAttr, type PageContext } from './page-context.ts';
import { renderLinks } from './render-links.ts';

/**
 * Past this many entries a list is long (class `tl-long`): its entries off
 * screen are laid out only as the reader nears them (list.css). A shorter
 * list's entries are all laid out once the timeline is ready
 * (src/client/settle-list.ts): accessibility checkers, Lighthouse's among
 * them, misread entries that are not laid out yet (dequelabs/axe-core#2768).
 */
export const LONG_LIST = 100;

/** "[3]": the entry's third source, a link to it in the sources section, read as "source 3". */
export function citationLink(c: Citation, ctx: PageContext): Html {
  return html`<a class="tl-citations__n" href="#src_${c.source.id}">[<span class="tl-visually-hidden">${ctx.t.source} </span>${c.n}]</a>`;
}

/**
 * Each source's citation as written, once per number: a source cited by many
 * events is written once for each place it takes in their lists.
 */
const citationItems = new WeakMap<PageContext, Map<string, Html>>();

/** Numbered citations, as numbered (see numberLocally): [n] publisher, title (linked), date. */
export function renderCitations(citations: readonly Citation[], ctx: PageContext): Html {
  if (citations.length === 0) return html``;
  let written = citationItems.get(ctx);
  if (!written) citationItems.set(ctx, (written = new Map<string, Html>()));
  const cache = written;
  const items = citations.map((c) => {
    const key = `${c.n} ${c.source.id}`;
    let item = cache.get(key);
    if (!item) {
      item = renderCitation(c, ctx);
      cache.set(key, item);
    }
    return item;
  });
  return html`<ol class="tl-citations" aria-label="${ctx.t.sources}">${items}</ol>`;
}

function renderCitation(c: Citation, ctx: PageContext): Html {
  const { source } = c;
  const title = source.title
    ? html`, ${source.url ? html`<a href="${source.url}" rel="noopener noreferrer">${source.title}</a>` : html`<cite>${source.title}</cite>`}`
    : source.url
      ? html`, <a href="${source.url}" rel="noopener noreferrer">${new URL(source.url).hostname}</a>`
      : '';
  const published = source.published ? `, ${ctx.format.date(source.published, ctx.timeline.timezone)}` : '';
  return html`<li value="${c.n}">${citationLink(c, ctx)} <span class="tl-citations__publisher">${source.publisher}</span>${title}${published}</li>`;
}

/**
 * A quote is an attributed blockquote; the other kinds are labelled asides. A
 * dispute ("Sources differ") cites each source that differs; a correction or
 * update shows the day it was made.
 */
export function renderAnnotation(a: Annotation, ctx: PageContext, numbered: ReadonlyMap<string, Citation>): Html {
  const citations = citationsOf(annotationSources(a), numbered);
  const links = citations.map((c, i) => html`${i > 0 ? ' ' : ''}${citationLink(c, ctx)}`);
  const credit = [a.attribution ? html`<span class="tl-annotation__attribution">${a.attribution}</span>` : '', links];
  const credited = a.attribution !== undefined || citations.length > 0;
  const text = raw(renderMarkdown(a.text));
  if (a.kind === 'quote') {
    const caption = credited ? html`<figcaption>${credit}</figcaption>` : '';
    return html`<figure class="tl-annotation tl-annotation--quote"><blockquote>${text}</blockquote>${caption}</figure>`;
  }
  const kind = ctx.t.kinds[a.kind];
  const datetime = a.date && datetimeAttr(a.date);
  const made = a.date
    ? html` <time class="tl-annotation__date"${datetime ? html` datetime="${datetime}"` : ''}>${ctx.format.date(a.date, ctx.timeline.timezone)}</time>`
    : '';
  const creditLine = credited ? html`<p class="tl-annotation__credit">${credit}</p>` : '';
  return html`<aside class="tl-annotation tl-annotation--${a.kind}" aria-label="${kind}"><p class="tl-annotation__kind">${kind}${made}</p><div class="tl-annotation__text">${text}</div>${creditLine}</aside>`;
}

/** "Corrected" and "Sources differ" beside the date, so the list says so before the event is opened. */
function flags(e: TimelineEvent, ctx: PageContext): Html | '' {
  const corrected = e.annotations.some((a) => a.kind === 'correction');
  const disputed = e.annotations.some((a) => a.kind === 'dispute');
  if (!corrected && !disputed) return '';
  return html`${corrected ? html` <span class="tl-flag tl-flag--correction">${ctx.t.corrected}</span>` : ''}${disputed ? html` <span class="tl-flag tl-flag--dispute">${ctx.t.kinds.dispute}</span>` : ''}`;
}

function facts(e: TimelineEvent, ctx: PageContext): Html | '' {
  if (!e.place && e.tags.length === 0) return '';
  const place = e.place ? html`<div><dt>${ctx.t.place}</dt><dd>${e.place}</dd></div>` : '';
  const tags = e.tags.length > 0 ? html`<div><dt>${ctx.t.tags}</dt><dd><ul class="tl-tags">${e.tags.map((t) => html`<li>${t}</li>`)}</ul></dd></div>` : '';
  return html`<dl class="tl-event__facts">${place}${tags}</dl>`;
}

function header(e: TimelineEvent, ctx: PageContext): Html {
  const group = e.group ? ctx.groups.get(e.group) : undefined;
  const datetime = datetimeAttr(e.when.start, e.zone);
  const time = html`<time${datetime ? html` datetime="${datetime}"` : ''}>${ctx.format.span(e.when, e.zone)}</time>`;
  const chip = group ? html` <span class="tl-chip tl-g-${group.index}">${group.title}</span>` : '';
  return html`<header class="tl-event__header"><p class="tl-event__meta">${time}${chip}${flags(e, ctx)}</p><h3 class="tl-event__title" id="${e.id}__title"><a href="#${e.id}">${e.title}</a></h3></header>`;
}

/** The sizes an event's picture is shown at: the panel's and the slide's width, or the phone's. */
export const IMAGE_SIZES = '(min-width: 48rem) 20rem, 100vw';

/**
 * An event's picture with its text alternative, its width and height (so
 * nothing moves as it loads), and its credit and licence under it; the file
 * the build made of it when there is one.
 */
export function renderImage(image: NonNullable<TimelineEvent['image']>, ctx: PageContext, className: string): Html {
  const built = ctx.images.get(image.src);
  const caption = [image.credit, image.license].filter((s) => s !== undefined).join(' · ');
  const figcaption = caption ? html`<figcaption>${caption}</figcaption>` : '';
  const sized = built
    ? html`<img src="${built.src}"${built.srcset ? html` srcset="${built.srcset}" sizes="${IMAGE_SIZES}"` : ''} width="${built.width}" height="${built.height}" alt="${image.alt}" loading="lazy" decoding="async">`
    : html`<img src="${image.src}" alt="${image.alt}" loading="lazy" decoding="async">`;
  // A map or a chart shown small opens at its full size.
  const img = built?.full ? html`<a href="${built.full}">${sized}</a>` : sized;
  return html`<figure class="${className}">${img}${figcaption}</figure>`;
}

export function renderEvent(e: TimelineEvent, ctx: PageContext): Html {
  // Numbered 1…n within the event: its panel reads on its own.
  const citations = numberLocally(citationsOf(citedSources(e), ctx.citations));
  const numbered = new Map(citations.map((c) => [c.source.id, c]));
  const image = e.image ? renderImage(e.image, ctx, 'tl-event__image') : '';
  const summary = e.summary ? html`<div class="tl-event__summary">${raw(renderMarkdown(e.summary))}</div>` : '';
  const body = [
    facts(e, ctx),
    image,
    summary,
    e.annotations.map((a) => renderAnnotation(a, ctx, numbered)),
    renderLinks(e, ctx),
    renderCitations(citations, ctx),
  ];
  return html`<article class="tl-event tl-importance-${e.importance}" id="${e.id}" data-event="${e.id}"${e.group ? html` data-group="${e.group}"` : ''}${e.tags.length ? html` data-tags="${e.tags.join(' ')}"` : ''} aria-labelledby="${e.id}__title">${header(e, ctx)}${body}</article>`;
}

/** A marker, where it falls among the events of the list. */
export function renderMarker(m: Marker, ctx: PageContext): Html {
  const datetime = datetimeAttr(m.date);
  const time = html`<time${datetime ? html` datetime="${datetime}"` : ''}>${ctx.format.date(m.date, ctx.timeline.timezone)}</time>`;
  return html`<li class="tl-list__marker"><span class="tl-list__marker-label">${ctx.t.marker}:</span> ${time} — ${m.title}</li>`;
}

/** A source in the sources section: publisher, title, dates, the address written out, and who cites it. */
export function renderSourceEntry(c: Citation, titles: ReadonlyMap<string, string>, ctx: PageContext): Html {
  const { source } = c;
  const zone = ctx.timeline.timezone;
  const title = source.title ? html`, <cite>${source.title}</cite>` : '';
  const published = source.published ? `, ${ctx.format.date(source.published, zone)}` : '';
  const accessed = source.accessed ? ` (${ctx.t.accessed(ctx.format.date(source.accessed, zone))})` : '';
  const url = source.url ? html`. <a class="tl-sources__url" href="${source.url}" rel="noopener noreferrer">${source.url}</a>` : '';
  const citing = c.citedBy.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="#${id}">${titles.get(id)}</a>`);
  const citedBy = c.citedBy.length > 0 ? html`<p class="tl-sources__cited-by">${ctx.t.citedBy}: ${citing}</p>` : '';
  return html`<li id="src_${source.id}"><p class="tl-sources__entry"><span class="tl-sources__publisher">${source.publisher}</span>${title}${published}${accessed}${url}</p>${citedBy}</li>`;
}

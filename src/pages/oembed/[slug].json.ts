/**
 * oEmbed (https://oembed.com/), as a static file per timeline: a consumer
 * that finds the discovery link on a timeline's page gets the iframe and
 * script to embed it. The addresses are absolute when the site's public
 * address is configured (SITE); otherwise they are root-relative, and
 * consumers on other sites need SITE set (see the README).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBED_HEIGHT, EMBED_WIDTH, embedSnippet, siteUrl } from '../../lib/embed/embed-snippet.ts';
import { uiStrings } from '../../lib/i18n/index.ts';
import { jsonResponse, timelineRoutes, type TimelineProps } from '../../routes.ts';

export const getStaticPaths = (() => timelineRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props, site }) => {
  const { timeline } = props;
  const t = uiStrings(timeline.locale);
  const html = embedSnippet({
    src: siteUrl(site, `embed/${timeline.slug}/`),
    script: siteUrl(site, 'embed.js'),
    title: t.embed.frameTitle(timeline.title),
    key: timeline.slug,
  });
  const body = {
    type: 'rich',
    version: '1.0',
    title: timeline.title,
    provider_name: site ? site.host : uiStrings('en').timelines,
    ...(site && { provider_url: siteUrl(site, '') }),
    html,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  };
  return jsonResponse(body);
};

import { absoluteUrl } from '../site/urls';
import { rfc822Date } from './dates';
import type { FeedEntry, FeedSite } from './entries';
import { element, escapeXml } from './xml';

/** Path of the RSS feed on the site. */
export const RSS_PATH = '/feed.xml';

function item(entry: FeedEntry): string {
  const { post } = entry;
  return [
    '<item>',
    element('title', post.title),
    element('link', entry.url),
    element('guid', entry.url, { isPermaLink: 'true' }),
    element('pubDate', rfc822Date(post.date)),
    ...post.authors.map((author) => element('dc:creator', author)),
    ...entry.tags.map((tag) => element('category', tag)),
    element('description', post.summary),
    element('content:encoded', entry.html),
    '</item>',
  ].join('\n');
}

/**
 * Writes an RSS 2.0 document for the entries, newest first. The channel's
 * `lastBuildDate` is the newest post's date, so an unchanged blog gives a
 * byte-identical feed on every build.
 */
export function renderRss(entries: FeedEntry[], site: FeedSite): string {
  const home = absoluteUrl(site.baseUrl, '/');
  const newest = entries[0]?.post.updated ?? entries[0]?.post.date;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', site.title),
    element('link', home),
    element('description', site.description),
    element('language', site.language),
    element('generator', 'Folio'),
    ...(newest ? [element('lastBuildDate', rfc822Date(newest))] : []),
    `<atom:link href="${escapeXml(absoluteUrl(site.baseUrl, RSS_PATH))}" rel="self" type="application/rss+xml"/>`,
    ...entries.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

import { absoluteUrl } from '../site/urls';
import { rfc3339Date } from './dates';
import type { FeedEntry, FeedSite } from './entries';
import { element, escapeXml } from './xml';

/** Path of the Atom feed on the site. */
export const ATOM_PATH = '/atom.xml';

function link(href: string, rel: string, type?: string): string {
  return `<link href="${escapeXml(href)}" rel="${rel}"${type ? ` type="${type}"` : ''}/>`;
}

function entryXml(entry: FeedEntry): string {
  const { post } = entry;
  return [
    '<entry>',
    element('id', entry.url),
    element('title', post.title, { type: 'text' }),
    link(entry.url, 'alternate', 'text/html'),
    element('published', rfc3339Date(post.date)),
    element('updated', rfc3339Date(post.updated ?? post.date)),
    ...post.authors.map((author) => `<author>${element('name', author)}</author>`),
    ...entry.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
    element('summary', post.summary, { type: 'text' }),
    element('content', entry.html, { type: 'html' }),
    '</entry>',
  ].join('\n');
}

/** Writes an Atom 1.0 (RFC 4287) document for the entries, newest first. */
export function renderAtom(entries: FeedEntry[], site: FeedSite): string {
  const home = absoluteUrl(site.baseUrl, '/');
  const updated = entries.map((entry) => entry.post.updated ?? entry.post.date).sort().at(-1);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.language)}">`,
    element('id', home),
    element('title', site.title),
    element('subtitle', site.description),
    // An empty blog still needs an `updated`; the Unix epoch stands for "never".
    element('updated', updated ? rfc3339Date(updated) : '1970-01-01T00:00:00Z'),
    `<author>${element('name', site.author)}</author>`,
    element('generator', 'Folio'),
    link(home, 'alternate', 'text/html'),
    link(absoluteUrl(site.baseUrl, ATOM_PATH), 'self', 'application/atom+xml'),
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}

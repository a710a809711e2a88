import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { getAllPosts } from '../content';
import { renderAtom } from './atom';
import { rfc3339Date, rfc822Date } from './dates';
import { feedEntries, type FeedSite } from './entries';
import { renderRss } from './rss';
import { escapeXml } from './xml';

// The 23 published posts (and one draft) in e2e/fixtures/discovery.
const SITE: FeedSite = {
  title: 'Folio & Friends',
  description: 'Notes <with> markup',
  baseUrl: 'https://blog.example.com/',
  language: 'en',
  author: 'martinuke0',
  feedItems: 20,
};
const TRICKY_TITLE = 'Tips & <Tricks> ]]> 🚀';
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'category'].includes(name) });

beforeEach(() => {
  vi.stubEnv('FOLIO_POSTS_DIR', 'e2e/fixtures/discovery');
  vi.stubEnv('NODE_ENV', 'production');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('rfc822Date', () => {
  test.each([
    ['2025-12-06', 'Sat, 06 Dec 2025 00:00:00 +0000'],
    ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 +0000'],
    ['2026-01-01', 'Thu, 01 Jan 2026 00:00:00 +0000'],
  ])('%s gives %s', (date, expected) => {
    expect(rfc822Date(date)).toBe(expected);
  });

  test('rfc3339Date is midnight UTC', () => {
    expect(rfc3339Date('2025-12-06')).toBe('2025-12-06T00:00:00Z');
  });
});

describe('escapeXml', () => {
  test('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' ]]>`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; ]]&gt;');
    expect(escapeXml('bell\u0007 tab\t lone\uD800 pair🚀')).toBe('bell tab\t lone pair🚀');
  });
});

describe('RSS feed of the fixture posts', () => {
  const xml = () => renderRss(feedEntries(getAllPosts(), SITE), SITE);

  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
  });

  test('channel reads back exactly', () => {
    const channel = parser.parse(xml()).rss.channel;
    expect(channel.title).toBe('Folio & Friends');
    expect(channel.description).toBe('Notes <with> markup');
    expect(channel.link).toBe('https://blog.example.com/');
    expect(channel['atom:link']['@href']).toBe('https://blog.example.com/feed.xml');
    expect(channel.lastBuildDate).toBe('Sat, 14 Mar 2026 00:00:00 +0000');
  });

  test('lists the 20 newest published posts', () => {
    const items = parser.parse(xml()).rss.channel.item;
    expect(items).toHaveLength(20);
    expect(items.map((item: { title: string }) => item.title).slice(0, 4)).toEqual([
      TRICKY_TITLE,
      '前端性能优化指南',
      'Records in C#',
      'Designing a queue service',
    ]);
    expect(items.at(-1).title).toBe('Redis persistence');
    expect(items.map((item: { title: string }) => item.title)).not.toContain('Unpublished draft');
  });

  test('tricky title round-trips exactly', () => {
    const item = parser.parse(xml()).rss.channel.item[0];
    expect(item.title).toBe(TRICKY_TITLE);
    expect(item.link).toBe('https://blog.example.com/posts/tips-and-tricks');
    expect(item.guid['#text']).toBe('https://blog.example.com/posts/tips-and-tricks');
    expect(item.guid['@isPermaLink']).toBe('true');
    expect(item.category).toEqual(['testing']);
  });

  test('pubDate is RFC 822', () => {
    const items = parser.parse(xml()).rss.channel.item;
    expect(items[0].pubDate).toBe('Sat, 14 Mar 2026 00:00:00 +0000');
    for (const item of items) expect(item.pubDate).toMatch(RFC_822);
  });

  test('content is full HTML with absolute URLs', () => {
    const html: string = parser.parse(xml()).rss.channel.item[0]['content:encoded'];
    expect(html).toContain('<a href="https://blog.example.com/archives">archives</a>');
    expect(html).toContain('<a href="https://blog.example.com/posts/redis-persistence">Redis post</a>');
    expect(html).toContain('<img src="https://blog.example.com/images/pbft-phases.svg" alt="A diagram of the pipeline">');
    expect(html).toContain('<h2 id="links">Links</h2>');
    expect(html).toContain('<p>Keep the callout text, drop the component.</p>');
    expect(html).toContain('<code>]]></code>');
    expect(html).not.toContain('Callout');
    expect(html).not.toContain('export const');
    expect(html).not.toContain('1 + 1');
  });

  test('tags use the site spelling', () => {
    const items = parser.parse(xml()).rss.channel.item;
    const queue = items.find((item: { title: string }) => item.title === 'Designing a queue service');
    expect(queue.category).toEqual(['system design', 'Redis']);
  });
});

describe('Atom feed of the fixture posts', () => {
  const xml = () => renderAtom(feedEntries(getAllPosts(), SITE), SITE);

  test('is well-formed and reads back exactly', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
    const feed = parser.parse(xml()).feed;
    expect(feed.title).toBe('Folio & Friends');
    expect(feed.updated).toBe('2026-03-14T00:00:00Z');
    expect(feed.entry).toHaveLength(20);
    expect(feed.entry[0].title['#text']).toBe(TRICKY_TITLE);
    expect(feed.entry[0].id).toBe('https://blog.example.com/posts/tips-and-tricks');
    expect(feed.entry[0].published).toBe('2026-03-14T00:00:00Z');
    expect(feed.entry[0].content['#text']).toContain('<code>]]></code>');
  });
});

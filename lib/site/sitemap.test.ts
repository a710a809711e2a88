import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { getAllPosts } from '../content';
import { sitemapEntries } from './sitemap';

// The published posts of e2e/fixtures/discovery, newest first; unpublished-draft is left out.
const PUBLISHED = [
  'tips-and-tricks', 'frontend-performance', 'csharp-records', 'system-design-queues', 'frontend-build',
  'csharp-async', 'cache-aside', 'system-design-interviews', 'retry-budgets', 'idempotency-keys',
  'rate-limiting', 'consistent-hashing', 'write-ahead-logs', 'bloom-filters', 'skip-lists',
  'leader-election', 'vector-clocks', 'backpressure', 'observability-notes', 'redis-persistence',
  'load-shedding', 'gossip-protocols', 'first-post',
];

beforeEach(() => {
  vi.stubEnv('FOLIO_POSTS_DIR', 'e2e/fixtures/discovery');
  vi.stubEnv('NODE_ENV', 'production');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('sitemapEntries', () => {
  test.each(['https://blog.example.com', 'https://blog.example.com/'])('lists exactly the published posts for %s', (base) => {
    const urls = sitemapEntries(getAllPosts(), base, 10).map((entry) => entry.url);
    const posts = urls.filter((url) => url.includes('/posts/'));
    expect(posts).toEqual(PUBLISHED.map((slug) => `https://blog.example.com/posts/${slug}`));
  });

  test('lists the list pages and tag pages', () => {
    const urls = sitemapEntries(getAllPosts(), 'https://example.com/blog/', 10).map((entry) => entry.url);
    expect(urls.slice(0, 6)).toEqual([
      'https://example.com/blog/',
      'https://example.com/blog/page/2',
      'https://example.com/blog/page/3',
      'https://example.com/blog/archives',
      'https://example.com/blog/tags',
      'https://example.com/blog/search',
    ]);
    expect(urls).toContain('https://example.com/blog/tags/c%23');
    expect(urls).toContain('https://example.com/blog/tags/%E5%89%8D%E7%AB%AF');
    expect(urls).toContain('https://example.com/blog/tags/system-design');
    expect(urls).not.toContain('https://example.com/blog/tags/drafts-only');
    expect(urls).toHaveLength(6 + 13 + 23);
  });

  test('post entries carry their dates', () => {
    const entry = sitemapEntries(getAllPosts(), 'https://blog.example.com', 10).find((item) => item.url.endsWith('/posts/cache-aside'));
    expect(entry?.lastModified).toBe('2026-01-25');
  });
});

import { describe, expect, test } from 'vitest';
import type { Post } from '@/lib/content';
import { groupByMonth } from './archives';
import { adjacentPosts, relatedPosts } from './neighbors';
import { indexPagePath, pageCount, paginate, parsePageParam } from './pagination';

function post(slug: string, date: string, tags: string[] = []): Post {
  return {
    slug, source: `${slug}.mdx`, format: 'mdx', title: slug, date, summary: '', tags, authors: ['a'],
    draft: false, toc: { min: 2, max: 4 }, aliases: [], words: 1, readingMinutes: 1, headings: [], hasMath: false,
  };
}

describe('pagination', () => {
  const items = Array.from({ length: 23 }, (_, index) => index + 1);

  test('23 items at 10 per page fill 3 pages', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(paginate(items, 1, 10)?.items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(paginate(items, 3, 10)?.items).toEqual([21, 22, 23]);
    expect(paginate(items, 3, 10)?.total).toBe(3);
  });

  test('page past the end is undefined', () => {
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 0, 10)).toBeUndefined();
  });

  test('empty list still has page 1', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(paginate([], 1, 10)).toEqual({ items: [], number: 1, total: 1 });
  });

  test('invalid page size throws', () => {
    expect(() => pageCount(5, 0)).toThrow('invalid page size 0: expected a whole number of 1 or more');
  });

  test('page paths and params', () => {
    expect(indexPagePath(1)).toBe('/');
    expect(indexPagePath(2)).toBe('/page/2');
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('02')).toBeUndefined();
    expect(parsePageParam('+2')).toBeUndefined();
    expect(parsePageParam('2.0')).toBeUndefined();
    expect(parsePageParam('0')).toBeUndefined();
  });
});

describe('groupByMonth', () => {
  test('groups by year and month, newest first, with counts', () => {
    const years = groupByMonth([
      post('c', '2026-03-14'), post('b', '2026-03-02'), post('a', '2026-01-12'), post('z', '2025-12-28'),
    ]);
    expect(years.map((year) => [year.year, year.count, year.months.map((month) => [month.key, month.name, month.posts.length])])).toEqual([
      ['2026', 3, [['2026-03', 'March', 2], ['2026-01', 'January', 1]]],
      ['2025', 1, [['2025-12', 'December', 1]]],
    ]);
  });
});

describe('adjacentPosts', () => {
  const posts = [post('new', '2026-03-01'), post('mid', '2026-02-01'), post('old', '2026-01-01')];

  test('middle post has both neighbours', () => {
    const { older, newer } = adjacentPosts(posts[1], posts);
    expect(older?.slug).toBe('old');
    expect(newer?.slug).toBe('new');
  });

  test('ends have one neighbour', () => {
    expect(adjacentPosts(posts[0], posts).newer).toBeUndefined();
    expect(adjacentPosts(posts[2], posts).older).toBeUndefined();
  });
});

describe('relatedPosts', () => {
  const posts = [
    post('one-shared-new', '2026-05-01', ['redis']),
    post('two-shared', '2026-04-01', ['Redis', 'system design']),
    post('none-shared', '2026-03-01', ['css']),
    post('current', '2026-02-01', ['redis', 'System Design']),
    post('one-shared-old', '2026-01-01', ['system design']),
    post('one-shared-oldest', '2025-01-01', ['redis']),
  ];

  test('most shared tags first, then newest, at most three', () => {
    expect(relatedPosts(posts[3], posts).map((entry) => entry.slug)).toEqual(['two-shared', 'one-shared-new', 'one-shared-old']);
  });

  test('post without tags has none', () => {
    expect(relatedPosts(posts[2], posts)).toEqual([]);
    expect(relatedPosts(post('bare', '2026-01-01'), posts)).toEqual([]);
  });
});

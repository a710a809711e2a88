import { describe, expect, test } from 'vitest';
import type { Post } from '@/lib/content';
import { collectTags, displayTags, findTagByParam, tagPath, tagSlug } from './tags';

function post(slug: string, date: string, tags: string[]): Post {
  return {
    slug, source: `${slug}.mdx`, format: 'mdx', title: slug, date, summary: '', tags, authors: ['a'],
    draft: false, toc: { min: 2, max: 4 }, aliases: [], words: 1, readingMinutes: 1, headings: [], hasMath: false,
  };
}

describe('tagSlug', () => {
  test.each([
    ['前端', '前端'],
    ['system design', 'system-design'],
    ['C#', 'c#'],
    ['Redis', 'redis'],
    ['  Machine   Learning ', 'machine-learning'],
    ['Node.js', 'node.js'],
  ])('%s gives %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });
});

describe('tagPath', () => {
  test.each([
    ['前端', '/tags/%E5%89%8D%E7%AB%AF'],
    ['system design', '/tags/system-design'],
    ['C#', '/tags/c%23'],
    ['100%', '/tags/100%25'],
    ['a/b', '/tags/a%2Fb'],
  ])('%s links to %s', (tag, path) => {
    expect(tagPath(tag)).toBe(path);
  });
});

describe('collectTags', () => {
  const posts = [
    post('newest', '2026-03-01', ['redis', 'C#']),
    post('middle', '2026-02-01', ['REDIS', 'Redis']),
    post('oldest', '2026-01-01', ['Redis', 'system design']),
  ];

  test('merges case variants under the oldest spelling', () => {
    const redis = collectTags(posts).find((tag) => tag.slug === 'redis');
    expect(redis?.name).toBe('Redis');
    expect(redis?.posts.map((entry) => entry.slug)).toEqual(['newest', 'middle', 'oldest']);
  });

  test('sorts by post count, then name', () => {
    expect(collectTags(posts).map((tag) => [tag.name, tag.posts.length])).toEqual([
      ['Redis', 3],
      ['C#', 1],
      ['system design', 1],
    ]);
  });

  test('displayTags spells tags as the site does', () => {
    const tags = collectTags(posts);
    expect(displayTags(posts[1], tags).map((tag) => tag.name)).toEqual(['Redis']);
    expect(displayTags(posts[0], tags).map((tag) => tag.name)).toEqual(['Redis', 'C#']);
  });
});

describe('findTagByParam', () => {
  const tags = collectTags([post('a', '2026-01-01', ['前端', 'C#', 'system design', '100%'])]);

  test.each([
    ['前端', '前端'],
    ['%E5%89%8D%E7%AB%AF', '前端'],
    ['c#', 'C#'],
    ['c%23', 'C#'],
    ['system-design', 'system design'],
    ['100%', '100%'],
  ])('param %s finds %s', (param, name) => {
    expect(findTagByParam(tags, param)?.name).toBe(name);
  });

  test('rejects double encoding and bad escapes', () => {
    expect(findTagByParam(tags, '%25E5%2589%258D%25E7%25AB%25AF')).toBeUndefined();
    expect(findTagByParam(tags, '%E5')).toBeUndefined();
    expect(findTagByParam(tags, 'system design')).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { absoluteUrl, postPath } from './urls';

describe('absoluteUrl', () => {
  test.each([
    ['https://blog.example.com', '/posts/a', 'https://blog.example.com/posts/a'],
    ['https://blog.example.com/', '/posts/a', 'https://blog.example.com/posts/a'],
    ['https://blog.example.com/', 'posts/a', 'https://blog.example.com/posts/a'],
    ['https://example.com/blog', '/posts/a', 'https://example.com/blog/posts/a'],
    ['https://example.com/blog/', '/', 'https://example.com/blog/'],
    ['https://example.com', '/', 'https://example.com/'],
  ])('%s + %s', (base, path, expected) => {
    expect(absoluteUrl(base, path)).toBe(expected);
  });

  test('postPath encodes the slug once', () => {
    expect(postPath('hello')).toBe('/posts/hello');
    expect(postPath('前端')).toBe('/posts/%E5%89%8D%E7%AB%AF');
  });
});

import { describe, expect, test } from 'vitest';
import { buildScope, buildsPostsOnly } from './build-scope.mjs';

describe('FOLIO_BUILD_SCOPE', () => {
  test('unset or empty builds everything', () => {
    expect(buildScope({})).toBe('all');
    expect(buildScope({ FOLIO_BUILD_SCOPE: '' })).toBe('all');
    expect(buildsPostsOnly({})).toBe(false);
  });

  test('posts builds home and post pages', () => {
    expect(buildScope({ FOLIO_BUILD_SCOPE: 'posts' })).toBe('posts');
    expect(buildsPostsOnly({ FOLIO_BUILD_SCOPE: 'posts' })).toBe(true);
    expect(buildsPostsOnly({ FOLIO_BUILD_SCOPE: 'all' })).toBe(false);
  });

  test('other values are rejected by name', () => {
    expect(() => buildScope({ FOLIO_BUILD_SCOPE: 'Posts' })).toThrow('invalid FOLIO_BUILD_SCOPE "Posts"; expected all or posts');
  });
});

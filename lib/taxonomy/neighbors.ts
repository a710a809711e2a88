import type { Post } from '@/lib/content';
import { tagSlug } from './tags';

/** The posts just before and after one post in date order. */
export interface AdjacentPosts {
  older?: Post;
  newer?: Post;
}

/** Finds the next older and next newer post; `posts` is sorted newest first, as getAllPosts returns it. */
export function adjacentPosts(post: Post, posts: Post[]): AdjacentPosts {
  const index = posts.findIndex((candidate) => candidate.slug === post.slug);
  if (index === -1) return {};
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/**
 * Picks up to `limit` other posts that share the most tags with `post`
 * (matched case-insensitively), ties going to the newer post. Posts sharing
 * no tag are never listed.
 */
export function relatedPosts(post: Post, posts: Post[], limit = 3): Post[] {
  const own = new Set(post.tags.map(tagSlug));
  if (own.size === 0) return [];

  const scored = posts
    .filter((candidate) => candidate.slug !== post.slug)
    .map((candidate, order) => ({
      candidate,
      order,
      shared: new Set(candidate.tags.map(tagSlug).filter((slug) => own.has(slug))).size,
    }))
    .filter((entry) => entry.shared > 0);

  scored.sort((left, right) => right.shared - left.shared || left.order - right.order);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

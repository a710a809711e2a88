import { findBySegment } from '../site/urls';
import type { Post } from '@/lib/content';

/** A tag with the posts that carry it, newest first. */
export interface Tag {
  /** The tag as first written: its spelling in the oldest post that has it. */
  name: string;
  /** The URL segment before percent-encoding: lower-cased, whitespace runs as `-`. */
  slug: string;
  posts: Post[];
}

/**
 * Returns a tag's URL segment before percent-encoding: trimmed, lower-cased,
 * each run of whitespace as one `-`. `System Design` and `system design` give
 * `system-design`, `C#` gives `c#`, `前端` stays `前端`.
 */
export function tagSlug(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/** Returns the path of a tag's page, percent-encoded once: `/tags/c%23`, `/tags/%E5%89%8D%E7%AB%AF`. */
export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tagSlug(tag))}`;
}

/**
 * Groups posts by tag, matching tags case-insensitively. Each tag keeps the
 * spelling of the oldest post that uses it, so a new post writing `redis`
 * does not rename `Redis`. A post that writes one tag twice counts once.
 * Expects posts newest first and keeps that order in each tag; tags are sorted
 * by post count, most first, then by name.
 */
export function collectTags(posts: Post[]): Tag[] {
  const bySlug = new Map<string, Tag>();

  for (const post of [...posts].reverse()) {
    for (const name of post.tags) {
      const slug = tagSlug(name);
      if (slug === '') continue;

      const tag = bySlug.get(slug) ?? { name: name.trim(), slug, posts: [] };
      if (!tag.posts.includes(post)) tag.posts.unshift(post);
      bySlug.set(slug, tag);
    }
  }

  return [...bySlug.values()].sort(
    (left, right) => right.posts.length - left.posts.length || left.name.localeCompare(right.name, 'en'),
  );
}

/**
 * Returns the display names of a post's tags, one per tag slug, spelled as the
 * whole site spells them, so a chip reads the same on every page.
 */
export function displayTags(post: Post, tags: Tag[]): Tag[] {
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  const seen = new Set<string>();
  const shown: Tag[] = [];

  for (const name of post.tags) {
    const tag = bySlug.get(tagSlug(name));
    if (!tag || seen.has(tag.slug)) continue;
    seen.add(tag.slug);
    shown.push(tag);
  }

  return shown;
}

/** Finds a tag by the route parameter of its page, percent-encoded or not. */
export function findTagByParam(tags: Tag[], param: string): Tag | undefined {
  return findBySegment(tags, param, (tag) => tag.slug);
}

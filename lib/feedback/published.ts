import { getAllPosts } from '../content';

/** The slug and title of a published post. */
export interface PublishedPost {
  slug: string;
  title: string;
}

let published: Map<string, PublishedPost> | undefined;

/**
 * Returns the published post with this slug, or undefined. The posts folder is
 * read once per process, at the first call, so the server needs the same posts
 * folder (FOLIO_POSTS_DIR) that the build used. A post added later is accepted
 * only after a rebuild and restart, like its page.
 */
export function findPublishedPost(slug: string): PublishedPost | undefined {
  published ??= new Map(getAllPosts().map((post) => [post.slug, { slug: post.slug, title: post.title }]));
  return published.get(slug);
}

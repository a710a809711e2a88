import type { MetadataRoute } from 'next';
import type { Post } from '../content';
import { indexPagePath, pageCount } from '../taxonomy/pagination';
import { collectTags, tagPath } from '../taxonomy/tags';
import { absoluteUrl, postPath } from './urls';

/**
 * Lists every prerendered page for the sitemap as absolute URLs joined onto
 * `baseUrl`: the index and its pages, the archives, tags and search pages, each
 * tag page and each post. `posts` are the published posts, as getAllPosts
 * returns them, so drafts never appear. Dates are the newest post date a page shows.
 */
export function sitemapEntries(posts: Post[], baseUrl: string, postsPerPage: number): MetadataRoute.Sitemap {
  const url = (path: string) => absoluteUrl(baseUrl, path);
  const newest = posts[0];
  const lastModified = (post?: Post) => (post ? post.updated ?? post.date : undefined);

  const pages = Array.from({ length: pageCount(posts.length, postsPerPage) }, (_, index) => ({
    url: url(indexPagePath(index + 1)),
    lastModified: lastModified(posts[index * postsPerPage]),
  }));
  const lists = ['/archives', '/tags', '/search'].map((path) => ({ url: url(path), lastModified: lastModified(newest) }));
  const tags = collectTags(posts).map((tag) => ({ url: url(tagPath(tag.name)), lastModified: lastModified(tag.posts[0]) }));
  const articles = posts.map((post) => ({ url: url(postPath(post.slug)), lastModified: lastModified(post) }));

  return [...pages, ...lists, ...tags, ...articles];
}

import type { Post } from '../content';
import { readPostTree } from '../content/body';
import type { SiteConfig } from '../../site.config';
import { absoluteUrl, postPath } from '../site/urls';
import { collectTags, displayTags } from '../taxonomy/tags';
import { renderFeedHtml } from './html';

/** One post as both feeds list it. */
export interface FeedEntry {
  post: Post;
  url: string;
  /** Tag names spelled as the rest of the site spells them. */
  tags: string[];
  /** The full post as HTML with absolute URLs. */
  html: string;
}

/** The site settings a feed is written from. */
export type FeedSite = Pick<SiteConfig, 'title' | 'description' | 'baseUrl' | 'language' | 'author' | 'feedItems'>;

/** Builds the entries of the `site.feedItems` newest posts; `posts` is sorted newest first. */
export function feedEntries(posts: Post[], site: FeedSite, readTree = readPostTree): FeedEntry[] {
  const tags = collectTags(posts);

  return posts.slice(0, site.feedItems).map((post) => {
    const url = absoluteUrl(site.baseUrl, postPath(post.slug));
    return {
      post,
      url,
      tags: displayTags(post, tags).map((tag) => tag.name),
      html: renderFeedHtml(readTree(post), url),
    };
  });
}

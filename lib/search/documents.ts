import type { Post } from '../content';
import { readPostTree } from '../content/body';
import { renderFeedHtml } from '../feed/html';
import { escapeXml } from '../feed/xml';
import { absoluteUrl, postPath } from '../site/urls';
import { collectTags, displayTags } from '../taxonomy/tags';

/** One post as the search index reads it: an HTML page with weighted fields. */
export interface SearchDocument {
  /** The post's path on the site, the URL a search result links to. */
  url: string;
  html: string;
}

/**
 * Writes the page Pagefind indexes for a post: the title (weight 10), the
 * summary and tags (weight 5) and the full body, whose headings keep the ids
 * of the rendered page so results can link to a section. Title, date and tags
 * are also stored as metadata for the result list; tags also as a filter.
 */
export function searchDocument(post: Post, tagNames: string[], bodyHtml: string, language: string): SearchDocument {
  const tags = tagNames
    .map((tag) => `<span data-pagefind-filter="tag">${escapeXml(tag)}</span>`)
    .join(', ');

  const html = [
    `<!doctype html><html lang="${escapeXml(language)}"><head><title>${escapeXml(post.title)}</title></head><body>`,
    '<main data-pagefind-body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeXml(post.title)}</h1>`,
    `<p data-pagefind-meta="date" data-pagefind-ignore>${escapeXml(post.date)}</p>`,
    `<p data-pagefind-weight="5">${escapeXml(post.summary)}</p>`,
    tags ? `<p data-pagefind-weight="5" data-pagefind-meta="tags">${tags}</p>` : '',
    bodyHtml,
    '</main></body></html>',
  ].join('\n');

  return { url: postPath(post.slug), html };
}

/** Builds the search documents of every post, reading and parsing each post file once. */
export function searchDocuments(posts: Post[], baseUrl: string, language: string): SearchDocument[] {
  const tags = collectTags(posts);

  return posts.map((post) => {
    const bodyHtml = renderFeedHtml(readPostTree(post), absoluteUrl(baseUrl, postPath(post.slug)));
    const tagNames = displayTags(post, tags).map((tag) => tag.name);
    return searchDocument(post, tagNames, bodyHtml, language);
  });
}

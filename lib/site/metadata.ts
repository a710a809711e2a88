import type { Metadata } from 'next';
import type { Post } from '@/lib/content';
import { siteConfig } from '@/site.config';
import { ATOM_PATH } from '../feed/atom';
import { RSS_PATH } from '../feed/rss';
import { absoluteUrl, postPath } from './urls';

/** Paths of the feeds, linked from every page for feed-reader autodiscovery. */
export const FEED_PATHS = { rss: RSS_PATH, atom: ATOM_PATH } as const;

// Next.js merges metadata one top-level key at a time, so a page that sets
// `alternates` or `openGraph` replaces the layout's whole object. Every page's
// metadata is therefore built here in full.
function feedAlternates(canonicalPath?: string): Metadata['alternates'] {
  return {
    ...(canonicalPath ? { canonical: absoluteUrl(siteConfig.baseUrl, canonicalPath) } : {}),
    types: {
      'application/rss+xml': [{ url: absoluteUrl(siteConfig.baseUrl, FEED_PATHS.rss), title: `${siteConfig.title} (RSS)` }],
      'application/atom+xml': [{ url: absoluteUrl(siteConfig.baseUrl, FEED_PATHS.atom), title: `${siteConfig.title} (Atom)` }],
    },
  };
}

/**
 * Builds the metadata every page starts from, set in the root layout: title
 * template, description, feed links and Open Graph site name. No canonical
 * URL, because a page without its own (the 404 page) has none.
 */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(siteConfig.baseUrl),
    title: { default: siteConfig.title, template: `%s · ${siteConfig.title}` },
    description: siteConfig.description,
    alternates: feedAlternates(),
    openGraph: { type: 'website', siteName: siteConfig.title, locale: siteConfig.language, title: siteConfig.title, description: siteConfig.description },
    twitter: { card: 'summary', title: siteConfig.title, description: siteConfig.description },
  };
}

/**
 * Builds the metadata of a list page (index, tags, archives, search): title,
 * description, canonical URL, feed links, and Open Graph and Twitter tags.
 * A missing title means the site title alone, as on the home page.
 */
export function pageMetadata({ path, title, description }: { path: string; title?: string; description?: string }): Metadata {
  const text = description ?? siteConfig.description;
  const fullTitle = title ? `${title} · ${siteConfig.title}` : siteConfig.title;

  return {
    ...(title ? { title } : { title: { absolute: siteConfig.title } }),
    description: text,
    alternates: feedAlternates(path),
    openGraph: {
      type: 'website',
      siteName: siteConfig.title,
      locale: siteConfig.language,
      url: absoluteUrl(siteConfig.baseUrl, path),
      title: fullTitle,
      description: text,
    },
    twitter: { card: 'summary', title: fullTitle, description: text },
  };
}

/** Returns the path of a post's Open Graph image, as app/posts/[slug]/og.png/route.tsx serves it. */
export function postImagePath(slug: string): string {
  return `${postPath(slug)}/og.png`;
}

/**
 * Builds a post's metadata: title, description, canonical URL, feed links,
 * Open Graph `article` tags (published and modified time, author, tags, the
 * generated image) and a large-image Twitter card.
 */
export function postMetadata(post: Post, tagNames: string[]): Metadata {
  // A post of only headings, code or images has no summary; the title then says what it is.
  const description = post.description ?? (post.summary || `${post.title}, a post on ${siteConfig.title}.`);
  const image = { url: absoluteUrl(siteConfig.baseUrl, postImagePath(post.slug)), width: 1200, height: 630, alt: post.title };

  return {
    title: post.title,
    description,
    authors: post.authors.map((name) => ({ name })),
    keywords: tagNames,
    alternates: feedAlternates(postPath(post.slug)),
    openGraph: {
      type: 'article',
      siteName: siteConfig.title,
      locale: siteConfig.language,
      url: absoluteUrl(siteConfig.baseUrl, postPath(post.slug)),
      title: post.title,
      description,
      publishedTime: post.date,
      ...(post.updated ? { modifiedTime: post.updated } : {}),
      authors: post.authors,
      tags: tagNames,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: post.title, description, images: [image] },
  };
}

/** Builds the schema.org `BlogPosting` of a post for its JSON-LD script. */
export function blogPostingJsonLd(post: Post, tagNames: string[]): Record<string, unknown> {
  const url = absoluteUrl(siteConfig.baseUrl, postPath(post.slug));

  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description ?? (post.summary || `${post.title}, a post on ${siteConfig.title}.`),
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    author: post.authors.map((name) => ({ '@type': 'Person', name })),
    wordCount: post.words,
    keywords: tagNames,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: absoluteUrl(siteConfig.baseUrl, postImagePath(post.slug)),
    inLanguage: siteConfig.language,
    publisher: { '@type': 'Organization', name: siteConfig.title },
  };
}

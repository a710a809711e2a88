import { getAllPosts } from '@/lib/content';
import { feedEntries } from '@/lib/feed/entries';
import { renderRss } from '@/lib/feed/rss';
import { siteConfig } from '@/site.config';

// Written once at build time and served as a static file.
export const dynamic = 'force-static';

export function GET() {
  const xml = renderRss(feedEntries(getAllPosts(), siteConfig), siteConfig);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

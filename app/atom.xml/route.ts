import { getAllPosts } from '@/lib/content';
import { renderAtom } from '@/lib/feed/atom';
import { feedEntries } from '@/lib/feed/entries';
import { siteConfig } from '@/site.config';

// Written once at build time and served as a static file.
export const dynamic = 'force-static';

export function GET() {
  const xml = renderAtom(feedEntries(getAllPosts(), siteConfig), siteConfig);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

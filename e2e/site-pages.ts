import type { APIRequestContext, Page } from '@playwright/test';

/** Pages every accessibility and policy check visits on the sample site, one of each kind. */
export const PAGE_KINDS = [
  { name: 'index', path: '/' },
  { name: 'post', path: '/posts/redis-beyond-caching' },
  { name: 'tags', path: '/tags' },
  { name: 'tag page', path: '/tags/redis' },
  { name: 'archives', path: '/archives' },
  { name: 'search', path: '/search' },
  { name: '404 page', path: '/no-such-page' },
] as const;

/** Returns the path of every page in the sitemap, which lists each page a reader can reach. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1]);
    return url.pathname + url.search;
  });
}

/** Stores a theme choice the way the header toggle does, before any page script runs. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((choice) => localStorage.setItem('folio:theme', choice), theme);
}

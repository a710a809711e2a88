import type { MetadataRoute } from 'next';
import { getAllPosts } from '@/lib/content';
import { sitemapEntries } from '@/lib/site/sitemap';
import { siteConfig } from '@/site.config';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getAllPosts(), siteConfig.baseUrl, siteConfig.postsPerPage);
}

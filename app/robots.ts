import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/urls';
import { siteConfig } from '@/site.config';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(siteConfig.baseUrl, '/sitemap.xml'),
  };
}

import { getAllPosts, getPost } from '@/lib/content';
import { renderPostImage } from '@/lib/og/card';
import { siteConfig } from '@/site.config';
import { buildsPostsOnly } from '@/lib/site/build-scope.mjs';

interface ImageRouteContext {
  params: Promise<{ slug: string }>;
}

// One PNG per post, drawn at build time. Other slugs are 404s.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  if (buildsPostsOnly()) return [];
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: ImageRouteContext) {
  const post = getPost((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  return renderPostImage(post, siteConfig.title);
}

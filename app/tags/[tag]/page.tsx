import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { pluralize } from '@/components/PostMeta';
import { getAllPosts } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { collectTags, findTagByParam, tagPath } from '@/lib/taxonomy/tags';
import { buildsPostsOnly } from '@/lib/site/build-scope.mjs';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

// Every tag is prerendered, and any other segment is a 404.
export const dynamicParams = false;

// The values are the slugs before percent-encoding (`c#`, `前端`): Next.js
// encodes each once for the page's URL, which is what tagPath links to.
export function generateStaticParams() {
  if (buildsPostsOnly()) return [];
  return collectTags(getAllPosts()).map((tag) => ({ tag: tag.slug }));
}

async function findTag(params: TagPageProps['params']) {
  return findTagByParam(collectTags(getAllPosts()), (await params).tag);
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const tag = await findTag(params);
  if (!tag) return {};
  return pageMetadata({
    path: tagPath(tag.name),
    title: `Posts tagged ${tag.name}`,
    description: `${pluralize(tag.posts.length, 'post', 'posts')} tagged ${tag.name}.`,
  });
}

export default async function TagPage({ params }: TagPageProps) {
  const tag = await findTag(params);
  if (!tag) notFound();

  return (
    <>
      <h1 className="page-title">Posts tagged {tag.name}</h1>
      <p className="page-intro">{pluralize(tag.posts.length, 'post', 'posts')}</p>
      <PostList posts={tag.posts} allPosts={getAllPosts()} />
    </>
  );
}

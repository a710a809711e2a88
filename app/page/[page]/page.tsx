import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/Pagination';
import { PostList } from '@/components/PostList';
import { getAllPosts } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { indexPagePath, pageCount, paginate, parsePageParam } from '@/lib/taxonomy/pagination';
import { siteConfig } from '@/site.config';
import { buildsPostsOnly } from '@/lib/site/build-scope.mjs';

interface IndexPageProps {
  params: Promise<{ page: string }>;
}

// Pages 2 to the last are prerendered. Page 1 is `/`, and any other number is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  if (buildsPostsOnly()) return [];
  const total = pageCount(getAllPosts().length, siteConfig.postsPerPage);
  return Array.from({ length: total - 1 }, (_, index) => ({ page: String(index + 2) }));
}

export async function generateMetadata({ params }: IndexPageProps): Promise<Metadata> {
  const number = parsePageParam((await params).page);
  if (!number) return {};
  return pageMetadata({ path: indexPagePath(number), title: `Posts, page ${number}` });
}

export default async function IndexPage({ params }: IndexPageProps) {
  const number = parsePageParam((await params).page);
  const posts = getAllPosts();
  const page = number && number > 1 ? paginate(posts, number, siteConfig.postsPerPage) : undefined;
  if (!page) notFound();

  return (
    <>
      <h1 className="page-title">
        Posts, page {page.number} of {page.total}
      </h1>
      <PostList posts={page.items} allPosts={posts} />
      <Pagination current={page.number} total={page.total} />
    </>
  );
}

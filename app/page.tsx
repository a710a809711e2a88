import type { Metadata } from 'next';
import { HomeIntro } from '@/components/HomeIntro';
import { Pagination } from '@/components/Pagination';
import { PostList } from '@/components/PostList';
import { getAllPosts } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { paginate } from '@/lib/taxonomy/pagination';
import { siteConfig } from '@/site.config';

export const metadata: Metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const posts = getAllPosts();
  const page = paginate(posts, 1, siteConfig.postsPerPage)!;

  return (
    <>
      <HomeIntro {...siteConfig.home} />
      {posts.length === 0 ? <p>No posts yet. Add an .mdx file to the posts folder.</p> : null}
      <PostList posts={page.items} allPosts={posts} />
      <Pagination current={1} total={page.total} />
    </>
  );
}

import { PostCard } from '@/components/PostCard';
import { getAllPosts } from '@/lib/content';
import { siteConfig } from '@/site.config';

export default function HomePage() {
  const posts = getAllPosts();

  return (
    <>
      <section className="home-intro">
        <h1>{siteConfig.title}</h1>
        <p>{siteConfig.description}</p>
      </section>
      {posts.length === 0 ? <p>No posts yet. Add an .mdx file to the posts folder.</p> : null}
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} />
      ))}
    </>
  );
}

import { formatLongDate, type Post } from '@/lib/content';
import { postPath } from '@/lib/site/urls';

/** The list of related posts under a post; nothing when no other post shares a tag. */
export function RelatedPosts({ posts }: { posts: Post[] }) {
  if (posts.length === 0) return null;

  return (
    <section className="related-posts" aria-labelledby="related-posts-title">
      <h2 id="related-posts-title">Related posts</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <a href={postPath(post.slug)}>{post.title}</a>{' '}
            <time dateTime={post.date}>{formatLongDate(post.date)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}

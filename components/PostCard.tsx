import Link from 'next/link';
import type { Post } from '@/lib/content';
import { PostMeta } from './PostMeta';

/** A post on a list page: title linking to the post, summary and meta line. */
export function PostCard({ post }: { post: Post }) {
  return (
    <article className="post-card">
      <h2 className="post-card-title">
        <Link href={`/posts/${post.slug}`}>{post.title}</Link>
      </h2>
      {post.summary ? <p className="post-card-summary">{post.summary}</p> : null}
      <PostMeta post={post} />
      {post.draft ? <span className="draft-badge">Draft</span> : null}
    </article>
  );
}

import { postPath } from '@/lib/site/urls';
import type { ReactNode } from 'react';
import type { Post } from '@/lib/content';
import { PostMeta } from './PostMeta';

/** A post on a list page: title linking to the post, summary, meta line, then `children` (its tag chips). */
export function PostCard({ post, children }: { post: Post; children?: ReactNode }) {
  return (
    <article className="post-card">
      <h2 className="post-card-title">
        <a href={postPath(post.slug)}>{post.title}</a>
      </h2>
      {post.summary ? <p className="post-card-summary">{post.summary}</p> : null}
      <PostMeta post={post} />
      {post.draft ? <span className="draft-badge">Draft</span> : null}
      {children}
    </article>
  );
}

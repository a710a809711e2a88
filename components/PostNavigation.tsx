import type { AdjacentPosts } from '@/lib/taxonomy/neighbors';
import { postPath } from '@/lib/site/urls';

/** Links to the next older and next newer post at the end of a post; nothing when there is neither. */
export function PostNavigation({ older, newer }: AdjacentPosts) {
  if (!older && !newer) return null;

  return (
    <nav className="post-navigation" aria-label="More posts">
      {older ? (
        <a className="post-navigation-older" href={postPath(older.slug)} rel="prev">
          <span className="post-navigation-label">Older post</span>
          <span className="post-navigation-title">{older.title}</span>
        </a>
      ) : null}
      {newer ? (
        <a className="post-navigation-newer" href={postPath(newer.slug)} rel="next">
          <span className="post-navigation-label">Newer post</span>
          <span className="post-navigation-title">{newer.title}</span>
        </a>
      ) : null}
    </nav>
  );
}

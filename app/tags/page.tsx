import type { Metadata } from 'next';
import { pluralize } from '@/components/PostMeta';
import { getAllPosts } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { collectTags, tagPath } from '@/lib/taxonomy/tags';

export const metadata: Metadata = pageMetadata({ path: '/tags', title: 'Tags', description: 'Every tag on the blog with its number of posts.' });

export default function TagsPage() {
  const tags = collectTags(getAllPosts());

  return (
    <>
      <h1 className="page-title">Tags</h1>
      {tags.length === 0 ? <p>No post has tags yet.</p> : null}
      <ul className="tag-index">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(tag.name)}>{tag.name}</a>{' '}
            <span className="tag-count">{pluralize(tag.posts.length, 'post', 'posts')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

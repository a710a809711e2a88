import { tagPath, type Tag } from '@/lib/taxonomy/tags';

/** A post's tags as chips, each linking to its tag page. Renders nothing for a post without tags. */
export function TagList({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;

  return (
    <ul className="post-tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.name)}>{tag.name}</a>
        </li>
      ))}
    </ul>
  );
}

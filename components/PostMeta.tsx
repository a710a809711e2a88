import { formatLongDate, type Post } from '@/lib/content';

/** Formats a count with its noun, singular for one: `1 word`, `1,211 words`. */
export function pluralize(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/** The meta line of a post: `December 6, 2025 · 5 min · 878 words · martinuke0`. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <p className="post-meta">
      <time dateTime={post.date}>{formatLongDate(post.date)}</time>
      {` · ${post.readingMinutes} min · ${pluralize(post.words, 'word', 'words')} · ${post.authors.join(', ')}`}
    </p>
  );
}

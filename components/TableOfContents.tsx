import { nestHeadings, type TocEntry } from './toc-tree';
import type { PostHeading } from '@/lib/content';

function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map(({ heading, children }) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`}>{heading.text}</a>
          {children.length > 0 ? <TocList entries={children} /> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * Renders the table of contents of a post, complete in the server HTML. `sidebar` is
 * the sticky column beside the article on wide screens; `inline` is the
 * collapsible block above the article on narrow ones, closed by default. CSS
 * shows one of the two.
 */
export function TableOfContents({ headings, variant }: { headings: PostHeading[]; variant: 'sidebar' | 'inline' }) {
  if (headings.length === 0) return null;
  const list = <TocList entries={nestHeadings(headings)} />;

  if (variant === 'inline') {
    return (
      <nav className="toc toc-inline" aria-label="Table of contents">
        <details>
          <summary>Contents</summary>
          {list}
        </details>
      </nav>
    );
  }

  return (
    <nav className="toc toc-sidebar" aria-label="Table of contents">
      <p className="toc-title">Contents</p>
      {list}
    </nav>
  );
}

import type { PostHeading } from '@/lib/content';

interface TocEntry {
  heading: PostHeading;
  children: TocEntry[];
}

/**
 * Nests headings by level. A heading goes under the nearest earlier heading of
 * a shallower level, so a skipped level (h2 then h4) leaves no empty list.
 */
export function nestHeadings(headings: PostHeading[]): TocEntry[] {
  const roots: TocEntry[] = [];
  const stack: TocEntry[] = [];

  for (const heading of headings) {
    const entry: TocEntry = { heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= heading.level) stack.pop();

    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(entry);
    else roots.push(entry);
    stack.push(entry);
  }

  return roots;
}

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

/** The table of contents of a post, rendered on the server: nested links to the headings between `minLevel` and `maxLevel`. */
export function TableOfContents({ headings, minLevel, maxLevel }: { headings: PostHeading[]; minLevel: number; maxLevel: number }) {
  const shown = headings.filter((heading) => heading.level >= minLevel && heading.level <= maxLevel);
  if (shown.length < 2) return null;

  return (
    <nav className="toc" aria-label="Table of contents">
      <p className="toc-title">Contents</p>
      <TocList entries={nestHeadings(shown)} />
    </nav>
  );
}

import type { PostHeading, TocLevels } from '@/lib/content';

/** One entry of a table of contents with the entries nested under it. */
export interface TocEntry {
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

/** Returns the headings a table of contents lists: those within the levels, or none when fewer than two qualify. */
export function tocHeadings(headings: PostHeading[], levels: TocLevels | false): PostHeading[] {
  if (levels === false) return [];
  const shown = headings.filter((heading) => heading.level >= levels.min && heading.level <= levels.max);
  return shown.length >= 2 ? shown : [];
}

import { describe, expect, test } from 'vitest';
import type { PostHeading } from '@/lib/content';
import { nestHeadings, tocHeadings, type TocEntry } from './toc-tree';

const heading = (level: PostHeading['level'], id: string): PostHeading => ({ level, id, text: id });

function shape(entries: TocEntry[]): unknown[] {
  return entries.map((entry) => (entry.children.length > 0 ? [entry.heading.id, shape(entry.children)] : entry.heading.id));
}

describe('nestHeadings', () => {
  test('h2, h3, h2, h4, h3', () => {
    const headings = [heading(2, 'a'), heading(3, 'a1'), heading(2, 'b'), heading(4, 'b1'), heading(3, 'b2')];
    expect(shape(nestHeadings(headings))).toEqual([['a', ['a1']], ['b', ['b1', 'b2']]]);
  });

  test('skipped level nests under the nearest shallower heading', () => {
    expect(shape(nestHeadings([heading(2, 'a'), heading(4, 'deep'), heading(2, 'b')]))).toEqual([['a', ['deep']], 'b']);
  });

  test('deeper first heading stays at the top level', () => {
    expect(shape(nestHeadings([heading(3, 'x'), heading(2, 'y'), heading(3, 'z')]))).toEqual(['x', ['y', ['z']]]);
  });
});

describe('tocHeadings', () => {
  const headings = [heading(1, 'title'), heading(2, 'a'), heading(3, 'b'), heading(4, 'c'), heading(5, 'd')];

  test('keeps the configured levels', () => {
    expect(tocHeadings(headings, { min: 2, max: 4 }).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(tocHeadings(headings, { min: 2, max: 2 })).toEqual([]);
  });

  test('fewer than two headings give no contents', () => {
    expect(tocHeadings([heading(2, 'only')], { min: 2, max: 4 })).toEqual([]);
  });

  test('false hides the contents', () => {
    expect(tocHeadings(headings, false)).toEqual([]);
  });
});

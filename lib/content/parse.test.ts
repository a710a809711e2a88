import { describe, expect, test } from 'vitest';
import { parsePost, retainTrees } from './parse';

const SOURCE = '---\ntitle: A\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';

describe('retainTrees', () => {
  test('same text and format reuse the tree', () => {
    const release = retainTrees();
    const first = parsePost(SOURCE, 'mdx', 'a.mdx').tree;
    expect(parsePost(SOURCE, 'mdx', 'a.mdx').tree).toBe(first);
    // The same text in the other format is parsed with other syntax, so it is not shared.
    expect(parsePost(SOURCE, 'md', 'a.md').tree).not.toBe(first);

    release();
    const after = parsePost(SOURCE, 'mdx', 'a.mdx').tree;
    expect(after).not.toBe(first);
    expect(after).toEqual(first);
  });

  test('parses are not kept while it is off', () => {
    expect(parsePost(SOURCE, 'mdx', 'a.mdx').tree).not.toBe(parsePost(SOURCE, 'mdx', 'a.mdx').tree);
  });
});

import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { Heading, Root } from 'mdast';
import { createHeadingIds } from './heading-ids.mjs';

function idsOf(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(markdown) as Root;
  const idFor = createHeadingIds();
  return tree.children.filter((node): node is Heading => node.type === 'heading').map((heading) => idFor(heading));
}

describe('heading ids', () => {
  test('GitHub rules, repeats numbered in page order', () => {
    const markdown = [
      '## Hello World',
      '## Setup',
      '## Setup',
      '## Setup',
      '## Setup-1',
      '## `useState` hook',
      '## C++ & Rust',
      '## Überblick',
      '## 你好 世界',
      '## Emoji 🚀 launch',
      '## What is Redis?',
    ].join('\n\n');
    expect(idsOf(markdown)).toEqual([
      'hello-world',
      'setup',
      'setup-1',
      'setup-2',
      'setup-1-1',
      'usestate-hook',
      'c--rust',
      'überblick',
      '你好-世界',
      'emoji--launch',
      'what-is-redis',
    ]);
  });

  test('emphasis, links and JSX count as their text', () => {
    const markdown = '## *Fast* [links](https://x.test)\n\n## With <Badge kind="new">JSX</Badge> {1 + 1} inside\n\n## Heading with {"expr"} inside';
    // `{1 + 1}` is only known when the page runs; a literal shows as its text.
    expect(idsOf(markdown)).toEqual(['fast-links', 'with-jsx--inside', 'heading-with-expr-inside']);
  });

  test('each post starts its own numbering', () => {
    expect(idsOf('## Setup')).toEqual(['setup']);
    expect(idsOf('## Setup')).toEqual(['setup']);
  });
});

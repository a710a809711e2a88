import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { Callout } from '@/components/Callout';
import { headingComponents } from '@/components/HeadingAnchor';
import { CodeBlock } from '@/components/mdx/CodeBlock';
import { Details } from '@/components/mdx/Details';
import { analyzePost } from '../content/analyze';
import { loadPlugins } from './load-plugins';
import { rehypePlugins, remarkPlugins } from './plugins.mjs';
import rehypeImages from './rehype-images.mjs';

// Compiles posts with the plugins next.config.mjs gives @next/mdx, loaded from
// the same absolute paths, and renders them with the real post components.

const components: MDXComponents = { Callout, Details, pre: CodeBlock, ...headingComponents };

async function render(source: string, format: 'mdx' | 'md' = 'mdx'): Promise<string> {
  const file = new VFile({ value: source, path: path.join(os.tmpdir(), `post.${format}`) });
  const { default: Body } = await evaluate(file, {
    ...runtime,
    format,
    remarkPlugins: await loadPlugins(remarkPlugins),
    rehypePlugins: await loadPlugins(rehypePlugins),
  });
  return renderToStaticMarkup(<Body components={components} />);
}

describe('code blocks', () => {
  test('title, highlighted line, language label', async () => {
    const html = await render('```ts title="app.ts" {2}\nconst a = 1;\nconst b = 2;\n```\n');
    expect(html).toContain('<figcaption data-rehype-pretty-code-title="" data-language="ts" data-theme="github-light-default github-dark-default">app.ts</figcaption>');
    expect(html).toContain('<span class="code-language">ts</span>');
    expect(html).toMatch(/<span data-line="" data-highlighted-line="">.*const.*b/);
    expect(html).not.toMatch(/<span data-line="" data-highlighted-line="">.*const.*a /);
    // Both themes' colours are in the HTML; CSS picks one.
    expect(html).toMatch(/--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}/);
    expect(html).toContain('role="status" aria-live="polite"');
  });

  test('lang:filename fences become titles', async () => {
    const html = await render('```js:fancyAlert.js\nalert(1)\n```\n');
    expect(html).toContain('>fancyAlert.js</figcaption>');
    expect(html).toContain('data-language="js"');
  });

  test('inline code can be highlighted', async () => {
    const html = await render('Use `const x = 1{:ts}` here.\n');
    expect(html).toMatch(/<code data-language="ts"[^>]*><span[^>]*><span style="--shiki-light:/);
  });

  test('unknown languages stay plain text', async () => {
    const html = await render('```nosuchlanguage\nplain words\n```\n');
    expect(html).toContain('plain words');
  });
});

describe('math', () => {
  test('KaTeX renders to HTML without scripts', async () => {
    const html = await render('Inline $a^2 + b^2$ and\n\n$$\n\\\\sum_{i=1}^n x_i\n$$\n');
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('<script');
  });
});

describe('plain Markdown posts', () => {
  test('a stray brace and angle bracket are text', async () => {
    expect(await render('A stray { brace and a < sign.\n', 'md')).toBe('<p>A stray { brace and a &lt; sign.</p>');
  });

  test('allowed HTML stays, scripts, frames and handlers go', async () => {
    const html = await render('<kbd>Ctrl</kbd> and <mark>this</mark>\n\n<script>alert(1)</script>\n\n<iframe src="https://example.com"></iframe>\n\n<a href="#x" onclick="steal()">link</a>\n\n<img src="/a.png" alt="A" onerror="steal()">\n', 'md');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<mark>this</mark>');
    expect(html).not.toContain('script');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('iframe');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('onerror');
    expect(html).toContain('<a href="#x">link</a>');
  });

  test('ids in raw HTML are prefixed, heading ids are not', async () => {
    const html = await render('## Setup\n\n<p id="feedback">text</p>\n', 'md');
    expect(html).toContain('<h2 id="setup">');
    expect(html).toContain('<p id="user-content-feedback">text</p>');
  });

  test('a removed form leaves no inputs behind', async () => {
    const html = await render('<form action="/x"><input name="q"><button>Go</button></form>\n\n- [x] done\n', 'md');
    expect(html).not.toContain('name="q"');
    expect(html).not.toContain('<form');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled="" checked=""/> done</li>');
  });

  test('javascript URLs are removed', async () => {
    const html = await render('<a href="javascript:alert(1)">x</a>\n', 'md');
    expect(html).not.toContain('javascript:');
  });
});

describe('GitHub alerts', () => {
  test('render as callouts', async () => {
    const html = await render('> [!WARNING]\n> Back up first.\n');
    expect(html).toBe('<aside class="callout callout-warning" aria-label="Warning">\n<p class="callout-title">Warning</p>\n<p>Back up first.</p>\n</aside>');
  });
});

describe('heading ids', () => {
  test('rendered ids equal the index ids', async () => {
    const source = '---\ntitle: T\ndate: 2025-12-06\n---\n\n## Setup\n\n## Setup\n\n## `useState` hook\n\n## 你好 世界\n\n### A [link](https://x.test) inside\n';
    const html = await render(source);
    const rendered = [...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((match) => match[1]);
    const indexed = analyzePost(source, { file: 'posts/t.mdx', format: 'mdx' }).headings.map((heading) => heading.id);
    expect(rendered).toEqual(indexed);
    expect(rendered).toEqual(['setup', 'setup-1', 'usestate-hook', '你好-世界', 'a-link-inside']);
  });
});

describe('images', () => {
  function imagesOf(markdown: string, dir: string) {
    const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeImages);
    const file = new VFile({ value: markdown, path: path.join(dir, 'post.md') });
    return processor.run(processor.parse(file), file);
  }

  test('an image beside the post becomes a static import', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-images-'));
    fs.writeFileSync(path.join(dir, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>');
    const tree = (await imagesOf('![A diagram](./diagram.svg "The caption")\n', dir)) as unknown as { children: { type: string; tagName?: string; children?: unknown[] }[] };

    expect(tree.children[0].type).toBe('mdxjsEsm');
    const figure = tree.children.find((node) => node.tagName === 'figure') as { children: { type: string; name?: string; children?: { value: string }[] }[] };
    expect(figure.children[0]).toMatchObject({ type: 'mdxJsxTextElement', name: 'FolioImage' });
    expect(figure.children[1].children?.[0].value).toBe('The caption');
  });

  test('a missing local image is left for the checker to report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-images-'));
    const tree = (await imagesOf('![Gone](./missing.png)\n', dir)) as unknown as { children: { type: string }[] };
    expect(tree.children.some((node) => node.type === 'mdxjsEsm')).toBe(false);
  });
});

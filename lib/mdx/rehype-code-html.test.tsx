import { compile, evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { loadPlugins } from './load-plugins';
import { rehypePlugins, remarkPlugins } from './plugins.mjs';

// Folio's plugin list with and without rehype-code-html, loaded from the paths
// next.config.mjs gives @next/mdx.

const isCodeHtml = (spec: string | [string, unknown]) => (Array.isArray(spec) ? spec[0] : spec).endsWith('rehype-code-html.mjs');
const withPlugin = { remarkPlugins: await loadPlugins(remarkPlugins), rehypePlugins: await loadPlugins(rehypePlugins) };
const withoutPlugin = { remarkPlugins: withPlugin.remarkPlugins, rehypePlugins: await loadPlugins(rehypePlugins.filter((spec) => !isCodeHtml(spec))) };

async function render(source: string, plugins: typeof withPlugin): Promise<string> {
  const { default: Body } = await evaluate(source, { ...runtime, ...plugins });
  return renderToStaticMarkup(<Body />);
}

const POST = [
  'Intro with `inline code` and `x => x * 2{:js}` highlighted inline.',
  '',
  '```ts title="app.ts" {2} showLineNumbers',
  'const greeting: string = "<b>hello</b> & goodbye";',
  'export function shout(text: string) { return text.toUpperCase(); }',
  '```',
  '',
  '```',
  'plain text with </code></pre><script>alert(1)</script>',
  '```',
  '',
  '```python /total/',
  'total = sum(n * n for n in range(10))  # squares',
  '```',
].join('\n');

describe('rehype-code-html', () => {
  test('page HTML unchanged byte for byte', async () => {
    const before = await render(POST, withoutPlugin);
    const after = await render(POST, withPlugin);
    expect(after).toBe(before);
    // The comparison means something only if the blocks were highlighted.
    expect(after).toContain('data-highlighted-line=""');
    expect(after).toContain('data-line-numbers=""');
    expect(after).toContain('data-highlighted-chars=""');
  });

  test('code that looks like HTML stays text', async () => {
    const html = await render(POST, withPlugin);
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&lt;b&gt;hello&lt;/b&gt; &amp; goodbye&quot;');
  });

  test('one string per code element', async () => {
    const compiled = String(await compile(POST, withPlugin));
    const tokenCalls = (code: string) => code.match(/"--shiki-light"/g)?.length ?? 0;
    expect(tokenCalls(String(await compile(POST, withoutPlugin)))).toBeGreaterThan(20);
    expect(tokenCalls(compiled)).toBe(0);
    expect(compiled.match(/dangerouslySetInnerHTML/g)?.length).toBe(5);
  });
});

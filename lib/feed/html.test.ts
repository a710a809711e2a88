import { describe, expect, test } from 'vitest';
import { parsePost } from '../content/parse';
import { renderFeedHtml } from './html';

const PAGE = 'https://blog.example.com/posts/trip';

function feedHtml(body: string, format: 'md' | 'mdx'): string {
  const { tree } = parsePost(`---\ntitle: T\ndate: 2025-12-06\n---\n\n${body}`, format, `posts/trip.${format}`);
  return renderFeedHtml(tree!, PAGE);
}

describe('feed HTML', () => {
  test('keeps allowed raw HTML of Markdown posts', () => {
    expect(feedHtml('Press <kbd>Ctrl</kbd> and <mark>see</mark>.\n', 'md')).toBe('<p>Press <kbd>Ctrl</kbd> and <mark>see</mark>.</p>');
  });

  test('drops scripts, handlers and javascript URLs', () => {
    const html = feedHtml('<script>alert(1)</script>\n\n[link](javascript:alert(2)) <a href="#x" onclick="steal()">a</a>\n', 'md');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('onclick');
    expect(html).toContain('<a href="https://blog.example.com/posts/trip#x">a</a>');
  });

  test('javascript URLs in MDX links are dropped too', () => {
    expect(feedHtml('[x](javascript:alert(1))\n', 'mdx')).toBe('<p><a>x</a></p>');
  });

  test('images beside the post become links to it', () => {
    expect(feedHtml('![A map](./map.png)\n', 'md')).toBe('<p><a href="https://blog.example.com/posts/trip">A map (image on the post page)</a></p>');
  });

  test('public images get absolute URLs', () => {
    expect(feedHtml('![A map](/images/map.png)\n', 'md')).toBe('<p><img src="https://blog.example.com/images/map.png" alt="A map"></p>');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { excerptNodes, markQueryWords } from './highlight';

const html = (nodes: ReturnType<typeof excerptNodes>) => renderToStaticMarkup(<>{nodes}</>);

describe('excerptNodes', () => {
  test('keeps marks and escapes the rest', () => {
    expect(html(excerptNodes('a &lt;b&gt; &amp; <mark>word</mark> end'))).toBe('a &lt;b&gt; &amp; <span><mark>word</mark></span> end');
  });

  test('moves punctuation out of the mark', () => {
    expect(html(excerptNodes('called <mark>quokkaflux,</mark> after'))).toBe('called <span><mark>quokkaflux</mark>,</span> after');
    expect(html(excerptNodes('<mark>(redis)</mark>'))).toBe('<span>(<mark>redis</mark>)</span>');
  });
});

describe('markQueryWords', () => {
  test('marks query words case-insensitively', () => {
    expect(renderToStaticMarkup(<>{markQueryWords('Tips & <Tricks>', 'tricks')}</>)).toBe('Tips &amp; &lt;<mark>Tricks</mark>&gt;');
  });

  test('treats regex characters literally', () => {
    expect(renderToStaticMarkup(<>{markQueryWords('Records in C#', 'c# (')}</>)).toBe('Records in <mark>C#</mark>');
  });
});

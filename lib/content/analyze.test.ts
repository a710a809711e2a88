import { describe, expect, test } from 'vitest';
import { analyzePost } from './analyze';
import { readingMinutes } from './measure';
import { formatProblem } from './problems';

const FRONTMATTER = '---\ntitle: "Test"\ndate: 2025-12-06\n---\n\n';

function analyze(body: string, format: 'mdx' | 'md' = 'mdx') {
  const analysis = analyzePost(FRONTMATTER + body, { file: `posts/test.${format}`, format });
  expect(analysis.problems.map(formatProblem)).toEqual([]);
  return analysis;
}

describe('word count', () => {
  test('post that is only a code block', () => {
    // "const", "total", "=", "items.length;" and "return", "total;": reading-time
    // counts every run of non-space characters as a word.
    const analysis = analyze('```ts\nconst total = items.length;\nreturn total;\n```\n');
    expect(analysis.words).toBe(6);
    expect(analysis.summary).toBe('');
  });

  test('blocks are never glued together', () => {
    const body = [
      '## Intro',
      '',
      'First paragraph here.',
      '',
      'Second one.',
      '',
      '- Apple',
      '- Banana',
      '',
      '| Left | Right |',
      '| --- | --- |',
      '| Up | Down |',
      '',
    ].join('\n');
    // Intro (1) + First paragraph here (3) + Second one (2) + Apple, Banana (2) + Left Right Up Down (4).
    expect(analyze(body).words).toBe(12);
  });

  test('CJK counts one word per character', () => {
    expect(analyze('这是一个测试句子，用来计算阅读时间。\n').words).toBe(16);
  });

  test('link text counts and its URL does not', () => {
    expect(analyze('[Redis docs](https://redis.io)\n').words).toBe(2);
  });

  test('bare URLs are not counted', () => {
    expect(analyze('See https://redis.io and www.example.com now.\n').words).toBe(3);
  });

  test('autolinks in Markdown are not counted', () => {
    expect(analyze('See <https://example.com> now.\n', 'md').words).toBe(2);
  });

  test('JSX tag names and attributes are not counted', () => {
    expect(analyze('<Callout type="note">Two words</Callout>\n').words).toBe(2);
  });

  test('import and export lines are not counted', () => {
    const body = "import { Chart } from './chart'\nexport const meta = { a: 1 }\n\nOnly these four words.\n";
    expect(analyze(body).words).toBe(4);
  });

  test('frontmatter is never counted', () => {
    const source = '---\ntitle: "Many words in this title"\ndate: 2025-12-06\ndescription: "A long description with words"\n---\n\nOne two.\n';
    expect(analyzePost(source, { file: 'posts/a.mdx', format: 'mdx' }).words).toBe(2);
  });

  test('script text in a Markdown paragraph is not counted', () => {
    const analysis = analyzePost(`${FRONTMATTER}Before <svg><script>alert('svg')</script></svg> after.\n`, { file: 'posts/test.md', format: 'md' });
    expect(analysis.words).toBe(2);
    expect(analysis.summary).toBe('Before after.');
  });

  test('HTML comments in Markdown are not counted', () => {
    expect(analyze('Visible words here.\n\n<!-- a hidden note of many words -->\n', 'md').words).toBe(3);
  });

  test('expressions and comments in MDX are not counted', () => {
    expect(analyze('Visible text.\n\n{/* a comment that nobody sees */}\n').words).toBe(2);
  });

  test('images are not counted', () => {
    expect(analyze('![A diagram of the cluster](./cluster.png)\n\nCaption here.\n').words).toBe(2);
  });

  test('strong, emphasis and inline code count as their text', () => {
    expect(analyze('Use **bold** and _emphasis_ with `code` inline.\n').words).toBe(7);
  });
});

describe('reading time', () => {
  test('878 words at 200 per minute is 5 minutes', () => {
    expect(readingMinutes(878, 200)).toBe(5);
  });

  test('rounds up and is at least one minute', () => {
    expect(readingMinutes(0, 200)).toBe(1);
    expect(readingMinutes(200, 200)).toBe(1);
    expect(readingMinutes(201, 200)).toBe(2);
  });

  test('rejects a non-positive speed', () => {
    expect(() => readingMinutes(10, 0)).toThrow(
      'invalid wordsPerMinute in site.config.ts: 0; expected a positive number such as 200',
    );
  });
});

describe('summary', () => {
  test('entities show as characters', () => {
    expect(analyze('Salt &amp; pepper.\n').summary).toBe('Salt & pepper.');
  });

  test('joins prose paragraphs and skips headings, code, lists and tables', () => {
    const body = '## Heading\n\nFirst.\n\n```js\ncode()\n```\n\n- item\n\n| a |\n| - |\n| b |\n\nSecond *part*.\n';
    expect(analyze(body).summary).toBe('First. Second part.');
  });

  test('no Markdown syntax or footnote marks leak', () => {
    const body = 'A [link](https://x.test) and `code` with a note[^1].\n\n[^1]: The note.\n';
    expect(analyze(body).summary).toBe('A link and code with a note.');
  });

  test('JSX blocks are left out', () => {
    expect(analyze('<Callout>Aside text.</Callout>\n\nMain text.\n').summary).toBe('Main text.');
  });

  test('text before the more marker', () => {
    const body = 'Before the marker.\n\nStill before.\n\n{/* more */}\n\nAfter it.\n';
    expect(analyze(body).summary).toBe('Before the marker. Still before.');
  });

  test('frontmatter summary wins over description and body', () => {
    const source = '---\ntitle: T\ndate: 2025-12-06\nsummary: "From summary"\ndescription: "From description"\n---\n\nBody.\n';
    expect(analyzePost(source, { file: 'posts/a.mdx', format: 'mdx' }).summary).toBe('From summary');
  });

  test('description serves when summary is absent', () => {
    const source = '---\ntitle: T\ndate: 2025-12-06\ndescription: "From description"\n---\n\nBody.\n';
    expect(analyzePost(source, { file: 'posts/a.mdx', format: 'mdx' }).summary).toBe('From description');
  });

  test('cut at 70 words with an ellipsis', () => {
    const words = Array.from({ length: 75 }, (_, i) => `w${i + 1}`);
    const expected = `${words.slice(0, 70).join(' ')}…`;
    expect(analyze(`${words.join(' ')}\n`).summary).toBe(expected);
  });

  test('exactly 70 words gets no ellipsis', () => {
    const words = Array.from({ length: 70 }, (_, i) => `w${i + 1}`).join(' ');
    expect(analyze(`${words}\n`).summary).toBe(words);
  });

  test('trailing comma is dropped before the ellipsis', () => {
    const words = Array.from({ length: 69 }, (_, i) => `w${i + 1}`).join(' ');
    expect(analyze(`${words} last, and more\n`).summary).toBe(`${words} last…`);
  });

  test('CJK characters count as words when cutting', () => {
    const text = '字'.repeat(80);
    expect(analyze(`${text}\n`).summary).toBe(`${'字'.repeat(70)}…`);
  });
});

describe('headings', () => {
  test('body h1 is listed as h2, as the page renders it', () => {
    expect(analyze('# Introduction\n\n## Details\n').headings.map((heading) => heading.level)).toEqual([2, 2]);
  });

  test('level, text without Markdown, and id', () => {
    const body = '## Hello `code` and *em*\n\n### A [link](https://x.test) inside\n\n## <Badge>JSX</Badge> heading\n';
    expect(analyze(body).headings).toEqual([
      { level: 2, text: 'Hello code and em', id: 'hello-code-and-em' },
      { level: 3, text: 'A link inside', id: 'a-link-inside' },
      { level: 2, text: 'JSX heading', id: 'jsx-heading' },
    ]);
  });
});

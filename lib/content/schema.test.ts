import { describe, expect, test } from 'vitest';
import { analyzePost } from './analyze';
import { formatProblem } from './problems';
import { editDistance, misspeltFieldName } from './schema';

function problemsOf(source: string, file = 'posts/broken.mdx'): string[] {
  const format = file.endsWith('.mdx') ? 'mdx' : 'md';
  return analyzePost(source, { file, format }).problems.map(formatProblem);
}

describe('frontmatter errors', () => {
  test('missing title', () => {
    expect(problemsOf('---\ndate: 2025-12-06\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:1:1  missing frontmatter field "title"; expected a line such as `title: "My post"` in the frontmatter',
    ]);
  });

  test('month 13 and day 45', () => {
    expect(problemsOf('---\ntitle: "Dates"\ndate: 2025-13-45\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:3:7  invalid frontmatter field "date": "2025-13-45" is not a calendar date; expected a calendar date such as 2025-12-06 (YYYY-MM-DD, optionally with a time and offset)',
    ]);
  });

  test('tags as a string in an MDX post', () => {
    expect(problemsOf('---\ntitle: "Tags"\ndate: 2025-12-06\ntags: redis\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:4:7  invalid frontmatter field "tags": "redis" is a string, not a list; expected a list of non-empty strings, such as [redis, databases]',
    ]);
  });

  test('tags without letters or digits', () => {
    expect(problemsOf('---\ntitle: "Tags"\ndate: 2025-12-06\ntags: [redis, ".."]\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:4:7  invalid frontmatter field "tags": ["redis",".."] has the tag "..", which has no letters or digits; expected tags that contain a letter or digit, such as [redis, databases]',
    ]);
  });

  test('misspelt field names the known one', () => {
    expect(problemsOf('---\ntitel: "Typo"\ndate: 2025-12-06\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:2:1  unknown frontmatter field "titel"; expected "title" (check the spelling)',
      'posts/broken.mdx:1:1  missing frontmatter field "title"; expected a line such as `title: "My post"` in the frontmatter',
    ]);
  });

  test('missing date', () => {
    expect(problemsOf('---\ntitle: "No date"\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:1:1  missing frontmatter field "date"; expected a line such as `date: 2025-12-06` in the frontmatter',
    ]);
  });

  test('draft must be a boolean', () => {
    expect(problemsOf('---\ntitle: "Draft"\ndate: 2025-12-06\ndraft: "yes"\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:4:8  invalid frontmatter field "draft": "yes"; expected true or false, unquoted',
    ]);
  });

  test('empty title', () => {
    expect(problemsOf('---\ntitle: ""\ndate: 2025-12-06\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:2:8  invalid frontmatter field "title": ""; expected a non-empty string',
    ]);
  });

  test('unclosed quote names the line that opened it', () => {
    expect(problemsOf('---\ntitle: "Open\ndate: 2025-12-06\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:2:8  frontmatter is not valid YAML: Missing closing "quote; expected the value to end with the quote it starts with',
    ]);
  });

  test('unclosed frontmatter block', () => {
    expect(problemsOf('---\ntitle: "T"\ndate: 2025-12-06\n\nBody.\n')).toEqual([
      'posts/broken.mdx:1:1  frontmatter block is not closed; expected a line with only `---` after the last field',
    ]);
  });

  test('MDX syntax error names line and column', () => {
    // The brace opened at 6:9 is still open at the end of the file, 6:17.
    expect(problemsOf('---\ntitle: "T"\ndate: 2025-12-06\n---\n\nA stray { brace.\n')).toEqual([
      'posts/broken.mdx:6:17  invalid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`; expected valid MDX; write a literal `<` as `&lt;` and a literal `{` as `\\{`, or use a .md file for plain Markdown',
    ]);
  });

  test('a stray brace is text in a Markdown post', () => {
    expect(problemsOf('---\ntitle: "T"\ndate: 2025-12-06\n---\n\nA stray { brace < here.\n', 'posts/fine.md')).toEqual([]);
  });
});

describe('unknown fields', () => {
  test('other unknown fields are warnings', () => {
    expect(problemsOf('---\ntitle: "T"\ndate: 2025-12-06\nweight: 3\nhero: x.png\n---\n\nBody.\n')).toEqual([
      'posts/broken.mdx:4:1  warning: unknown frontmatter field "weight" is ignored',
      'posts/broken.mdx:5:1  warning: unknown frontmatter field "hero" is ignored',
    ]);
  });

  test('known foreign fields are never misspellings', () => {
    expect(misspeltFieldName('math')).toBe(null);
    expect(misspeltFieldName('FAtags')).toBe(null);
  });

  test('misspellings within reach of a known name', () => {
    expect(misspeltFieldName('titel')).toBe('title');
    expect(misspeltFieldName('tgas')).toBe('tags');
    expect(misspeltFieldName('descripton')).toBe('description');
    expect(misspeltFieldName('Title')).toBe('title');
    expect(misspeltFieldName('tag')).toBe('tags');
  });

  test('edit distance counts a swap as one edit', () => {
    expect(editDistance('tgas', 'tags')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('toc field', () => {
  const withToc = (value: string) => `---\ntitle: T\ndate: 2025-12-06\ntoc: ${value}\n---\n\nBody.\n`;

  test('booleans and level ranges', () => {
    expect(analyzePost(withToc('false'), { file: 'posts/a.mdx', format: 'mdx' }).frontmatter?.toc).toBe(false);
    expect(analyzePost(withToc('{ min: 2, max: 3 }'), { file: 'posts/a.mdx', format: 'mdx' }).frontmatter?.toc).toEqual({ min: 2, max: 3 });
  });

  test('invalid level ranges', () => {
    const expected = 'expected true, false, or heading levels such as { min: 2, max: 3 } (1 to 6, min not above max)';
    expect(problemsOf(withToc('{ min: 4, max: 2 }'))).toEqual([`posts/broken.mdx:4:6  invalid frontmatter field "toc": {"min":4,"max":2}; ${expected}`]);
    expect(problemsOf(withToc('{ min: 2, max: 9 }'))).toEqual([`posts/broken.mdx:4:6  invalid frontmatter field "toc": {"min":2,"max":9}; ${expected}`]);
    expect(problemsOf(withToc('"yes"'))).toEqual([`posts/broken.mdx:4:6  invalid frontmatter field "toc": "yes"; ${expected}`]);
  });
});

describe('accepted fields', () => {
  test('aliases fold into canonical fields', () => {
    const source = '---\ntitle: T\npubDate: "Jun 19 2024"\nlastmod: 2024-08-16\nauthors: [Ada, Grace]\nShowToc: false\n---\n\nBody.\n';
    const analysis = analyzePost(source, { file: 'posts/a.md', format: 'md' });
    expect(analysis.problems).toEqual([]);
    expect(analysis.frontmatter).toEqual({
      title: 'T',
      date: '2024-06-19',
      updated: '2024-08-16',
      summary: undefined,
      description: undefined,
      tags: [],
      authors: ['Ada', 'Grace'],
      draft: false,
      toc: false,
      aliases: [],
    });
  });

  test('a single tag string is a list in an imported Markdown post', () => {
    const source = '---\ntitle: T\ndate: 2025-12-06\ntags: redis\n---\n\nBody.\n';
    expect(analyzePost(source, { file: 'posts/a.md', format: 'md' }).frontmatter?.tags).toEqual(['redis']);
  });
});

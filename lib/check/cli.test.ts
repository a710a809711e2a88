import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.trim().split('\n'), stderr: result.stderr.trim() };
}

// Every line `npm run check` prints for e2e/fixtures/broken, one case per file.
const BROKEN = [
  'e2e/fixtures/broken/astro.mdx:6:1  import of "../components/Card.astro" is not supported; expected a .js, .jsx, .ts, .tsx, .mdx, .json or image file; components written for other frameworks (.astro, .vue, .svelte) cannot render here',
  'e2e/fixtures/broken/frontmatter.mdx:1:1  missing frontmatter field "title"; expected a line such as `title: "My post"` in the frontmatter',
  'e2e/fixtures/broken/frontmatter.mdx:2:1  unknown frontmatter field "titel"; expected "title" (check the spelling)',
  'e2e/fixtures/broken/frontmatter.mdx:3:7  invalid frontmatter field "date": "2025-13-45" is not a calendar date; expected a calendar date such as 2025-12-06 (YYYY-MM-DD, optionally with a time and offset)',
  'e2e/fixtures/broken/frontmatter.mdx:4:7  invalid frontmatter field "tags": "redis" is a string, not a list; expected a list of non-empty strings, such as [redis, databases]',
  'e2e/fixtures/broken/good.mdx:1:1  duplicate slug "good": e2e/fixtures/broken/good.md and e2e/fixtures/broken/good.mdx both give it; expected one file per slug; rename or remove one of them',
  'e2e/fixtures/broken/links.mdx:10:1  link to a post that does not exist: "/posts/nowhere"; expected a link to an existing post, /posts/<slug> where <slug> is its file name',
  'e2e/fixtures/broken/links.mdx:10:36  link to a heading that does not exist: "/posts/good#teardown"; expected one of the target\'s heading ids, such as #setup',
  'e2e/fixtures/broken/links.mdx:10:80  link to a heading that does not exist: "#nope"; expected one of the target\'s heading ids, such as #details',
  'e2e/fixtures/broken/links.mdx:12:1  image has no alt text: "./trip/diagram.svg"; expected a description of the image, as in ![A diagram of the cluster](./cluster.png)',
  'e2e/fixtures/broken/links.mdx:14:1  image not found: "./missing.png"; expected a file at e2e/fixtures/broken/missing.png (a relative path is read from the post\'s folder)',
  'e2e/fixtures/broken/links.mdx:16:1  unknown component <Chart>; expected one of <Callout>, <Details>, <Figure>, or a component the post imports',
  'e2e/fixtures/broken/syntax.mdx:6:17  invalid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`; expected valid MDX; write a literal `<` as `&lt;` and a literal `{` as `\\{`, or use a .md file for plain Markdown',
  'e2e/fixtures/broken/links.mdx:4:1  warning: unknown frontmatter field "weight" is ignored (also in 1 more file)',
  'e2e/fixtures/broken/links.mdx:5:1  warning: unknown frontmatter field "layout" is ignored',
  'e2e/fixtures/broken/trip/index.md:9:1  warning: heading level skips from h2 to h4; expected an h3 here, or a heading of level 3 before it',
  'e2e/fixtures/broken/trip/index.md:11:1  warning: Hugo shortcode "{{< figure src=\\"boat.jpg\\" >}}" is shown as text; expected Markdown or an MDX component in its place',
  'e2e/fixtures/broken/trip/index.md:13:1  warning: Liquid tag "{% include footer.html %}" is shown as text; expected Markdown or an MDX component in its place',
  'e2e/fixtures/broken/trip/index.md:17:1  warning: HTML element <script> is removed; expected allowed HTML only (no script, style, iframe, form or embed); use a link or an MDX component instead',
  'e2e/fixtures/broken/trip/index.md:19:1  warning: HTML element <iframe> is removed; expected allowed HTML only (no script, style, iframe, form or embed); use a link or an MDX component instead',
  'e2e/fixtures/broken/trip/index.md:21:1  warning: HTML attribute "onclick" on <a> is removed; expected no event handlers, inline styles or script URLs in posts',
];

describe('npm run check', () => {
  test('broken fixture gives exact lines', () => {
    const result = run('check.ts', [], { FOLIO_POSTS_DIR: 'e2e/fixtures/broken' });
    expect(result.stdout.slice(0, -1)).toEqual(BROKEN);
    expect(result.stdout.at(-1)).toMatch(/^13 errors, 8 warnings in 7 posts \(checked in \d+ ms\)$/);
    expect(result.status).toBe(1);
  });

  test('sample posts pass', () => {
    const result = run('check.ts', [], { FOLIO_POSTS_DIR: 'posts' });
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^0 errors, 0 warnings in 5 posts \(checked in \d+ ms\)$/);
    expect(result.status).toBe(0);
  });

  test('missing folder is an error', () => {
    const result = run('check.ts', [], { FOLIO_POSTS_DIR: '/nonexistent/folio' });
    expect(result.stderr).toBe('posts folder not found: /nonexistent/folio; create it or set FOLIO_POSTS_DIR to a folder of .md/.mdx posts');
    expect(result.status).toBe(1);
  });
});

describe('npm run new', () => {
  test('creates a draft and refuses to overwrite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-new-'));
    const env = { FOLIO_POSTS_DIR: dir, FOLIO_TODAY: '2026-01-15' };

    const created = run('new-post.ts', ['My Post Title'], env);
    expect(created.status).toBe(0);
    expect(created.stdout).toEqual([path.join(dir, 'my-post-title.mdx')]);
    expect(fs.readFileSync(path.join(dir, 'my-post-title.mdx'), 'utf8')).toBe(
      [
        '---',
        'title: "My Post Title"',
        'date: 2026-01-15',
        '# description: "One sentence for search engines and for the card when there is no summary."',
        'tags: []',
        'draft: true',
        '---',
        '',
        'Write the first paragraph here. It becomes the summary on the home page.',
        '',
        '## A first section',
        '',
      ].join('\n'),
    );

    const checked = run('check.ts', [], env);
    expect(checked.stdout.at(-1)).toMatch(/^0 errors, 0 warnings in 1 post /);

    fs.writeFileSync(path.join(dir, 'my-post-title.mdx'), 'kept');
    const again = run('new-post.ts', ['My Post Title'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`post already exists: ${path.join(dir, 'my-post-title.mdx')} has the slug "my-post-title"; choose another title or edit that file`);
    expect(fs.readFileSync(path.join(dir, 'my-post-title.mdx'), 'utf8')).toBe('kept');

  });

  test('title without letters is rejected', () => {
    const result = run('new-post.ts', ['!!!'], { FOLIO_POSTS_DIR: os.tmpdir() });
    expect(result.stderr).toBe('invalid title "!!!": it has no letters or digits to make a file name from');
    expect(result.status).toBe(1);
  });
});

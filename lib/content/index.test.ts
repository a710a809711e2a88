import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { getAllPosts, today } from './index';
import { ContentError } from './problems';

function postsFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-posts-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  vi.stubEnv('FOLIO_POSTS_DIR', dir);
  return dir;
}

const post = (title: string, date: string, extra = '') => `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\nBody text.\n`;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getAllPosts', () => {
  test('newest first, same day by title', () => {
    postsFolder({
      'b.mdx': post('Banana', '2025-12-05'),
      'a.mdx': post('Cherry', '2025-12-06'),
      'c.mdx': post('apple', '2025-12-06'),
      'd.mdx': post('Older', '2024-01-01'),
    });
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['apple', 'Cherry', 'Banana', 'Older']);
  });

  test('slug is the file name, or the folder of an index file', () => {
    postsFolder({
      'first-post.mdx': post('First', '2025-12-06'),
      'my-trip/index.md': post('Trip', '2025-12-05'),
      '.hidden.mdx': post('Hidden', '2025-12-04'),
      'notes.txt': 'not a post',
    });
    expect(getAllPosts().map((entry) => [entry.slug, entry.source])).toEqual([
      ['first-post', 'first-post.mdx'],
      ['my-trip', 'my-trip/index.md'],
    ]);
  });

  test('site author applies when the post names none', () => {
    postsFolder({ 'a.mdx': post('A', '2025-12-06'), 'b.mdx': post('B', '2025-12-05', 'author: Grace\n') });
    expect(getAllPosts().map((entry) => entry.authors)).toEqual([['martinuke0'], ['Grace']]);
  });

  test('two files with one slug are an error naming both', () => {
    const dir = postsFolder({ 'redis.mdx': post('One', '2025-12-06'), 'redis.md': post('Two', '2025-12-06') });
    // Files outside the project are named by their absolute path.
    const display = (name: string) => path.join(dir, name);
    expect(() => getAllPosts()).toThrow(ContentError);
    expect(() => getAllPosts()).toThrow(
      `1 error in posts:\n${display('redis.mdx')}:1:1  duplicate slug "redis": ${display('redis.md')} and ${display('redis.mdx')} both give it; expected one file per slug; rename or remove one of them`,
    );
  });

  test('every broken post is in one error', () => {
    postsFolder({ 'a.mdx': '---\ndate: 2025-12-06\n---\n\nA.\n', 'b.mdx': post('B', '2025-02-30') });
    let caught: unknown;
    try {
      getAllPosts();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    expect((caught as ContentError).problems.map((problem) => [path.basename(problem.file), problem.line])).toEqual([
      ['a.mdx', 1],
      ['b.mdx', 3],
    ]);
  });

  test('drafts are left out of production builds only', () => {
    postsFolder({ 'a.mdx': post('Published', '2025-12-06'), 'b.mdx': post('Draft', '2025-12-05', 'draft: true\n') });
    vi.stubEnv('NODE_ENV', 'development');
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Published', 'Draft']);
    vi.stubEnv('NODE_ENV', 'production');
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Published']);
  });

  test('production reads the folder once', () => {
    const dir = postsFolder({ 'a.mdx': post('First', '2025-12-06') });
    vi.stubEnv('NODE_ENV', 'production');
    const first = getAllPosts();
    fs.writeFileSync(path.join(dir, 'b.mdx'), post('Added later', '2025-12-07'));

    expect(getAllPosts().map((entry) => entry.title)).toEqual(['First']);
    expect(getAllPosts()).not.toBe(first);
  });

  test('development re-reads the folder', () => {
    const dir = postsFolder({ 'a.mdx': post('First', '2025-12-06') });
    vi.stubEnv('NODE_ENV', 'development');
    getAllPosts();
    fs.writeFileSync(path.join(dir, 'b.mdx'), post('Added later', '2025-12-07'));

    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Added later', 'First']);
  });

  test('development reads a same-size edit', () => {
    const dir = postsFolder({ 'a.mdx': post('Alpha', '2025-12-06'), 'b.mdx': post('Other', '2025-12-05') });
    vi.stubEnv('NODE_ENV', 'development');
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Alpha', 'Other']);

    // Same length, a moment later. Where file times are coarser than the gap
    // between the two writes, only the rule that reads recent files again catches it.
    fs.writeFileSync(path.join(dir, 'a.mdx'), post('Omega', '2025-12-06'));
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Omega', 'Other']);
  });

  test('development reads again only the files that changed', () => {
    const dir = postsFolder({ 'a.mdx': post('Alpha', '2025-12-06'), 'b.mdx': post('Beta', '2025-12-05'), 'c.mdx': post('Gamma', '2025-12-04') });
    vi.stubEnv('NODE_ENV', 'development');
    // Files last changed well before they are read are trusted by their times,
    // so wait out the 100 ms in which a new file is read again regardless.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
    getAllPosts();

    const read = vi.spyOn(fs, 'readFileSync');
    try {
      fs.writeFileSync(path.join(dir, 'b.mdx'), post('Beta 2', '2025-12-05'));
      expect(getAllPosts().map((entry) => entry.title)).toEqual(['Alpha', 'Beta 2', 'Gamma']);
      const postReads = read.mock.calls.map(([file]) => String(file)).filter((file) => file.startsWith(dir));
      expect(postReads).toEqual([path.join(dir, 'b.mdx')]);
    } finally {
      read.mockRestore();
    }
  });

  test('table of contents levels come from the site or the post', () => {
    postsFolder({
      'a.mdx': post('A', '2025-12-06'),
      'b.mdx': post('B', '2025-12-05', 'toc: false\n'),
      'c.mdx': post('C', '2025-12-04', 'toc: { min: 2, max: 2 }\n'),
      'd.mdx': post('D', '2025-12-03', 'ShowToc: true\n'),
    });
    expect(getAllPosts().map((entry) => entry.toc)).toEqual([{ min: 2, max: 4 }, false, { min: 2, max: 2 }, { min: 2, max: 4 }]);
  });

  test('future posts wait for their day in production', () => {
    postsFolder({ 'a.mdx': post('Today', '2026-01-15'), 'b.mdx': post('Tomorrow', '2026-01-16') });
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('FOLIO_TODAY', '2026-01-15');
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Today']);
    vi.stubEnv('FOLIO_TODAY', '2026-01-16');
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Tomorrow', 'Today']);
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('FOLIO_TODAY', '2026-01-15');
    expect(getAllPosts().map((entry) => entry.title)).toEqual(['Tomorrow', 'Today']);
  });

  test('today is the day in the site time zone', () => {
    vi.stubEnv('FOLIO_TODAY', '');
    const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(today()).toBe(expected);
  });

  test('a missing posts folder names the variable', () => {
    vi.stubEnv('FOLIO_POSTS_DIR', '/nonexistent/folio-posts');
    expect(() => getAllPosts()).toThrow(
      'posts folder not found: /nonexistent/folio-posts; create it or set FOLIO_POSTS_DIR to a folder of .md/.mdx posts',
    );
  });
});

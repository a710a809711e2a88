import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CORPUS_COPY, PUBLISHED, REFUSED } from '../../e2e/corpus/expected';
import { loadPosts } from '../content';
import { formatProblem } from '../content/problems';
import { checkPosts } from './index';

// Reads the copy that `npm run prepare-corpus` makes of the real-blog corpus.
beforeAll(() => {
  if (!fs.existsSync(CORPUS_COPY)) throw new Error(`${CORPUS_COPY} not found; run \`npm run prepare-corpus\` first`);
  vi.stubEnv('FOLIO_POSTS_DIR', CORPUS_COPY);
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('real-blog corpus', () => {
  test('table covers every file', () => {
    const sources = loadPosts().files.map((file) => file.source).sort();
    expect(sources).toEqual([...PUBLISHED, ...REFUSED].map((entry) => entry.source).sort());
  });

  test('accepted posts have the expected slug, title, date and words', () => {
    const bySource = new Map(loadPosts().files.map((file) => [file.source, file]));
    for (const expected of PUBLISHED) {
      const post = bySource.get(expected.source)?.post;
      expect(post, expected.source).toBeTruthy();
      expect(
        { slug: post!.slug, title: post!.title, date: post!.date, words: post!.words, draft: post!.draft },
        expected.source,
      ).toEqual({ slug: expected.slug, title: expected.title, date: expected.date, words: expected.words, draft: expected.draft ?? false });
    }
  });

  test('checker errors are exactly the refusals', () => {
    const errors = checkPosts().errors.map(formatProblem).sort();
    expect(errors).toEqual(REFUSED.flatMap((entry) => entry.errors).sort());
  });
});

import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Runs `npm run lighthouse` against the sample server. Performance depends on
// the machine's load while the other specs run, so only the scores that do
// not (Accessibility, Best Practices, SEO) and layout shift are checked here.
test('Lighthouse scores 100 for accessibility, practices, SEO', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/lighthouse.ts', '--base-url', baseURL!, '--json'], { maxBuffer: 10_000_000 }).catch((error) => error);
  const report = JSON.parse(stdout) as { results: { name: string; scores: Record<string, number>; cls: number }[]; problems: string[] };

  expect(report.results.map((result) => result.name)).toEqual(['index', 'post']);
  for (const { name, scores, cls } of report.results) {
    expect(scores.accessibility, name).toBe(100);
    expect(scores['best-practices'], name).toBe(100);
    expect(scores.seo, name).toBe(100);
    expect(cls, name).toBe(0);
  }
  expect(report.problems).toEqual([]);
});

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatLongDate, parseCalendarDate } from './dates';

describe('parseCalendarDate', () => {
  test('plain calendar dates', () => {
    expect(parseCalendarDate('2025-12-06')).toBe('2025-12-06');
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
  });

  test('time and offset keep the day the writer wrote', () => {
    expect(parseCalendarDate('2019-08-20 10:00:00 -0500')).toBe('2019-08-20');
    expect(parseCalendarDate('2017-08-30T01:37:56+08:00')).toBe('2017-08-30');
    expect(parseCalendarDate('2021-08-07T15:32:14Z')).toBe('2021-08-07');
  });

  test('month names as Astro writes them', () => {
    expect(parseCalendarDate('Jun 19 2024')).toBe('2024-06-19');
    expect(parseCalendarDate('June 1, 2024')).toBe('2024-06-01');
  });

  test('impossible dates are rejected', () => {
    expect(parseCalendarDate('2025-13-45')).toBe(null);
    expect(parseCalendarDate('2025-02-29')).toBe(null);
    expect(parseCalendarDate('2025-12-06T25:00:00')).toBe(null);
    expect(parseCalendarDate('yesterday')).toBe(null);
    expect(parseCalendarDate('Jux 19 2024')).toBe(null);
  });
});

describe('formatLongDate', () => {
  test('long English form', () => {
    expect(formatLongDate('2025-12-06')).toBe('December 6, 2025');
    expect(formatLongDate('2024-01-31')).toBe('January 31, 2024');
  });

  // The two zones furthest apart: UTC-8 (UTC-7 in summer) and UTC+14.
  test.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('same day when the build runs in %s', (zone) => {
    const script = [
      "import { analyzePost } from './lib/content/analyze.ts';",
      "import { formatLongDate } from './lib/content/dates.ts';",
      "const post = analyzePost('---\\ntitle: T\\ndate: 2025-12-06\\n---\\n\\nBody.\\n', { file: 'posts/a.mdx', format: 'mdx' });",
      "console.log(JSON.stringify([formatLongDate(post.frontmatter.date), new Date(2025, 11, 6).getTimezoneOffset()]));",
    ].join('\n');
    const root = path.resolve(import.meta.dirname, '../..');
    const output = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['--eval', script], {
      cwd: root,
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    const [shown, offset] = JSON.parse(output) as [string, number];
    expect(shown).toBe('December 6, 2025');
    // The zone really applied: Los Angeles is 8 hours behind UTC in December, Kiritimati 14 ahead.
    expect(offset).toBe(zone === 'Pacific/Kiritimati' ? -840 : 480);
  });
});

import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeCached, cacheFileFor, settleContentCache } from './cache';

describe('content cache on disk', () => {
  test('fresh analysis on disk after settling', async () => {
    // A text no other test or run writes, so its cache file cannot exist yet.
    const text = `---\ntitle: Cache ${process.pid} ${Date.now()}\ndate: 2025-12-06\n---\n\nOne two three.\n`;
    const file = cacheFileFor(text, 'posts/cache.mdx', 'mdx', 'cache.mdx');
    expect(fs.existsSync(file)).toBe(false);

    const { analysis, fresh } = analyzeCached(text, 'posts/cache.mdx', 'mdx', 'cache.mdx');
    await settleContentCache();

    expect(fresh).toBe(true);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(analysis);
    fs.rmSync(file);
  });

  test('settling with nothing pending resolves at once', async () => {
    await expect(settleContentCache()).resolves.toBeUndefined();
  });
});

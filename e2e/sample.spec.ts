import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The sample posts in posts/: their figures change as the posts are edited,
// so this checks the form of every card and that every page renders.
const META_LINE = /^(January|February|March|April|May|June|July|August|September|October|November|December) ([1-9]|[12]\d|3[01]), \d{4} · [1-9]\d* min · (1 word|(\d{1,3}(,\d{3})*) words) · \S.*$/;

test('every card has a well-formed meta line and opens its post', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('article.post-card');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(5);

  const links: { href: string; title: string; meta: string }[] = [];
  for (let index = 0; index < count; index++) {
    const card = cards.nth(index);
    const meta = (await card.locator('.post-meta').textContent()) ?? '';
    expect(meta).toMatch(META_LINE);
    expect((await card.locator('.post-card-summary').textContent())?.trim().length).toBeGreaterThan(0);
    links.push({
      href: (await card.locator('h2 a').getAttribute('href')) ?? '',
      title: (await card.locator('h2').textContent()) ?? '',
      meta,
    });
  }

  for (const link of links) {
    const response = await page.goto(link.href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(link.title);
    await expect(page.locator('article.post .post-meta')).toHaveText(link.meta);
    await expect(page.locator('.post-body h2').first()).toBeVisible();

    const targets = await page
      .getByRole('navigation', { name: 'Table of contents' })
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const target of targets) {
      await expect(page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`)).toHaveCount(1);
    }
  }
});

test('copy button copies a code block and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/posts/linked-hash-map-in-python');
  const block = page.locator('.code-block').first();
  // The clipboard must contain the fenced code exactly as the post's author wrote it, blank lines included.
  const source = fs.readFileSync(path.join('posts', 'linked-hash-map-in-python.mdx'), 'utf8');
  const written = /```python\n([\s\S]*?)\n```/.exec(source)?.[1];
  expect(written).toContain('OrderedDict\n\n\ndef ');

  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied');
  await expect(block.getByRole('button')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(written);
});

test('code is highlighted without highlighting scripts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/posts/redis-beyond-caching');
  await expect(page.locator('pre[data-language] span[style*="--shiki-light"]').first()).toBeVisible();
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    expect(body, url).not.toContain('shiki');
  }
});

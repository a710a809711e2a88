import { expect, test } from '@playwright/test';
import { formatLongDate } from '../lib/content/dates';
import { PUBLISHED, REFUSED } from './corpus/expected';

// The production build of the corpus posts the checker accepts (.corpus/published).

test('index lists every published corpus post', async ({ page }) => {
  const published = PUBLISHED.filter((entry) => !entry.draft);
  const titles: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const response = await page.goto(pageNumber === 1 ? '/' : `/page/${pageNumber}`);
    if (response?.status() === 404) break;
    titles.push(...(await page.locator('article.post-card h2').allTextContents()));
  }
  expect(titles.sort()).toEqual(published.map((entry) => entry.title).sort());
});

for (const entry of PUBLISHED) {
  test(`${entry.slug} ${entry.draft ? 'is left out as a draft' : 'renders'}`, async ({ page }) => {
    const response = await page.goto(`/posts/${encodeURIComponent(entry.slug)}`);
    if (entry.draft) {
      expect(response?.status()).toBe(404);
      return;
    }
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toHaveText(entry.title);
    const words = `${entry.words.toLocaleString('en-US')} ${entry.words === 1 ? 'word' : 'words'}`;
    await expect(page.locator('article.post .post-meta').first()).toContainText(`${formatLongDate(entry.date)} · `);
    await expect(page.locator('article.post .post-meta').first()).toContainText(` · ${words} · `);
    // Raw HTML that the allow-list drops never reaches the page.
    await expect(page.locator('.post-body script, .post-body style, .post-body iframe')).toHaveCount(0);
  });
}

test('refused posts are not built', async ({ page }) => {
  for (const entry of REFUSED) {
    const slug = entry.source.split('/').pop()!.replace(/\.(md|mdx)$/, '').replace(/^index$/, entry.source.split('/').slice(-2)[0]);
    const response = await page.goto(`/posts/${encodeURIComponent(slug)}`);
    expect(response?.status(), slug).toBe(404);
  }
});

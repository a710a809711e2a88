import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

test('index lists every post without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.home-intro p')).not.toBeEmpty();
  const cards = page.locator('article.post-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(5);
  for (const card of await cards.all()) {
    await expect(card.locator('h2 a')).toHaveAttribute('href', /^\/posts\//);
    await expect(card.locator('.post-meta')).not.toBeEmpty();
  }
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'RSS feed' })).toBeVisible();
  // The toggle can do nothing without JavaScript, so it is not shown.
  await expect(page.locator('.theme-toggle')).toBeHidden();
});

test('post reads to the end without JavaScript', async ({ page }) => {
  await page.goto('/posts/redis-beyond-caching');
  await expect(page.locator('h1')).toHaveText('Redis Beyond Caching');

  const body = page.locator('.post-body');
  expect((await body.innerText()).split(/\s+/).length).toBeGreaterThan(1500);
  await expect(body.locator('pre').first()).toBeVisible();
  await body.locator('> :last-child').scrollIntoViewIfNeeded();
  await expect(body.locator('> :last-child')).toBeInViewport();

  // The feedback form is plain HTML that posts to the endpoint.
  await expect(page.getByRole('button', { name: 'Yes' })).toBeVisible();
});

test('post TOC opens and jumps without JavaScript', async ({ page }) => {
  await page.goto('/posts/redis-beyond-caching');
  const toc = page.locator('.toc-inline');
  await toc.locator('summary').click();
  const links = toc.locator('a');
  expect(await links.count()).toBeGreaterThanOrEqual(5);

  const last = links.last();
  const target = (await last.getAttribute('href')) ?? '';
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
});

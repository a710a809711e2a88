import { expect, test } from '@playwright/test';
import { chooseTheme, sitemapPaths } from './site-pages';

const POST = '/posts/redis-beyond-caching';
const DARK_PAGE = 'rgb(29, 30, 32)';
const LIGHT_PAGE = 'rgb(245, 245, 244)';

const pageBackground = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('head script sets the theme before any bundle runs', async ({ page }) => {
  // Serve the page with every external script removed: only the inline head
  // script can have set the theme, so the first painted frame has it.
  await page.route(POST, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await chooseTheme(page, 'dark');
  await page.goto(POST);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe(DARK_PAGE);
});

test('stored theme loads without hydration warnings', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await chooseTheme(page, 'dark');
  await page.goto(POST);
  await expect(page.locator('.copy-button').first()).toBeVisible();
  expect(messages).toEqual([]);
});

test('toggle cycles themes and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  const toggle = page.getByRole('button', { name: 'Theme: follow system' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeFocused();
  await expect(page.locator('.theme-announcement')).toHaveText('Theme: light');
  await expect(page.locator('.theme-announcement')).toHaveAttribute('aria-live', 'polite');
  expect(await pageBackground(page)).toBe(LIGHT_PAGE);

  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme-choice', 'dark');
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();

  await page.getByRole('button', { name: 'Theme: dark' }).click();
  await expect(html).toHaveAttribute('data-theme-choice', 'system');
  expect(await page.evaluate(() => localStorage.getItem('folio:theme'))).toBeNull();
});

test('system theme follows a live system change', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('.theme-toggle')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe(DARK_PAGE);
});

test('code colours follow the chosen theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await chooseTheme(page, 'dark');
  await page.goto(POST);
  const token = page.locator('pre span[style*="--shiki-dark"]').first();
  const { color, dark } = await token.evaluate((span) => {
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(span).getPropertyValue('--shiki-dark');
    document.body.append(probe);
    const expected = getComputedStyle(probe).color;
    probe.remove();
    return { color: getComputedStyle(span).color, dark: expected };
  });
  expect(color).toBe(dark);
});

test('no page scrolls sideways at 320 px', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [...(await sitemapPaths(request)), '/no-such-page']) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(320);
  }
});

test('print shows the article and link addresses', async ({ page }) => {
  await chooseTheme(page, 'dark');
  await page.goto(POST);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.post-aside', '.toc-inline', '.feedback', '.site-footer']) {
    await expect(page.locator(selector)).toBeHidden();
  }
  await expect(page.locator('.post-body')).toBeVisible();
  expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
  const after = await page
    .locator('.post-body a[href^="http"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('http');
});

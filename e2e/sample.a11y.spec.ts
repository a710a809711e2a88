import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chooseTheme, PAGE_KINDS } from './site-pages';

// axe-core's full rule set (WCAG 2.0 to 2.2 A and AA, plus best practices) on
// the production build, in each theme the toggle can set.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => chooseTheme(page, theme));

    for (const { name, path } of PAGE_KINDS) {
      test(`axe finds no violations on the ${name}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }

    test('axe finds no violations in search results', async ({ page }) => {
      await page.goto('/search?q=redis');
      await expect(page.locator('.search-results li').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });
}

test('every page has one h1, landmarks and a skip link', async ({ page }) => {
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    for (const landmark of ['banner', 'main', 'contentinfo'] as const) {
      await expect(page.getByRole(landmark), `${path} ${landmark}`).toHaveCount(1);
    }
    await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink, path).toBeFocused();
    await expect(skipLink, path).toBeInViewport();
  }
});

test('focused controls show an outline', async ({ page }) => {
  await page.goto('/posts/redis-beyond-caching');
  for (let index = 0; index < 12; index++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, text: element.textContent?.trim().slice(0, 30), width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline.style, JSON.stringify(outline)).not.toBe('none');
    expect(parseFloat(outline.width), JSON.stringify(outline)).toBeGreaterThanOrEqual(2);
  }
});

test('reduced motion turns off smooth scrolling and transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  expect(await page.locator('.post-card').first().evaluate((card) => getComputedStyle(card).transitionDuration)).toBe('0s');
});

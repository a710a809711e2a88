import { expect, test, type Page } from '@playwright/test';

// e2e/fixtures/posts/headings.mdx: every kind of heading a writer can type.
const EXPECTED = [
  ['Hello World', 'hello-world'],
  ['Setup', 'setup'],
  ['Setup', 'setup-1'],
  ['Setup', 'setup-2'],
  ['Setup-1', 'setup-1-1'],
  ['useState hook', 'usestate-hook'],
  ['C++ & Rust', 'c--rust'],
  ['Überblick', 'überblick'],
  ['你好 世界', '你好-世界'],
  ['Emoji 🚀 launch', 'emoji--launch'],
  ['What is Redis?', 'what-is-redis'],
  ['Skipped level', 'skipped-level'],
  ['A linked heading', 'a-linked-heading'],
  ['With JSX inside', 'with-jsx-inside'],
];

/** Returns [text, href] of every link in the visible table of contents. */
async function tocLinks(page: Page): Promise<string[][]> {
  return page.locator('nav.toc:visible a').evaluateAll((links) => links.map((link) => [link.textContent ?? '', link.getAttribute('href') ?? '']));
}

/** Returns [text, id] of the article's h2–h4 headings, without their `#` anchors. */
async function articleHeadings(page: Page): Promise<string[][]> {
  return page.locator('.post-body').locator('h2, h3, h4').evaluateAll((headings) =>
    headings.map((heading) => {
      const copy = heading.cloneNode(true) as HTMLElement;
      copy.querySelector('.heading-anchor')?.remove();
      return [copy.textContent ?? '', heading.id];
    }),
  );
}

test.describe('wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('entries are exactly the headings, in order', async ({ page }) => {
    await page.goto('/posts/headings');
    expect(await tocLinks(page)).toEqual(EXPECTED.map(([text, id]) => [text, `#${id}`]));
    expect(await articleHeadings(page)).toEqual(EXPECTED);
    for (const [, id] of EXPECTED) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  });

  test('skipped levels nest under the nearest shallower heading', async ({ page }) => {
    await page.goto('/posts/headings');
    const redis = page.locator('.toc-sidebar li').filter({ has: page.locator('> a[href="#what-is-redis"]') });
    await expect(redis.locator('> ol > li > a')).toHaveText(['Skipped level', 'A linked heading']);
    await expect(redis.locator('> ol > li > ol > li > a')).toHaveText(['With JSX inside']);
    // A link in a heading is plain text in the contents, never a nested link.
    await expect(page.locator('.toc-sidebar a a')).toHaveCount(0);
  });

  test('sidebar is a sticky column beside the article', async ({ page }) => {
    await page.goto('/posts/headings');
    const aside = page.locator('.post-aside');
    await expect(aside).toBeVisible();
    await expect(page.locator('.toc-inline')).toBeHidden();
    expect(await aside.evaluate((element) => getComputedStyle(element).position)).toBe('sticky');

    const article = await page.locator('article.post').boundingBox();
    const column = await aside.boundingBox();
    expect(column!.x).toBeGreaterThanOrEqual(article!.x + article!.width);

    await page.mouse.wheel(0, 3000);
    await expect(aside).toBeInViewport();
  });

  test('clicking the last entry shows its heading and marks it current', async ({ page }) => {
    await page.goto('/posts/headings');
    const last = page.locator('.toc-sidebar a').last();
    await last.click();
    await expect(page).toHaveURL(/#with-jsx-inside$/);
    const heading = page.locator('#with-jsx-inside');
    await expect(heading).toBeInViewport();

    const box = await heading.boundingBox();
    const headerBottom = await page.locator('header.site-header').evaluate((header) =>
      getComputedStyle(header).position === 'sticky' || getComputedStyle(header).position === 'fixed' ? header.getBoundingClientRect().bottom : 0,
    );
    expect(box!.y).toBeGreaterThanOrEqual(headerBottom);
    await expect(last).toHaveAttribute('aria-current', 'location');
    await expect(page.locator('.toc-sidebar a[aria-current]')).toHaveCount(1);
  });

  test('each heading has a # link that shows on focus', async ({ page }) => {
    await page.goto('/posts/headings');
    const anchor = page.locator('#what-is-redis .heading-anchor');
    await expect(anchor).toHaveAttribute('href', '#what-is-redis');
    await expect(anchor).toHaveAccessibleName('Link to this section');
    expect(await anchor.evaluate((link) => getComputedStyle(link).opacity)).toBe('0');
    await anchor.focus();
    await expect.poll(() => anchor.evaluate((link) => getComputedStyle(link).opacity)).toBe('1');
    await expect(page.locator('.post-body .heading-anchor')).toHaveCount(15);
  });

  test('keyboard alone reaches and follows an entry', async ({ page }) => {
    await page.goto('/posts/headings');
    const target = page.locator('.toc-sidebar a[href="#what-is-redis"]');
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((link) => link === document.activeElement)) break;
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#what-is-redis$/);
    await expect(page.locator('#what-is-redis')).toBeInViewport();
  });
});

test.describe('narrow screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('contents are a closed details block above the article', async ({ page }) => {
    await page.goto('/posts/headings');
    const details = page.locator('.toc-inline details');
    await expect(details).toBeVisible();
    await expect(details).not.toHaveAttribute('open');
    await expect(page.locator('.post-aside')).toBeHidden();

    const detailsBox = await details.boundingBox();
    const bodyBox = await page.locator('.post-body').boundingBox();
    expect(detailsBox!.y + detailsBox!.height).toBeLessThanOrEqual(bodyBox!.y);

    await details.locator('summary').click();
    expect(await tocLinks(page)).toEqual(EXPECTED.map(([text, id]) => [text, `#${id}`]));
    await page.locator('.toc-inline a[href="#c--rust"]').click();
    await expect(page).toHaveURL(/#c--rust$/);
    await expect(page.locator('#c--rust')).toBeInViewport();
  });

  test('no horizontal scrolling', async ({ page }) => {
    await page.goto('/posts/headings');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('wide: the sidebar is in the HTML and its links work', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/posts/headings');
    expect(await tocLinks(page)).toEqual(EXPECTED.map(([text, id]) => [text, `#${id}`]));
    await page.locator('.toc-sidebar a').last().click();
    await expect(page).toHaveURL(/#with-jsx-inside$/);
    await expect(page.locator('#with-jsx-inside')).toBeInViewport();
  });

  test('narrow: the details block opens and its links work', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/posts/headings');
    await page.locator('.toc-inline summary').click();
    await page.locator('.toc-inline a[href="#what-is-redis"]').click();
    await expect(page).toHaveURL(/#what-is-redis$/);
    await expect(page.locator('#what-is-redis')).toBeInViewport();
  });
});

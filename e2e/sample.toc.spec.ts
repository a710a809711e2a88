import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

async function samplePostLinks(page: Page): Promise<string[]> {
  await page.goto('/');
  return page.locator('article.post-card h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

for (const javaScriptEnabled of [true, false]) {
  for (const width of [375, 1280]) {
    test.describe(`${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled, viewport: { width, height: 800 } });

      test('every entry lands on its heading', async ({ page }) => {
        for (const href of await samplePostLinks(page)) {
          await page.goto(href);
          const toc = page.locator(width < 1200 ? '.toc-inline' : '.toc-sidebar');
          await expect(toc, href).toBeVisible();

          const targets = await toc.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
          for (const target of [targets[0], targets[targets.length - 1]]) {
            if (width < 1200 && (await toc.locator('details').getAttribute('open')) === null) await toc.locator('summary').click();
            await toc.locator(`a[href="${target}"]`).click();
            await expect(page, href).toHaveURL(new RegExp(`${target}$`));
            await expect(page.locator(`[id="${target.slice(1)}"]`), `${href} ${target}`).toBeInViewport();
          }
        }
      });
    });
  }
}

test('every sample post lists exactly its h2–h4 headings', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('article.post-card h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThanOrEqual(5);

  for (const href of hrefs) {
    await page.goto(href);
    const headings = await page.locator('.post-body').locator('h2, h3, h4').evaluateAll((elements) =>
      elements.map((heading) => {
        const copy = heading.cloneNode(true) as HTMLElement;
        copy.querySelector('.heading-anchor')?.remove();
        return [copy.textContent ?? '', `#${heading.id}`];
      }),
    );
    const entries = await page.locator('.toc-sidebar a').evaluateAll((links) => links.map((link) => [link.textContent ?? '', link.getAttribute('href') ?? '']));
    expect(entries, href).toEqual(headings);
    for (const [, target] of entries) await expect(page.locator(`[id="${target.slice(1)}"]`), `${href} ${target}`).toHaveCount(1);

    await page.locator('.toc-sidebar a').last().click();
    await expect(page.locator(`[id="${entries[entries.length - 1][1].slice(1)}"]`)).toBeInViewport();
  }
});

test('scrolling marks the section being read', async ({ page }) => {
  await page.goto('/');
  await page.locator('article.post-card h2 a').first().click();
  const links = page.locator('.toc-sidebar a');
  await expect(links.first()).toHaveAttribute('aria-current', 'location');

  // Sample posts are long, so the page can scroll each of these headings to the top.
  for (const index of [2, 1, 3]) {
    const id = ((await links.nth(index).getAttribute('href')) ?? '').slice(1);
    await page.locator(`[id="${id}"]`).evaluate((heading) =>
      window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 8, behavior: 'instant' }),
    );
    await expect(links.nth(index)).toHaveAttribute('aria-current', 'location');
    await expect(page.locator('.toc-sidebar a[aria-current]')).toHaveCount(1);
  }
});

import { expect, test } from '@playwright/test';

// The fixture posts in e2e/fixtures/posts, with every figure counted by hand.
// The fixture site is built with TZ=Pacific/Kiritimati (UTC+14), so a date
// shifted by the build's time zone would show the next day.
const CARDS = [
  {
    slug: 'alpha',
    title: 'Alpha notes',
    summary: 'First paragraph has five words. Second paragraph & more text here. Read the Redis docs today.',
    // Intro 1 + First paragraph has five words 5 + Details & caveats 3 + Second paragraph & more text here 6
    // + Apple pie, Banana split 4 + Left Right One Two 4 + Closing thoughts 2 + Read the Redis docs today 5.
    meta: 'December 6, 2025 · 1 min · 30 words · martinuke0',
  },
  {
    slug: 'beta',
    title: 'Beta release',
    summary: 'A hand-written summary wins.',
    // "Two words" inside the Callout + "Three more words." + "Hidden words here." inside Details;
    // the export line, the Figure's attributes and the images' alt text are not text.
    meta: 'December 6, 2025 · 1 min · 8 words · martinuke0',
  },
  {
    slug: 'gamma',
    title: 'Gamma with marker',
    summary: 'Before the marker.',
    meta: 'December 5, 2025 · 1 min · 8 words · martinuke0',
  },
  {
    slug: 'only-code',
    title: 'Just code',
    summary: null,
    // const, total, =, items.length;
    meta: 'December 5, 2025 · 1 min · 4 words · martinuke0',
  },
  {
    // A file name in Chinese: the page is served at its percent-encoded address.
    slug: '中文测试',
    title: '中文测试',
    summary: '这是一个测试句子，用来计算阅读时间。',
    meta: 'December 4, 2025 · 1 min · 16 words · martinuke0',
  },
  {
    slug: 'long',
    title: 'Long read',
    // 8 words, then six 10-word sentences, then the first 2 words of the seventh: 70.
    summary: `Kilo lima mike november oscar papa quebec romeo. ${'Alpha bravo charlie delta echo foxtrot golf hotel india juliet. '.repeat(6)}Alpha bravo…`,
    // 8 + 87 × 10 = 878 words, 878 / 200 = 4.39, rounded up to 5 minutes.
    meta: 'December 3, 2025 · 5 min · 878 words · martinuke0',
  },
  {
    slug: 'tiny',
    title: 'Tiny',
    summary: 'A post of one word.',
    meta: 'December 2, 2025 · 1 min · 1 word · martinuke0',
  },
  {
    slug: 'headings',
    title: 'Every heading',
    summary: 'Text. Last words here.',
    // Headings: Hello World 2, Setup ×3 3, Setup-1 1, useState hook 2, C++ & Rust 3, Überblick 1,
    // 你好 世界 4, Emoji 🚀 launch 3, What is Redis? 3, Skipped level 2, A linked heading 3,
    // With JSX inside 3, Too deep for the contents 5 = 35; prose: Text. 1 + Last words here. 3.
    meta: 'December 1, 2025 · 1 min · 39 words · martinuke0',
  },
];

test('index lists every post newest first with exact meta lines', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Folio');

  const cards = page.locator('article.post-card');
  await expect(cards).toHaveCount(CARDS.length);

  for (const [index, expected] of CARDS.entries()) {
    const card = cards.nth(index);
    await expect(card.locator('h2')).toHaveText(expected.title);
    await expect(card.locator('h2 a')).toHaveAttribute('href', `/posts/${encodeURIComponent(expected.slug)}`);
    await expect(card.locator('.post-meta')).toHaveText(expected.meta);
    if (expected.summary === null) await expect(card.locator('.post-card-summary')).toHaveCount(0);
    else await expect(card.locator('.post-card-summary')).toHaveText(expected.summary);
  }
});

for (const expected of CARDS) {
  test(`card opens the post ${expected.slug}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: expected.title, exact: true }).click();
    await expect(page).toHaveURL(`/posts/${encodeURIComponent(expected.slug)}`);
    await expect(page.locator('h1')).toHaveText(expected.title);
    await expect(page.locator('article.post .post-meta')).toHaveText(expected.meta);
    await expect(page).toHaveTitle(`${expected.title} · Folio`);
  });
}

test('post page has its description meta', async ({ page }) => {
  await page.goto('/posts/beta');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'The description loses to the summary.');
  await page.goto('/posts/gamma');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Before the marker.');
});

test('table of contents links land on headings', async ({ page }) => {
  await page.goto('/posts/alpha');
  const links = page.getByRole('navigation', { name: 'Table of contents' }).locator('a');
  await expect(links).toHaveText(['Intro', 'Details & caveats', 'Closing thoughts']);

  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
    await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
  }
  expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
    '#intro',
    '#details--caveats',
    '#closing-thoughts',
  ]);

  await links.last().click();
  await expect(page).toHaveURL(/#closing-thoughts$/);
  await expect(page.locator('#closing-thoughts')).toBeInViewport();
});

test('post with fewer than two headings has no table of contents', async ({ page }) => {
  await page.goto('/posts/beta');
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toHaveCount(0);
});

test('unknown slug is a 404 inside the site layout', async ({ page }) => {
  const response = await page.goto('/posts/no-such-post');
  expect(response?.status()).toBe(404);
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page).toHaveURL('/');
});

test('aliases redirect to the post', async ({ request, page }) => {
  const response = await request.get('/posts/alpha-notes', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/posts/alpha');

  await page.goto('/old/alpha/');
  await expect(page).toHaveURL('/posts/alpha');
  await page.goto('/旧/alpha');
  await expect(page).toHaveURL('/posts/alpha');
  await expect(page.locator('h1')).toHaveText('Alpha notes');
});

test('images have their size from the build, with captions and details', async ({ page }) => {
  await page.goto('/posts/beta');
  const figure = page.locator('figure.figure');
  const image = figure.locator('img');
  await expect(image).toHaveAttribute('alt', 'A grey box');
  await expect(image).toHaveAttribute('width', '400');
  await expect(image).toHaveAttribute('height', '200');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(400);
  await expect(figure.locator('figcaption')).toHaveText('A grey box at its build-time size');

  const markdownImage = page.getByAltText('A second grey box');
  await expect(markdownImage).toHaveAttribute('width', '400');
  await expect.poll(() => markdownImage.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(400);

  const details = page.locator('details.details');
  await expect(details.getByText('Hidden words here.')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText('Hidden words here.')).toBeVisible();
});

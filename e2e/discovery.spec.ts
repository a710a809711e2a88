import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

// The 23 published posts in e2e/fixtures/discovery, newest first, built into
// .next-discovery by `npm run build:discovery` with 10 posts per page.
const TITLES = [
  'Tips & <Tricks> ]]> 🚀', '前端性能优化指南', 'Records in C#', 'Designing a queue service', '前端构建工具',
  'Async streams in C#', 'Cache-aside with Redis', 'System design interviews', 'Retry budgets', 'Idempotency keys',
  'Rate limiting at the edge', 'Consistent hashing', 'Write-ahead logs', 'Bloom filters in practice', 'Skip lists',
  'Leader election', 'Vector clocks', 'Backpressure', 'Notes on observability', 'Redis persistence',
  'Load shedding', 'Gossip protocols', 'Hello, Folio',
];
const BUILD_LOG = '.build-logs/discovery.log';

async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('article.post-card h2').allTextContents();
}

test.describe('pagination', () => {
  test('index pages hold 10, 10 and 3 posts', async ({ page }) => {
    await page.goto('/');
    expect(await cardTitles(page)).toEqual(TITLES.slice(0, 10));

    const response = await page.goto('/page/2');
    expect(response?.status()).toBe(200);
    expect(await cardTitles(page)).toEqual(TITLES.slice(10, 20));
    await expect(page.locator('h1')).toHaveText('Posts, page 2 of 3');

    await page.goto('/page/3');
    expect(await cardTitles(page)).toEqual(['Load shedding', 'Gossip protocols', 'Hello, Folio']);
  });

  test('page 4 and page 1 are 404s', async ({ page }) => {
    expect((await page.goto('/page/4'))?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    expect((await page.goto('/page/1'))?.status()).toBe(404);
    expect((await page.goto('/page/02'))?.status()).toBe(404);
  });

  test('previous, next and numbered links', async ({ page }) => {
    await page.goto('/page/2');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.locator('a[rel="prev"]')).toHaveAttribute('href', '/');
    await expect(pages.locator('a[rel="next"]')).toHaveAttribute('href', '/page/3');
    await expect(pages.locator('[aria-current="page"]')).toHaveText('2');
    await pages.getByRole('link', { name: 'Page 3' }).click();
    await expect(page).toHaveURL('/page/3');
    await expect(page.getByRole('navigation', { name: 'Pages' }).locator('a[rel="next"]')).toHaveCount(0);
  });
});

test.describe('tags', () => {
  test('tag index lists every tag with its count', async ({ page }) => {
    await page.goto('/tags');
    const entries = await page.locator('.tag-index li').allTextContents();
    expect(entries).toEqual([
      'reliability 4 posts', 'databases 3 posts', 'distributed systems 3 posts', 'Redis 3 posts', 'system design 3 posts',
      'api 2 posts', 'C# 2 posts', 'data structures 2 posts', '前端 2 posts',
      'language 1 post', 'operations 1 post', 'performance 1 post', 'testing 1 post',
    ]);
  });

  const CASES = [
    { name: 'C#', href: '/tags/c%23', titles: ['Records in C#', 'Async streams in C#'] },
    { name: '前端', href: '/tags/%E5%89%8D%E7%AB%AF', titles: ['前端性能优化指南', '前端构建工具'] },
    { name: 'system design', href: '/tags/system-design', titles: ['Designing a queue service', 'Cache-aside with Redis', 'System design interviews'] },
  ];

  for (const tag of CASES) {
    test(`tag page for ${tag.name}`, async ({ page }) => {
      await page.goto('/tags');
      const link = page.locator('.tag-index').getByRole('link', { name: tag.name, exact: true });
      await expect(link).toHaveAttribute('href', tag.href);
      await link.click();
      await expect(page.locator('h1')).toHaveText(`Posts tagged ${tag.name}`);
      expect(new URL(page.url()).pathname).toBe(tag.href);
      expect(await cardTitles(page)).toEqual(tag.titles);

      const response = await page.goto(tag.href);
      expect(response?.status()).toBe(200);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000${tag.href}`);
    });
  }

  test('double-encoded, raw-hash and draft-only tags are 404s', async ({ page }) => {
    expect((await page.goto('/tags/%25E5%2589%258D%25E7%25AB%25AF'))?.status()).toBe(404);
    expect((await page.goto('/tags/drafts-only'))?.status()).toBe(404);
    // A raw `#` starts the fragment, so this is the page /tags/c, which does not exist.
    expect((await page.goto('/tags/c#'))?.status()).toBe(404);
  });

  test('chips on cards and posts open tag pages', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('article.post-card').filter({ hasText: 'Cache-aside with Redis' });
    await expect(card.locator('.post-tags a')).toHaveText(['Redis', 'system design']);
    await card.getByRole('link', { name: 'Redis', exact: true }).click();
    await expect(page).toHaveURL('/tags/redis');

    await page.goto('/posts/csharp-records');
    const chips = page.locator('.post-header .post-tags a');
    await expect(chips).toHaveText(['C#', 'language']);
    await chips.first().click();
    await expect(page.locator('h1')).toHaveText('Posts tagged C#');
  });
});

test('archives count posts by year and month', async ({ page }) => {
  await page.goto('/archives');
  expect(await page.locator('.archive-year h2').allTextContents()).toEqual(['2026 8 posts', '2025 15 posts']);
  expect(await page.locator('.archive-month h3').allTextContents()).toEqual([
    'March 2026 3 posts', 'February 2026 3 posts', 'January 2026 2 posts',
    'December 2025 3 posts', 'November 2025 2 posts', 'October 2025 2 posts', 'September 2025 1 post',
    'August 2025 1 post', 'July 2025 1 post', 'June 2025 1 post', 'May 2025 1 post', 'April 2025 1 post',
    'March 2025 1 post', 'February 2025 1 post',
  ]);
  expect(await page.locator('.archive-month li a').allTextContents()).toEqual(TITLES);
});

test.describe('post footer', () => {
  test('older and newer links', async ({ page }) => {
    await page.goto('/posts/system-design-queues');
    const nav = page.getByRole('navigation', { name: 'More posts' });
    await expect(nav.locator('a[rel="prev"]')).toHaveText('Older post前端构建工具');
    await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', '/posts/frontend-build');
    await expect(nav.locator('a[rel="next"]')).toHaveText('Newer postRecords in C#');

    await page.goto('/posts/tips-and-tricks');
    await expect(page.getByRole('navigation', { name: 'More posts' }).locator('a')).toHaveCount(1);
    await page.goto('/posts/first-post');
    await expect(page.getByRole('navigation', { name: 'More posts' }).locator('a[rel="next"]')).toHaveAttribute('href', '/posts/gossip-protocols');
  });

  test('related posts share the most tags', async ({ page }) => {
    await page.goto('/posts/system-design-queues');
    const related = page.getByRole('region', { name: 'Related posts' }).locator('li a');
    await expect(related).toHaveText(['Cache-aside with Redis', 'System design interviews', 'Redis persistence']);
    await page.goto('/posts/first-post');
    await expect(page.getByRole('region', { name: 'Related posts' })).toHaveCount(0);
  });
});

test.describe('search', () => {
  test('finds a word only one post body has', async ({ page }) => {
    await page.goto('/search');
    await page.getByRole('combobox', { name: 'Search posts' }).fill('quokkaflux');
    const results = page.getByRole('option');
    await expect(results).toHaveCount(1);
    await expect(results.first().locator('.search-result-title')).toHaveText('Notes on observability');
    await expect(results.first().locator('mark')).toHaveText(['quokkaflux']);
    await expect(page.getByRole('status')).toHaveText('1 post matches “quokkaflux”.');
    expect(new URL(page.url()).search).toBe('?q=quokkaflux');
  });

  test('title and tag words are found', async ({ page }) => {
    await page.goto('/search?q=tricks');
    await expect(page.getByRole('option').first().locator('.search-result-title')).toHaveText('Tips & <Tricks> ]]> 🚀');
    await expect(page.getByRole('option').first().locator('.search-result-title mark')).toHaveText(['Tricks']);
  });

  test('arrows move and Enter opens', async ({ page }) => {
    await page.goto('/search');
    const box = page.getByRole('combobox', { name: 'Search posts' });
    await box.fill('redis');
    await expect(page.getByRole('option')).not.toHaveCount(0);
    await box.press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    const href = await page.getByRole('option').nth(1).getAttribute('href');
    await box.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  test('index loads only when search is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.goto('/posts/cache-aside');
    await page.goto('/search');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    await page.getByRole('combobox', { name: 'Search posts' }).fill('bloom');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(requested).toContain('/pagefind/pagefind.js');
  });

  test('slash focuses the search box', async ({ page }) => {
    await page.goto('/posts/cache-aside');
    await page.locator('body').press('/');
    await expect(page.locator('header input[name="q"]')).toBeFocused();
    await expect(page.locator('header input[name="q"]')).toHaveValue('');

    await page.goto('/search');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.getByRole('combobox', { name: 'Search posts' })).toBeFocused();
  });

  test('header form opens search results', async ({ page }) => {
    await page.goto('/archives');
    await page.locator('header input[name="q"]').fill('quokkaflux');
    await page.locator('header input[name="q"]').press('Enter');
    await expect(page).toHaveURL('/search?q=quokkaflux');
    await expect(page.getByRole('option')).toHaveCount(1);
  });
});

test.describe('metadata', () => {
  test('post has canonical, Open Graph, Twitter and JSON-LD', async ({ page }) => {
    await page.goto('/posts/cache-aside');
    const meta = (selector: string) => page.locator(selector);
    await expect(page).toHaveTitle('Cache-aside with Redis · Folio');
    await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/posts/cache-aside');
    await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', 'Cache-aside with Redis');
    await expect(meta('meta[property="og:image"]')).toHaveAttribute('content', 'http://localhost:3000/posts/cache-aside/og.png');
    await expect(meta('meta[property="article:published_time"]')).toHaveAttribute('content', '2026-01-25');
    expect(await meta('meta[property="article:tag"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')))).toEqual([
      'Redis',
      'system design',
    ]);
    await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const words = Number(/ (\d+) words /.exec((await page.locator('article.post .post-meta').textContent()) ?? '')?.[1]);
    expect(jsonLd['@type']).toBe('BlogPosting');
    expect(jsonLd.headline).toBe('Cache-aside with Redis');
    expect(jsonLd.datePublished).toBe('2026-01-25');
    expect(jsonLd.dateModified).toBe('2026-01-25');
    expect(jsonLd.author).toEqual([{ '@type': 'Person', name: 'martinuke0' }]);
    expect(jsonLd.wordCount).toBe(words);
    expect(words).toBeGreaterThan(0);
  });

  test('every page links its feeds', async ({ page }) => {
    for (const path of ['/', '/page/2', '/tags', '/tags/c%23', '/archives', '/search', '/posts/first-post']) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', 'http://localhost:3000/feed.xml');
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', 'http://localhost:3000/atom.xml');
    }
  });

  test('header links to every list and the feed', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(nav).toHaveText(['Posts', 'Archives', 'Tags', 'Search', 'Feed']);
    expect(await nav.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/', '/archives', '/tags', '/search', '/feed.xml']);
  });

  test('feeds, sitemap and robots are served', async ({ request }) => {
    const rss = await request.get('/feed.xml');
    expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect((await rss.text()).match(/<item>/g)).toHaveLength(20);

    const atom = await request.get('/atom.xml');
    expect(atom.status()).toBe(200);

    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap.match(/<loc>http:\/\/localhost:3000\/posts\/[^<]+<\/loc>/g)).toHaveLength(23);
    expect(sitemap).not.toContain('unpublished-draft');

    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});

test.describe('Open Graph images', () => {
  async function fetchPng(request: import('@playwright/test').APIRequestContext, path: string): Promise<PNG> {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    return PNG.sync.read(await response.body());
  }

  // Counts light pixels (title text is near-white on a dark background) in a box.
  function lightPixels(png: PNG, box: { x: number; y: number; width: number; height: number }): number {
    let count = 0;
    for (let y = box.y; y < box.y + box.height; y++) {
      for (let x = box.x; x < box.x + box.width; x++) {
        const offset = (png.width * y + x) * 4;
        if (png.data[offset] > 200 && png.data[offset + 1] > 200 && png.data[offset + 2] > 200) count++;
      }
    }
    return count;
  }

  const TITLE_AREA = { x: 80, y: 72, width: 1040, height: 120 };

  test('post image is a 1200×630 PNG', async ({ request }) => {
    const png = await fetchPng(request, '/posts/tips-and-tricks/og.png');
    expect(png.width).toBe(1200);
    expect(png.height).toBe(630);
    expect(lightPixels(png, TITLE_AREA)).toBeGreaterThan(2000);
  });

  test('Chinese title is drawn without a font download', async ({ request }) => {
    const png = await fetchPng(request, '/posts/frontend-performance/og.png');
    expect(png.width).toBe(1200);
    expect(png.height).toBe(630);
    expect(lightPixels(png, TITLE_AREA)).toBeGreaterThan(2000);

    const log = fs.readFileSync(BUILD_LOG, 'utf8');
    expect(log).toContain('/posts/frontend-performance/og.png');
    expect(log).not.toMatch(/dynamic font|fonts\.googleapis|fonts\.gstatic|twemoji/i);
  });

  test('unknown slug has no image', async ({ request }) => {
    expect((await request.get('/posts/no-such-post/og.png')).status()).toBe(404);
  });
});

import { expect, test } from '@playwright/test';
import { PAGE_KINDS, sitemapPaths } from './site-pages';

const EXPECTED_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

test('every kind of response has the security headers', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const script = home.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const stylesheet = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  expect(script).toBeTruthy();
  expect(stylesheet).toBeTruthy();

  const responses = [
    ...PAGE_KINDS.map(({ path }) => ({ method: 'GET', path })),
    { method: 'GET', path: script! },
    { method: 'GET', path: stylesheet! },
    { method: 'GET', path: '/_next/static/chunks/missing.js' },
    { method: 'GET', path: '/icon.svg' },
    { method: 'GET', path: '/feed.xml' },
    { method: 'GET', path: '/sitemap.xml' },
    { method: 'GET', path: '/pagefind/pagefind.js' },
    { method: 'GET', path: '/posts/redis-beyond-caching/og.png' },
    { method: 'GET', path: '/api/health' },
    { method: 'POST', path: '/api/feedback' },
  ];

  for (const { method, path } of responses) {
    const response = await request.fetch(path, { method, maxRedirects: 0, data: method === 'POST' ? {} : undefined });
    const headers = response.headers();
    const where = `${method} ${path} (${response.status()})`;
    expect(headers['content-security-policy'], where).toBe(EXPECTED_POLICY);
    expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
    expect(headers['x-content-type-options'], where).toBe('nosniff');
    expect(headers['permissions-policy'], where).toContain('camera=()');
    expect(headers['x-frame-options'], where).toBe('DENY');
  }
});

test('no page reports a CSP violation', async ({ page, request }) => {
  const paths = [...(await sitemapPaths(request)), '/no-such-page', '/search?q=redis'];
  expect(paths.length).toBeGreaterThan(10);

  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) reports.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => reports.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });

  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }

  // A search loads Pagefind's WebAssembly, which needs 'wasm-unsafe-eval'.
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(reports).toEqual([]);
});

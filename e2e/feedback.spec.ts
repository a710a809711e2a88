import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';

// Reader feedback on the fixture build, served by server.mjs as `npm start`
// serves it. Each test uses its own post, because the rate limit (10 requests
// a minute per client and post) counts every request from 127.0.0.1 together.
// The rate-limit test needs a server started for this run, as the config does.

interface Row {
  id: string;
  slug: string;
  rating: string;
  comment: string | null;
  client_hash: string;
}

function rowsWhere(sql: string, ...parameters: string[]): Row[] {
  const file = process.env.FOLIO_E2E_FEEDBACK_DB;
  if (!file) throw new Error('FOLIO_E2E_FEEDBACK_DB is not set; run the feedback specs through playwright.config.ts');
  // The server creates the file at the first submission.
  if (!fs.existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<string[], Row>(`SELECT id, slug, rating, comment, client_hash FROM submissions WHERE ${sql}`).all(...parameters);
  } finally {
    db.close();
  }
}

function savedId(page: Page, slug: string): Promise<string> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').id as string, `folio:feedback:${slug}`);
}

const status = (page: Page) => page.locator('.feedback [role="status"]');

test('vote and comment with JavaScript make one submission', async ({ page }) => {
  const rowsBefore = rowsWhere('slug = ?', 'alpha').length;
  await page.goto('/posts/alpha');
  // A reload would drop this marker, so finding it later shows none happened.
  await page.evaluate(() => Object.assign(window, { folioMarker: 'no reload' }));

  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(status(page)).toHaveText('Thanks! Your answer “Yes” was saved.');
  const comment = page.getByLabel('Anything you would like to add? (optional)');
  await expect(comment).toBeFocused();

  await comment.fill('Clear steps. <b>More</b> diagrams, please 🙏 שלום');
  // "Clear steps. " 13 + "<b>More</b>" 11 + " diagrams," 10 + " please " 8, then the
  // emoji as two UTF-16 code units (as maxlength counts them), a space and 4 letters.
  await expect(page.locator('.feedback-count')).toHaveText('49 of 1,000 characters');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status(page)).toHaveText('Thank you! Your comment was sent to the writer.');

  expect(await page.evaluate(() => (window as unknown as { folioMarker?: string }).folioMarker)).toBe('no reload');
  await expect(page).toHaveURL('/posts/alpha');
  const id = await savedId(page, 'alpha');
  expect(rowsWhere('slug = ?', 'alpha')).toHaveLength(rowsBefore + 1);
  expect(rowsWhere('id = ?', id)).toEqual([
    { id, slug: 'alpha', rating: 'helpful', comment: 'Clear steps. <b>More</b> diagrams, please 🙏 שלום', client_hash: expect.any(String) },
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('form path makes one submission', async ({ page }) => {
    const rowsBefore = rowsWhere('slug = ?', 'beta').length;
    await page.goto('/posts/beta');
    await page.getByRole('button', { name: 'No' }).click();

    await expect(page).toHaveURL(/\/feedback\/thanks\?post=beta&id=[0-9a-f-]{36}&rating=not-helpful#feedback$/);
    const id = new URL(page.url()).searchParams.get('id') ?? '';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thanks for your feedback');
    await page.getByLabel('What was missing? (optional)').fill('A worked example.\nAnd the numbers.');
    await page.getByRole('button', { name: 'Send' }).click();

    await expect(page).toHaveURL('/posts/beta#feedback-thanks');
    await expect(page.getByText('Thank you! Your feedback reached the writer.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'No' })).toBeHidden();
    expect(rowsWhere('slug = ?', 'beta')).toHaveLength(rowsBefore + 1);
    expect(rowsWhere('id = ?', id)).toEqual([
      { id, slug: 'beta', rating: 'not-helpful', comment: 'A worked example.\nAnd the numbers.', client_hash: expect.any(String) },
    ]);
  });
});

test('keyboard use moves focus and announces each step', async ({ page }) => {
  const rowsBefore = rowsWhere('slug = ?', 'gamma').length;
  await page.goto('/posts/gamma');
  await page.getByRole('button', { name: 'Yes' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'No' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(status(page)).toHaveText('Thanks! Your answer “No” was saved.');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  const comment = page.getByLabel('What was missing? (optional)');
  await expect(comment).toBeFocused();
  await page.keyboard.type('Needs a summary.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(status(page)).toHaveText('Thank you! Your comment was sent to the writer.');
  await expect(page.getByText('Thank you! The writer will read your comment.')).toBeFocused();

  await page.reload();
  await expect(page.getByText('Your answer: No.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Change your answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'No' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Thanks! Your answer “Yes” was saved.');
  await expect(page.getByText('Thank you! The writer will read your comment.')).toBeFocused();

  const id = await savedId(page, 'gamma');
  expect(rowsWhere('slug = ?', 'gamma')).toHaveLength(rowsBefore + 1);
  expect(rowsWhere('id = ?', id)).toEqual([
    { id, slug: 'gamma', rating: 'helpful', comment: 'Needs a summary.', client_hash: expect.any(String) },
  ]);
});

test('another post shows a fresh widget after a vote', async ({ page }) => {
  await page.goto('/posts/tiny');
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(status(page)).toHaveText('Thanks! Your answer “Yes” was saved.');

  await page.getByRole('link', { name: 'Posts' }).click();
  await page.getByRole('link', { name: 'Long read', exact: true }).click();
  await expect(page).toHaveURL('/posts/long');

  await expect(page.getByRole('heading', { name: 'Was this post helpful?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes' })).not.toHaveAttribute('aria-pressed');
  await expect(page.getByRole('button', { name: 'No' })).toBeVisible();
  await expect(status(page)).toHaveText('');
  expect(rowsWhere('slug = ?', 'long')).toEqual([]);
});

test.describe('endpoint on the real server', () => {
  test('forged forwarding headers change nothing', async ({ request }) => {
    const ids: string[] = [];
    for (let index = 0; index < 10; index++) {
      const id = `0e200000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      ids.push(id);
      const response = await request.post('/api/feedback', {
        data: { id, slug: 'only-code', rating: 'helpful' },
        headers: { 'x-forwarded-for': `198.51.100.${index}`, 'x-folio-client-address': `192.0.2.${index}`, 'x-real-ip': `203.0.113.${index}` },
      });
      expect(response.status()).toBe(200);
    }

    const limited = await request.post('/api/feedback', {
      data: { id: '0e200000-0000-4000-8000-000000000099', slug: 'only-code', rating: 'helpful' },
      headers: { 'x-forwarded-for': '198.51.100.99', 'x-folio-client-address': '192.0.2.99' },
    });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThanOrEqual(1);

    const rows = rowsWhere('slug = ?', 'only-code');
    expect(rows.map((row) => row.id).sort()).toEqual(ids);
    expect(new Set(rows.map((row) => row.client_hash)).size).toBe(1);
  });

  test('1 MB body and cross-site post are rejected', async ({ request }) => {
    const id = '0e200000-0000-4000-8000-00000000aaaa';
    const large = await request.post('/api/feedback', {
      data: { id, slug: '中文测试', rating: 'helpful', comment: 'x'.repeat(1024 * 1024) },
    });
    expect(large.status()).toBe(413);
    expect(await large.json()).toEqual({ error: 'body: must be at most 8192 bytes' });

    const crossSite = await request.post('/api/feedback', {
      data: { id, slug: '中文测试', rating: 'helpful' },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.json()).toEqual({ error: 'sec-fetch-site: cross-site requests are rejected; got "cross-site"' });
    expect(crossSite.headers()['set-cookie']).toBeUndefined();
    expect(rowsWhere('slug = ?', '中文测试')).toEqual([]);
  });

  test('health route answers JSON', async ({ request }) => {
    const response = await request.get('/api/health');

    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Drives `next dev` through a writer's loop on a copy of the fixture posts:
// break a post's frontmatter, see the error, fix it, see the page come back.
// FOLIO_E2E_DEV_PORT moves it when another run holds the port.
const PORT = Number(process.env.FOLIO_E2E_DEV_PORT ?? 3102);
const BASE = `http://127.0.0.1:${PORT}`;

let server: ChildProcess;
let postsDir: string;
let output = '';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  // Inside the project: a posts folder that shares only / with it would make Turbopack watch the whole disk.
  fs.mkdirSync('.tmp', { recursive: true });
  postsDir = fs.mkdtempSync(path.resolve('.tmp', 'dev-posts-'));
  fs.cpSync(path.join(import.meta.dirname, 'fixtures', 'posts'), postsDir, { recursive: true });

  server = spawn('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, FOLIO_POSTS_DIR: postsDir, FOLIO_DIST_DIR: '.next-dev-e2e', NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next dev did not start on ${BASE}:\n${output}`);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
  fs.rmSync(postsDir, { recursive: true, force: true });
});

test('broken frontmatter shows in the overlay and the page recovers', async ({ page }) => {
  const file = path.join(postsDir, 'alpha.mdx');
  const original = fs.readFileSync(file, 'utf8');

  await page.goto(`${BASE}/posts/alpha`);
  await expect(page.locator('h1')).toHaveText('Alpha notes');

  fs.writeFileSync(file, original.replace('date: 2025-12-06', 'date: 2025-13-45'));
  const message = 'alpha.mdx:3:7  invalid frontmatter field "date": "2025-13-45" is not a calendar date';
  await expect(page.locator('nextjs-portal')).toContainText(message, { timeout: 30_000 });
  expect(output).toContain(message);

  fs.writeFileSync(file, original.replace('title: "Alpha notes"', 'title: "Alpha notes, fixed"'));
  await expect(page.locator('h1')).toHaveText('Alpha notes, fixed', { timeout: 30_000 });
  await expect(page.locator('nextjs-portal')).not.toContainText('invalid frontmatter field');
});

test('heading edits, syntax errors and fixes show without a reload', async ({ page }) => {
  const file = path.join(postsDir, 'gamma.mdx');
  const original = fs.readFileSync(file, 'utf8');
  await page.goto(`${BASE}/posts/gamma`);
  await expect(page.locator('h1')).toHaveText('Gamma with marker');

  fs.writeFileSync(file, `${original}\n## A heading added while the page is open\n`);
  await expect(page.getByRole('heading', { name: 'A heading added while the page is open' })).toBeVisible({ timeout: 30_000 });

  fs.writeFileSync(file, `${original}\n## Broken {\n`);
  await expect(page.locator('nextjs-portal')).toContainText('gamma.mdx', { timeout: 30_000 });

  fs.writeFileSync(file, `${original}\n## Fixed heading\n`);
  await expect(page.getByRole('heading', { name: 'Fixed heading' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('nextjs-portal')).not.toContainText('gamma.mdx');
});

test('new and deleted posts appear and disappear on the index', async ({ page }) => {
  const file = path.join(postsDir, 'fresh.mdx');
  fs.writeFileSync(file, '---\ntitle: "Written just now"\ndate: 2025-12-30\n---\n\nNew words.\n');
  await expect(async () => {
    await page.goto(`${BASE}/`);
    await expect(page.locator('article.post-card h2').first()).toHaveText('Written just now', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  const edited = fs.readFileSync(path.join(postsDir, 'tiny.mdx'), 'utf8').replace('title: "Tiny"', 'title: "Tiny, renamed"');
  fs.writeFileSync(path.join(postsDir, 'tiny.mdx'), edited);
  fs.rmSync(file);
  await expect(async () => {
    await page.goto(`${BASE}/`);
    await expect(page.getByRole('link', { name: 'Written just now' })).toHaveCount(0, { timeout: 1_000 });
    await expect(page.getByRole('link', { name: 'Tiny, renamed' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test('drafts show with a badge in next dev', async ({ page }) => {
  const file = path.join(postsDir, 'unfinished.mdx');
  fs.writeFileSync(file, '---\ntitle: "Unfinished thoughts"\ndate: 2025-12-31\ndraft: true\n---\n\nNot ready.\n');
  await expect(async () => {
    await page.goto(`${BASE}/`);
    const card = page.locator('article.post-card').filter({ hasText: 'Unfinished thoughts' });
    await expect(card.locator('.draft-badge')).toHaveText('Draft', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  // The post's page follows once the watcher has added the new file to the list of post modules.
  await expect(async () => {
    await page.goto(`${BASE}/posts/unfinished`);
    await expect(page.locator('article.post .draft-badge')).toHaveText('Draft', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  fs.rmSync(file);
});

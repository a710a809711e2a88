// `npm run bench:preview`: how long `next dev` takes from saving a post to the
// new text being on screen, for a 2,000-word post. Starts `next dev` on
// 127.0.0.1 over a temporary copy of the sample posts, opens the post in
// Chromium, saves several edits and prints the median. Budget: under 1.5 s.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath, startServer } from '../lib/serve';

const PORT = Number(process.env.FOLIO_BENCH_PORT || 3105);
const BASE = `http://127.0.0.1:${PORT}`;
const EDITS = 7;
const BUDGET_MS = 1500;

/** Writes a deterministic post of about 2,000 words: paragraphs, headings, a list and a code block. */
function longPost(): string {
  const words = ['replica', 'quorum', 'latency', 'partition', 'leader', 'commit', 'snapshot', 'follower', 'write', 'read', 'the', 'a', 'of', 'and', 'to', 'in'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return words[seed % words.length];
  };
  const paragraph = () => `${Array.from({ length: 60 }, next).join(' ')}.`;

  const body: string[] = ['MARKER-PARAGRAPH', ''];
  for (let section = 1; section <= 7; section++) {
    body.push(`## Section ${section}`, '', paragraph(), '', paragraph(), '', `### Detail ${section}`, '', paragraph(), '', '- one item', '- another item', '', paragraph(), '', paragraph(), '');
  }
  body.push('```ts', 'const answer: number = 42;', '```', '');
  return ['---', 'title: "A long post for the preview benchmark"', 'date: 2025-12-01', '---', '', ...body].join('\n');
}

// Inside the project: a posts folder that shares only / with it would make Turbopack watch the whole disk.
fs.mkdirSync('.tmp', { recursive: true });
const postsDir = fs.mkdtempSync(path.resolve('.tmp', 'preview-'));
fs.cpSync('posts', postsDir, { recursive: true });
const file = path.join(postsDir, 'preview-benchmark.mdx');
const source = longPost();
fs.writeFileSync(file, source);

const server = await startServer(
  ['npx', 'next', 'dev', '--hostname', '127.0.0.1', '--port', String(PORT)],
  PORT,
  '/',
  { FOLIO_POSTS_DIR: postsDir, FOLIO_DIST_DIR: '.next-bench-preview' },
  90_000,
);

try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  await page.goto(`${BASE}/posts/preview-benchmark`);
  await page.getByText('MARKER-PARAGRAPH').waitFor({ timeout: 120_000 });

  const timings: number[] = [];
  for (let edit = 1; edit <= EDITS; edit++) {
    const token = `Edited text number ${edit} ${Date.now()}`;
    const started = performance.now();
    fs.writeFileSync(file, source.replace('MARKER-PARAGRAPH', token));
    await page.getByText(token).waitFor({ timeout: 30_000 });
    timings.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await browser.close();

  const sorted = [...timings].sort((left, right) => left - right);
  const median = sorted[Math.floor(sorted.length / 2)];
  const words = source.split(/\s+/).length;
  console.log(`save-to-screen in next dev, ${words}-word post, ${EDITS} edits: median ${Math.round(median)} ms, min ${Math.round(sorted[0])} ms, max ${Math.round(sorted.at(-1)!)} ms`);
  console.log(`budget ${BUDGET_MS} ms: ${median < BUDGET_MS ? 'met' : 'missed'}`);
} finally {
  server.stop();
  fs.rmSync(postsDir, { recursive: true, force: true });
}

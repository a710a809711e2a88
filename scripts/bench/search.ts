// Search benchmark: 1,000 generated posts, indexed by MiniSearch and by
// Pagefind, measured against the budget for the search page: results within
// 50 ms of a keystroke once the index is loaded, and under 300 kB compressed
// loaded for a first query. Not a test: it prints figures and writes
// bench-results/search.json. Pagefind runs in Chromium (FOLIO_BROWSER, default
// /usr/bin/chromium) against a server on 127.0.0.1:3125.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import MiniSearch from 'minisearch';
import type { Post } from '../../lib/content';
import { escapeXml } from '../../lib/feed/xml';
import { searchDocument } from '../../lib/search/documents';
import { buildPagefindBundle, type BundleFile } from '../../lib/search/pagefind';
import { generatePosts, seededRandom, type BenchPost } from './search-corpus';

const POST_COUNT = 1000;
const PORT = 3125;
const SHOWN_RESULTS = 10;
const BUDGET = { latencyMs: 50, firstQueryBytes: 300 * 1024 };

interface Latency {
  p50: number;
  p95: number;
  max: number;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** Keystroke sequences: every prefix from 3 letters of words picked across the frequency range, some two-word. */
function keystrokes(posts: BenchPost[]): string[] {
  const random = seededRandom(7);
  const words = posts.flatMap((post) => post.paragraphs[0].toLowerCase().match(/[a-z]{5,}/g) ?? []);
  const picked = Array.from({ length: 30 }, () => words[Math.floor(random() * words.length)]);
  const queries: string[] = [];
  for (const [index, word] of picked.entries()) {
    const typed = index % 5 === 0 ? `${picked[(index + 1) % picked.length]} ${word}` : word;
    const start = typed.indexOf(word);
    for (let end = start + 3; end <= typed.length; end++) queries.push(typed.slice(0, end));
  }
  return queries;
}

function bodyText(post: BenchPost): string {
  return post.paragraphs.map((paragraph, index) => (index > 0 && post.headings[index - 1] ? `${post.headings[index - 1]}\n${paragraph}` : paragraph)).join('\n\n');
}

function benchMiniSearch(posts: BenchPost[], queries: string[]) {
  const documents = posts.map((post, id) => ({ id, slug: post.slug, title: post.title, summary: post.summary, tags: post.tags.join(' '), headings: post.headings.join(' '), text: bodyText(post) }));
  const options = {
    fields: ['title', 'summary', 'tags', 'headings', 'text'],
    storeFields: ['title', 'slug'],
    searchOptions: { prefix: true, boost: { title: 10, summary: 5, tags: 5, headings: 3 } },
  };

  const built = performance.now();
  const index = new MiniSearch(options);
  index.addAll(documents);
  const buildMs = performance.now() - built;

  const json = JSON.stringify(index);
  const loaded = performance.now();
  const restored = MiniSearch.loadJSON(json, options);
  const loadMs = performance.now() - loaded;

  const samples = queries.map((query) => {
    const started = performance.now();
    restored.search(query).slice(0, SHOWN_RESULTS);
    return performance.now() - started;
  });

  return {
    buildMs,
    loadMs,
    indexBytes: Buffer.byteLength(json),
    gzipBytes: zlib.gzipSync(json, { level: 9 }).length,
    brotliBytes: zlib.brotliCompressSync(json).length,
    latency: latency(samples),
  };
}

function asPost(post: BenchPost): Post {
  return {
    slug: post.slug, source: `${post.slug}.mdx`, format: 'mdx', title: post.title, date: post.date, summary: post.summary,
    tags: post.tags, authors: ['bench'], draft: false, toc: { min: 2, max: 4 }, aliases: [], words: 0, readingMinutes: 1, headings: [], hasMath: false,
  };
}

function bodyHtml(post: BenchPost): string {
  return post.paragraphs
    .map((paragraph, index) => {
      const heading = index > 0 ? post.headings[index - 1] : undefined;
      const slug = heading?.replace(/\s+/g, '-');
      return `${heading ? `<h2 id="${slug}-${index}">${escapeXml(heading)}</h2>` : ''}<p>${escapeXml(paragraph)}</p>`;
    })
    .join('\n');
}

const TEXT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };

/** A file the server sent, with the bytes of its body as sent (compressed). */
interface Sent {
  path: string;
  bytes: number;
}

/**
 * Serves the bundle like a production host: text gzip-compressed, Pagefind's
 * own files as written (already gzip-compressed). Bytes are counted here, not
 * in the page, because Pagefind fetches its index from a Web Worker, whose
 * requests the page's resource timing does not list.
 */
function serve(files: BundleFile[], sent: Sent[]): Promise<http.Server> {
  const byPath = new Map(files.map((file) => [`/pagefind/${file.path}`, file.content]));
  byPath.set('/', Buffer.from('<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>'));

  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`).pathname;
    const content = byPath.get(pathname);
    if (!content) {
      response.writeHead(404).end();
      return;
    }
    const type = TEXT_TYPES[path.extname(pathname)] ?? (pathname === '/' ? 'text/html' : undefined);
    const body = type ? zlib.gzipSync(content, { level: 9 }) : content;
    if (pathname !== '/') sent.push({ path: pathname, bytes: body.length });
    if (type) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' }).end(body);
    } else {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(body);
    }
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

async function benchPagefind(posts: BenchPost[], queries: string[]) {
  const built = performance.now();
  const files = await buildPagefindBundle(posts.map((post) => searchDocument(asPost(post), post.tags, bodyHtml(post), 'en')));
  const buildMs = performance.now() - built;

  const sent: Sent[] = [];
  const server = await serve(files, sent);
  const browser = await chromium.launch({ executablePath: process.env.FOLIO_BROWSER || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // tsx compiles with esbuild's keepNames, which wraps the functions passed to
    // page.evaluate in calls to a `__name` helper that only exists in Node.
    await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const first = await page.evaluate(
      async ({ query, shown }) => {
        const started = performance.now();
        const pagefind = await import('/pagefind/pagefind.js' as string);
        const found = await pagefind.search(query);
        await Promise.all(found.results.slice(0, shown).map((result: { data(): Promise<unknown> }) => result.data()));
        (globalThis as unknown as { benchPagefind: unknown }).benchPagefind = pagefind;
        return performance.now() - started;
      },
      { query: queries[0], shown: SHOWN_RESULTS },
    );
    const firstQuery = [...sent];

    const samples = await page.evaluate(
      async ({ queries, shown }) => {
        const run = async (pagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> }, query: string) => {
          const started = performance.now();
          const found = await pagefind.search(query);
          await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
          return performance.now() - started;
        };

        const pagefind = (globalThis as unknown as { benchPagefind: Parameters<typeof run>[0] }).benchPagefind;
        const measured: number[] = [];
        for (const query of queries.slice(1)) measured.push(await run(pagefind, query));
        return measured;
      },
      { queries, shown: SHOWN_RESULTS },
    );
    const bytes = (list: Sent[]) => list.reduce((sum, file) => sum + file.bytes, 0);

    return {
      buildMs,
      fileCount: files.length,
      bundleBytes: files.reduce((sum, file) => sum + file.content.length, 0),
      loadAndFirstQueryMs: first,
      firstQueryBytes: bytes(firstQuery),
      firstQueryFiles: firstQuery.map((file) => `${file.path} ${file.bytes}`),
      bytesAfterAllQueries: bytes(sent),
      latency: latency(samples),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

const posts = generatePosts(POST_COUNT);
const queries = keystrokes(posts);
const words = posts.reduce((sum, post) => sum + bodyText(post).split(/\s+/).length, 0);
console.log(`generated ${POST_COUNT} posts, ${words.toLocaleString('en-US')} words; ${queries.length} keystroke queries`);

const mini = benchMiniSearch(posts, queries);
console.log(
  `MiniSearch: built in ${ms(mini.buildMs)}, loaded in ${ms(mini.loadMs)}; index ${kB(mini.indexBytes)}, ${kB(mini.gzipBytes)} gzip, ${kB(mini.brotliBytes)} brotli ` +
    `(${verdict(mini.gzipBytes < BUDGET.firstQueryBytes)} gzip); query p50 ${ms(mini.latency.p50)}, p95 ${ms(mini.latency.p95)}, max ${ms(mini.latency.max)} (${verdict(mini.latency.p95 < BUDGET.latencyMs)})`,
);

const pagefind = await benchPagefind(posts, queries);
console.log(
  `Pagefind: built in ${ms(pagefind.buildMs)}, ${pagefind.fileCount} files, ${kB(pagefind.bundleBytes)} in all; first query loaded ${kB(pagefind.firstQueryBytes)} ` +
    `(${verdict(pagefind.firstQueryBytes < BUDGET.firstQueryBytes)}) in ${ms(pagefind.loadAndFirstQueryMs)}; later keystrokes p50 ${ms(pagefind.latency.p50)}, ` +
    `p95 ${ms(pagefind.latency.p95)}, max ${ms(pagefind.latency.max)} (${verdict(pagefind.latency.p95 < BUDGET.latencyMs)}); ${kB(pagefind.bytesAfterAllQueries)} after all queries`,
);
console.log(`Pagefind first query files: ${pagefind.firstQueryFiles.join(', ')}`);

fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/search.json', `${JSON.stringify({ posts: POST_COUNT, words, queries: queries.length, miniSearch: mini, pagefind }, null, 2)}\n`);

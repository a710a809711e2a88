// `npm run weight`: what a modern browser downloads per route of the
// production build, gzip-compressed, and how much of the JavaScript is the
// site's own.
//
// Each route is loaded in Chromium from server.mjs and every script and
// stylesheet response is counted once the network is idle, so the figures
// include chunks that load after hydration. Scripts marked `nomodule` are
// never requested by a modern browser and so never counted. Each body is
// gzipped here (zlib, default level) rather than read off the wire, so the
// figures do not depend on the server's compression.
//
// "Own JS" is a route's JavaScript minus that of an empty App Router page
// built with the same Next.js, React and settings: scripts/weight/baseline,
// built into its own .next folder on first use (`--rebuild-baseline` to
// redo it). Budgets: post 15 kB own JS, index 5 kB own JS, CSS 15 kB on every
// route. The run fails (exit 1) when a budget is exceeded.
//
//   --port N   first of the two ports this script serves on (default 3144; N+1 is the baseline)
//   --json     print one JSON object instead of the table
//   --files    also list every file each route loads, largest first
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, chromiumPath, startFolio, startNext, type RunningServer } from './lib/serve';

const BASELINE_DIR = path.join('scripts', 'weight', 'baseline');
const KB = 1000;

/** Routes measured, with their own-JS budget in bytes where one is set. */
const ROUTES: { name: string; path: string; ownJsBudget?: number }[] = [
  { name: 'index', path: '/', ownJsBudget: 5 * KB },
  { name: 'post', path: '/posts/redis-beyond-caching', ownJsBudget: 15 * KB },
  { name: 'tags', path: '/tags' },
  { name: 'tag page', path: '/tags/redis' },
  { name: 'archives', path: '/archives' },
  { name: 'search', path: '/search' },
  { name: '404 page', path: '/no-such-page' },
];
const CSS_BUDGET = 15 * KB;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3144' },
    json: { type: 'boolean', default: false },
    files: { type: 'boolean', default: false },
    'rebuild-baseline': { type: 'boolean', default: false },
  },
});

interface Weight {
  /** Gzip bytes of all scripts and of all stylesheets. */
  js: number;
  css: number;
  /** Each file with its gzip bytes, for finding what costs what. */
  files: { url: string; type: 'script' | 'stylesheet'; gzip: number }[];
}

function buildBaseline(): void {
  const buildId = path.join(BASELINE_DIR, '.next', 'BUILD_ID');
  if (fs.existsSync(buildId) && !values['rebuild-baseline']) return;
  console.error(`building the empty baseline app in ${BASELINE_DIR} …`);
  execFileSync('npx', ['next', 'build', BASELINE_DIR], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

async function measure(browser: import('@playwright/test').Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending: Promise<Weight['files'][number] | null>[] = [];

  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), type, gzip: gzipSync(body).length }) as const)
        .catch(() => null),
    );
  });

  await page.goto(url, { waitUntil: 'networkidle' });
  // Chunks that hydration or a link prefetch requests arrive after the load event.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  await context.close();

  const files = (await Promise.all(pending)).filter((file) => file !== null);
  const sum = (type: string) => files.filter((file) => file.type === type).reduce((total, file) => total + file.gzip, 0);
  return { js: sum('script'), css: sum('stylesheet'), files };
}

const distDir = process.env.FOLIO_DIST_DIR || '.next';
if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`no production build in ${distDir}; run \`npm run build\` first`);
  process.exit(1);
}
buildBaseline();

const port = Number(values.port);
const servers: RunningServer[] = [];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
let baseline: Weight;
const rows: (Weight & (typeof ROUTES)[number] & { ownJs: number; problems: string[] })[] = [];

try {
  const site = await startFolio(port);
  servers.push(site);
  const empty = await startNext(BASELINE_DIR, port + 1);
  servers.push(empty);

  baseline = await measure(browser, `${empty.url}/`);
  for (const route of ROUTES) {
    const weight = await measure(browser, `${site.url}${route.path}`);
    const ownJs = weight.js - baseline.js;
    const problems: string[] = [];
    if (route.ownJsBudget !== undefined && ownJs > route.ownJsBudget) problems.push(`${route.name}: own JS ${ownJs} B is over the budget of ${route.ownJsBudget} B`);
    if (weight.css > CSS_BUDGET) problems.push(`${route.name}: CSS ${weight.css} B is over the budget of ${CSS_BUDGET} B`);
    rows.push({ ...route, ...weight, ownJs, problems });
  }
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}

const kB = (bytes: number) => (bytes / KB).toFixed(1);
const problems = rows.flatMap((row) => row.problems);

if (values.json) {
  console.log(JSON.stringify({ baseline: baseline!, routes: rows, problems }, null, 2));
} else {
  console.log(`empty App Router page: ${kB(baseline!.js)} kB JS in ${baseline!.files.length} files (gzip)`);
  console.log('route      JS total   own JS   budget     CSS   budget');
  for (const row of rows) {
    const budget = row.ownJsBudget === undefined ? '—' : kB(row.ownJsBudget);
    console.log(`${row.name.padEnd(9)} ${kB(row.js).padStart(9)} ${kB(row.ownJs).padStart(8)} ${budget.padStart(8)} ${kB(row.css).padStart(7)} ${kB(CSS_BUDGET).padStart(8)}   (kB gzip)`);
  }
  if (values.files) {
    for (const row of rows) {
      console.log(`\n${row.name} (${row.path}):`);
      for (const file of [...row.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kB(file.gzip).padStart(6)} kB  ${file.type.padEnd(10)} ${new URL(file.url).pathname}`);
    }
  }
  for (const problem of problems) console.error(problem);
}

process.exitCode = problems.length > 0 ? 1 : 0;

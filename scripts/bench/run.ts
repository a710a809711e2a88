// `npm run bench`: generates corpora, measures Folio's content index, builds
// and page weight against the framework floor, writes JSON and Markdown to the
// output folder and prints the Markdown. Budget misses are reported, not fatal:
// absolute times on a shared machine drift, so nothing here fails a build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolvePostsDir } from '../../lib/content/files.mjs';
import { writePostModules } from '../../lib/mdx/post-modules.mjs';
import { checkBudgets } from './budgets';
import { buildBare, buildFolio, buildFolioPosts, prerenderedRoutes, type App, type BuildRun } from './builds';
import { createCorpusSource, DEFAULT_SEED, writeCorpus } from './corpus';
import { measureIndex } from './index-time';
import { renderMarkdown } from './report';
import type { BenchResults, BuildResult, MachineInfo, SizeResult, WeightResult } from './results';
import { median } from './stats';
import { measurePage, prerenderedHtml } from './weight';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `Usage: npm run bench -- [options]

  --sizes LIST      corpus sizes in posts, comma-separated (default 100,1000)
  --large           also measure 5,000 posts (slow: several minutes per build)
  --quick           measure the content index only: one run, no builds
  --runs N          builds per app and size, taking turns (default 2)
  --index-runs N    index measurements per size, each in fresh processes (default 3)
  --seed N          corpus seed (default ${DEFAULT_SEED})
  --corpora DIR     where corpora are written (default bench-corpora)
  --out DIR         where results are written (default bench-results)
  --help            show this text`;

/** Options of one benchmark run, after parsing the command line. */
interface Options {
  sizes: number[];
  quick: boolean;
  runs: number;
  indexRuns: number;
  seed: number;
  corporaDir: string;
  outDir: string;
}

// Single-file edits per index run, each followed by a timed re-index.
const CHANGES_PER_RUN = 5;
// Routes every App Router build prerenders, which are not Folio features.
const FRAMEWORK_ROUTES = new Set(['/_not-found', '/_global-error', '/404', '/500']);

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`invalid ${name}: "${value}"; expected a positive whole number`);
  return number;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      large: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '2' },
      'index-runs': { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      corpora: { type: 'string', default: 'bench-corpora' },
      out: { type: 'string', default: 'bench-results' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;

  const sizes = (values.sizes ?? '100,1000').split(',').map((size) => positiveInteger('--sizes entry', size.trim()));
  if (values.large && !sizes.includes(5000)) sizes.push(5000);

  return {
    sizes: [...new Set(sizes)].sort((left, right) => left - right),
    quick: values.quick,
    runs: positiveInteger('--runs', values.runs),
    indexRuns: values['index-runs'] ? positiveInteger('--index-runs', values['index-runs']) : values.quick ? 1 : 3,
    seed: positiveInteger('--seed', values.seed),
    corporaDir: path.resolve(projectRoot, values.corpora),
    outDir: path.resolve(projectRoot, values.out),
  };
}

function machineInfo(): MachineInfo {
  const nextManifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string };
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.cpus().length,
    memoryBytes: os.totalmem(),
    loadAverageStart: os.loadavg(),
    loadAverageEnd: [],
    node: process.versions.node,
    next: nextManifest.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function folderBytes(dir: string): number {
  return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

function lastLines(file: string, count: number): string {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

async function measureBuilds(postsDir: string, posts: number, options: Options): Promise<BuildResult> {
  const logsDir = path.join(options.outDir, 'logs');
  fs.mkdirSync(logsDir, { recursive: true });
  const runs: Record<App, BuildRun[]> = { folio: [], posts: [], bare: [] };
  const builders: Record<App, typeof buildFolio> = { folio: buildFolio, posts: buildFolioPosts, bare: buildBare };
  const apps: App[] = ['folio', 'posts', 'bare'];

  for (let index = 0; index < options.runs; index++) {
    // Rotate which app builds first, so none always meets the same load.
    const order = apps.map((_, offset) => apps[(index + offset) % apps.length]);
    for (const app of order) {
      const logFile = path.join(logsDir, `${posts}-${app}-${index + 1}.log`);
      const run = await builders[app](projectRoot, postsDir, logFile);
      if (run.exitCode !== 0) {
        throw new Error(`${app} build of ${posts} posts failed with exit code ${run.exitCode}; the end of ${logFile}:\n${lastLines(logFile, 30)}`);
      }
      const cpu = run.cpuMs === null ? '' : ` (${(run.cpuMs / 1000).toFixed(1)} s CPU)`;
      const memory = `${Math.round((run.peakTreeRssBytes ?? 0) / 1024 ** 2)} MiB over ${run.peakProcesses} processes`;
      console.log(`  built ${app} in ${(run.wallMs / 1000).toFixed(1)} s${cpu}, peak ${memory}`);
      runs[app].push(run);
    }
  }

  const peak = (list: BuildRun[]) => (list.some((run) => run.peakTreeRssBytes === null) ? null : Math.max(...list.map((run) => run.peakTreeRssBytes ?? 0)));
  const extraRoutes = (list: BuildRun[]) =>
    prerenderedRoutes(list[0].distDir).filter((route) => route !== '/' && !route.startsWith('/posts/') && !FRAMEWORK_ROUTES.has(route));

  const wall = (list: BuildRun[]) => list.map((run) => run.wallMs);
  const cpu = (list: BuildRun[]) => (list.some((run) => run.cpuMs === null) ? null : Math.min(...list.map((run) => run.cpuMs ?? 0)));

  return {
    folio: runs.folio,
    posts: runs.posts,
    bare: runs.bare,
    folioMs: Math.min(...wall(runs.folio)),
    postsMs: Math.min(...wall(runs.posts)),
    bareMs: Math.min(...wall(runs.bare)),
    folioMedianMs: median(wall(runs.folio)),
    postsMedianMs: median(wall(runs.posts)),
    bareMedianMs: median(wall(runs.bare)),
    folioCpuMs: cpu(runs.folio),
    postsCpuMs: cpu(runs.posts),
    bareCpuMs: cpu(runs.bare),
    folioPeakBytes: peak(runs.folio),
    postsPeakBytes: peak(runs.posts),
    barePeakBytes: peak(runs.bare),
    folioExtraRoutes: extraRoutes(runs.folio),
    postsExtraRoutes: extraRoutes(runs.posts),
  };
}

function measureWeight(builds: BuildResult, slug: string): WeightResult {
  const route = `/posts/${slug}`;
  const folioDist = builds.folio[0].distDir;
  const bareDist = builds.bare[0].distDir;
  const folio = measurePage(folioDist, prerenderedHtml(folioDist, route));
  const emptyPage = measurePage(bareDist, prerenderedHtml(bareDist, '/empty'));
  const barePost = measurePage(bareDist, prerenderedHtml(bareDist, route));
  return { route, folio, emptyPage, barePost, ownJsGzipBytes: folio.jsGzipBytes - emptyPage.jsGzipBytes };
}

async function measureSize(posts: number, options: Options): Promise<SizeResult> {
  const corpusDir = path.join(options.corporaDir, `seed-${options.seed}`, String(posts));
  const generated = writeCorpus(corpusDir, posts, createCorpusSource(options.seed));
  const corpusBytes = folderBytes(corpusDir);
  console.log(`${posts} posts: wrote ${corpusDir} (${(corpusBytes / 1e6).toFixed(1)} MB)`);

  const index = await measureIndex(projectRoot, corpusDir, options.indexRuns, CHANGES_PER_RUN);
  console.log(
    `  indexed ${index.posts} posts cold in ${Math.round(index.coldMs)} ms; parser alone ${Math.round(index.parseSyntaxMs)} ms with Folio's syntax, ` +
      `${Math.round(index.parseMs)} ms with MDX's; one change ${Math.round(index.changedMs)} ms`,
  );
  if (index.posts !== posts) throw new Error(`Folio indexed ${index.posts} of the ${posts} posts in ${corpusDir}; expected all of them`);

  if (options.quick) return { posts, corpusDir, corpusBytes, index, builds: null, weight: null };

  const builds = await measureBuilds(corpusDir, posts, options);
  const weight = measureWeight(builds, generated[0].slug);
  return { posts, corpusDir, corpusBytes, index, builds, weight };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(HELP);
    return;
  }

  const startedAt = new Date();
  const machine = machineInfo();
  const sizes: SizeResult[] = [];
  try {
    for (const posts of options.sizes) sizes.push(await measureSize(posts, options));
  } finally {
    // Folio's builds pointed the generated list of post modules at a corpus;
    // point it back at the posts folder this shell's environment selects.
    if (!options.quick) writePostModules(resolvePostsDir(process.env, projectRoot));
  }
  machine.loadAverageEnd = os.loadavg();

  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    machine,
    options: { sizes: options.sizes, runs: options.runs, indexRuns: options.indexRuns, quick: options.quick, seed: options.seed },
    sizes,
    budgets: checkBudgets(sizes),
  };

  const markdown = renderMarkdown(results);
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  fs.mkdirSync(options.outDir, { recursive: true });
  fs.writeFileSync(path.join(options.outDir, `bench-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(options.outDir, `bench-${stamp}.md`), markdown);
  fs.writeFileSync(path.join(options.outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(options.outDir, 'latest.md'), markdown);

  console.log(`\n${markdown}`);
  const shownDir = path.relative(projectRoot, options.outDir);
  console.log(`wrote ${shownDir.startsWith('..') ? options.outDir : shownDir}/latest.json and latest.md`);
}

try {
  await main();
} catch (error) {
  console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

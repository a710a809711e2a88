// Times one content-index measurement in a fresh process, so that no module
// state, JIT warm-up or in-memory cache carries over between measurements.
// Started by index-time.ts; prints one JSON line (an IndexSample) on stdout.
//
//   tsx scripts/bench/index-worker.ts folio <postsDir> <changes>
//   tsx scripts/bench/index-worker.ts folio-parse <postsDir>
//   tsx scripts/bench/index-worker.ts parse <postsDir>
//   tsx scripts/bench/index-worker.ts parse-syntax <postsDir>
//   tsx scripts/bench/index-worker.ts profile <postsDir>
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileByLocation, type ProfileEntry } from './cpu-profile';

/** The measurements a worker can make. */
export type WorkerMode = 'folio' | 'folio-parse' | 'parse' | 'parse-syntax' | 'profile';

/** Timings of one worker run, in milliseconds. */
export interface IndexSample {
  mode: WorkerMode;
  posts: number;
  /** The first full index (folio, profile) or parse of every file (folio-parse, parse) in this process. */
  firstMs: number;
  /** Folio only: each re-index after one file was changed, with the rest in memory. */
  changedMs: number[];
  /** Profile only: where the CPU time of the cold index went. */
  profile?: ProfileEntry[];
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function postFiles(postsDir: string): string[] {
  return fs.readdirSync(postsDir).filter((name) => /\.mdx?$/.test(name)).sort();
}

async function measureFolio(postsDir: string, changes: number): Promise<IndexSample> {
  process.env.FOLIO_POSTS_DIR = postsDir;
  const { getAllPosts } = await import('../../lib/content');

  const started = performance.now();
  const posts = getAllPosts().length;
  const firstMs = performance.now() - started;

  // Re-index as `next dev` does after a save: every file is listed and its
  // size and times compared, and only the changed one is read and parsed.
  const files = postFiles(postsDir);
  const changedMs: number[] = [];
  for (let change = 0; change < Math.min(changes, files.length); change++) {
    const file = path.join(postsDir, files[(change * 7919) % files.length]);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${original}\nA paragraph added by benchmark edit ${change}.\n`);
    try {
      const before = performance.now();
      getAllPosts();
      changedMs.push(performance.now() - before);
    } finally {
      fs.writeFileSync(file, original);
    }
  }

  return { mode: 'folio', posts, firstMs, changedMs };
}

async function profileFolio(postsDir: string): Promise<IndexSample> {
  process.env.FOLIO_POSTS_DIR = postsDir;
  const { getAllPosts } = await import('../../lib/content');

  let posts = 0;
  const started = performance.now();
  const profile = await profileByLocation(projectRoot, () => {
    posts = getAllPosts().length;
  });
  return { mode: 'profile', posts, firstMs: performance.now() - started, changedMs: [], profile };
}

/** Times Folio's own parse step (lib/content/parse.ts, with every syntax extension it uses) over every file. */
async function measureFolioParse(postsDir: string): Promise<IndexSample> {
  const { formatOfFile, parsePost } = await import('../../lib/content/parse');

  const started = performance.now();
  const files = postFiles(postsDir);
  for (const name of files) {
    const parsed = parsePost(fs.readFileSync(path.join(postsDir, name), 'utf8'), formatOfFile(name), name);
    if (!parsed.tree) throw new Error(`${name} in ${postsDir} failed to parse: ${parsed.problem?.message ?? 'no tree'}`);
  }
  return { mode: 'folio-parse', posts: files.length, firstMs: performance.now() - started, changedMs: [] };
}

/**
 * Times the parser alone, parse only, with no transforms and nothing derived
 * from the tree. `syntax` picks its extensions. With `mdx` they are what every
 * MDX post needs, MDX and frontmatter, as the bare @next/mdx app reads posts.
 * With `folio` GFM and math are added, the syntax Folio reads posts in
 * (tables, footnotes, strikethrough, task lists, bare URLs as links, formulas).
 */
async function measureParse(postsDir: string, syntax: 'mdx' | 'folio'): Promise<IndexSample> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkMdx } = await import('remark-mdx');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const { default: remarkGfm } = await import('remark-gfm');
  const { default: remarkMath } = await import('remark-math');
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']);
  const processor = (syntax === 'folio' ? mdx.use(remarkGfm).use(remarkMath) : mdx).freeze();

  const started = performance.now();
  const files = postFiles(postsDir);
  let nodes = 0;
  for (const name of files) {
    const tree = processor.parse(fs.readFileSync(path.join(postsDir, name), 'utf8'));
    nodes += tree.children.length;
  }
  const firstMs = performance.now() - started;

  if (nodes === 0 && files.length > 0) throw new Error(`parsing ${postsDir} produced no nodes; expected posts with content`);
  return { mode: syntax === 'folio' ? 'parse-syntax' : 'parse', posts: files.length, firstMs, changedMs: [] };
}

async function main(): Promise<void> {
  const [mode, postsDir, changes = '0'] = process.argv.slice(2);
  if (!postsDir) throw new Error(`missing posts folder in arguments: ${process.argv.slice(2).join(' ')}; expected "<mode> <postsDir>"`);

  const measurements: Record<WorkerMode, () => Promise<IndexSample>> = {
    folio: () => measureFolio(postsDir, Number(changes)),
    'folio-parse': () => measureFolioParse(postsDir),
    parse: () => measureParse(postsDir, 'mdx'),
    'parse-syntax': () => measureParse(postsDir, 'folio'),
    profile: () => profileFolio(postsDir),
  };
  const measure = measurements[mode as WorkerMode];
  if (!measure) throw new Error(`invalid mode "${mode}"; expected one of ${Object.keys(measurements).join(', ')}`);

  process.stdout.write(`${JSON.stringify(await measure())}\n`);
}

await main();

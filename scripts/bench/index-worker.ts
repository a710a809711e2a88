// Times one content-index measurement in a fresh process, so that no module
// state, JIT warm-up or in-memory cache carries over between measurements.
// Started by index-time.ts; prints one JSON line (an IndexSample) on stdout.
//
//   tsx scripts/bench/index-worker.ts folio <postsDir> <changes>
//   tsx scripts/bench/index-worker.ts parse <postsDir>
import fs from 'node:fs';
import path from 'node:path';

/** Timings of one worker run, in milliseconds. */
export interface IndexSample {
  mode: 'folio' | 'parse';
  posts: number;
  /** The first full index (folio) or parse of every file (parse) in this process. */
  firstMs: number;
  /** Folio only: each re-index after one file was changed, with the rest in memory. */
  changedMs: number[];
}

async function measureFolio(postsDir: string, changes: number): Promise<IndexSample> {
  process.env.FOLIO_POSTS_DIR = postsDir;
  const { getAllPosts } = await import('../../lib/content');

  const started = performance.now();
  const posts = getAllPosts().length;
  const firstMs = performance.now() - started;

  // Re-index as `next dev` does after a save: every file is read and hashed
  // again, and only the changed one is parsed.
  const files = fs.readdirSync(postsDir).filter((name) => /\.mdx?$/.test(name)).sort();
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

async function measureParse(postsDir: string): Promise<IndexSample> {
  // The parser alone: the syntax extensions every MDX post needs, parse only,
  // with no transforms, no GFM and nothing derived from the tree.
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkMdx } = await import('remark-mdx');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).freeze();

  const started = performance.now();
  const files = fs.readdirSync(postsDir).filter((name) => /\.mdx?$/.test(name)).sort();
  let nodes = 0;
  for (const name of files) {
    const tree = processor.parse(fs.readFileSync(path.join(postsDir, name), 'utf8'));
    nodes += tree.children.length;
  }
  const firstMs = performance.now() - started;

  if (nodes === 0 && files.length > 0) throw new Error(`parsing ${postsDir} produced no nodes; expected posts with content`);
  return { mode: 'parse', posts: files.length, firstMs, changedMs: [] };
}

async function main(): Promise<void> {
  const [mode, postsDir, changes = '0'] = process.argv.slice(2);
  if (!postsDir || (mode !== 'folio' && mode !== 'parse')) {
    throw new Error(`invalid arguments: ${process.argv.slice(2).join(' ')}; expected "folio <postsDir> <changes>" or "parse <postsDir>"`);
  }

  const sample = mode === 'folio' ? await measureFolio(postsDir, Number(changes)) : await measureParse(postsDir);
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

await main();

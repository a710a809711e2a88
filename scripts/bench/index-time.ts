// Content index time: Folio's lib/content against the MDX parser alone, each in
// fresh processes that alternate, so drift in a shared machine's load hits both.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ProfileEntry } from './cpu-profile';
import type { IndexSample } from './index-worker';
import { median } from './stats';

const run = promisify(execFile);

/** Index timings of one corpus, medians over the runs, in milliseconds. */
export interface IndexResult {
  posts: number;
  runs: number;
  /** Folio's index with an empty content cache, in a fresh process. */
  coldMs: number;
  /** Folio's index in a fresh process whose content cache on disk is full, as in a build worker. */
  diskCacheMs: number;
  /** The parser alone with the syntax every MDX post needs (MDX, frontmatter), over the same files. */
  parseMs: number;
  /** The parser alone with the syntax Folio reads posts in (MDX, frontmatter, GFM, math), over the same files. */
  parseSyntaxMs: number;
  /** Folio's own parse step alone (lib/content/parse.ts), with all the syntax extensions it uses. */
  folioParseMs: number;
  /** Re-indexing after one file changed, all other results in memory, as in `next dev`. */
  changedMs: number;
  /** The slowest of those re-indexes. */
  changedMaxMs: number;
  samples: { cold: number[]; diskCache: number[]; parse: number[]; parseSyntax: number[]; folioParse: number[]; changed: number[] };
  /** CPU time of one more cold index, by package or project file, largest first. */
  profile: ProfileEntry[];
}

/** Folder of lib/content's cache of results by file contents, relative to the project root. */
export const CONTENT_CACHE_DIR = path.join('node_modules', '.cache', 'folio');

async function runWorker(projectRoot: string, args: string[]): Promise<IndexSample> {
  const worker = path.join(projectRoot, 'scripts', 'bench', 'index-worker.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'development' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(lastLine) as IndexSample;
}

/** Clears Folio's content cache, so the next index parses every file. */
export function clearContentCache(projectRoot: string): void {
  fs.rmSync(path.join(projectRoot, CONTENT_CACHE_DIR), { recursive: true, force: true });
}

/**
 * Measures the index of the corpus in `postsDir` `runs` times: cold, from the
 * disk cache, after `changes` single-file edits, the parser alone (with MDX's
 * syntax and with Folio's) and Folio's parse step alone. Then profiles one
 * more cold index.
 */
export async function measureIndex(projectRoot: string, postsDir: string, runs: number, changes: number): Promise<IndexResult> {
  const samples: IndexResult['samples'] = { cold: [], diskCache: [], parse: [], parseSyntax: [], folioParse: [], changed: [] };
  let posts = 0;

  const runFolio = async () => {
    clearContentCache(projectRoot);
    const cold = await runWorker(projectRoot, ['folio', postsDir, String(changes)]);
    const warm = await runWorker(projectRoot, ['folio', postsDir, '0']);
    samples.cold.push(cold.firstMs);
    samples.changed.push(...cold.changedMs);
    samples.diskCache.push(warm.firstMs);
    posts = cold.posts;
  };
  const runParse = async () => {
    const parsed = await runWorker(projectRoot, ['parse', postsDir]);
    const parsedSyntax = await runWorker(projectRoot, ['parse-syntax', postsDir]);
    const folioParsed = await runWorker(projectRoot, ['folio-parse', postsDir]);
    samples.parse.push(parsed.firstMs);
    samples.parseSyntax.push(parsedSyntax.firstMs);
    samples.folioParse.push(folioParsed.firstMs);
  };

  for (let index = 0; index < runs; index++) {
    // Alternate which goes first, so neither always meets the same load.
    if (index % 2 === 0) {
      await runParse();
      await runFolio();
    } else {
      await runFolio();
      await runParse();
    }
  }

  // Profiling slows the index down, so this run is not one of the timed ones.
  clearContentCache(projectRoot);
  const profiled = await runWorker(projectRoot, ['profile', postsDir]);
  clearContentCache(projectRoot);

  return {
    posts,
    runs,
    coldMs: median(samples.cold),
    diskCacheMs: median(samples.diskCache),
    parseMs: median(samples.parse),
    parseSyntaxMs: median(samples.parseSyntax),
    folioParseMs: median(samples.folioParse),
    changedMs: median(samples.changed),
    changedMaxMs: Math.max(...samples.changed),
    samples,
    profile: profiled.profile ?? [],
  };
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { analyzePost, type PostAnalysis } from './analyze';
import type { PostFormat } from './parse';

// Bump when analyzePost's output changes, so stale cache files are not read.
const CACHE_VERSION = '9';
const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'folio', 'content');

const memory = new Map<string, PostAnalysis>();

function cacheKey(text: string, file: string, format: PostFormat, source: string): string {
  return createHash('sha256').update(`${CACHE_VERSION}\0${format}\0${file}\0${source}\0${text}`).digest('hex');
}

/** Returns the path of the cache file that contains the analysis of this text. */
export function cacheFileFor(text: string, file: string, format: PostFormat, source: string): string {
  return path.join(CACHE_DIR, `${cacheKey(text, file, format, source)}.json`);
}

function readDiskCache(key: string): PostAnalysis | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(CACHE_DIR, `${key}.json`), 'utf8')) as PostAnalysis;
  } catch {
    return null;
  }
}

// Cache files still being written by this process. Writes run on libuv's
// thread pool while the index parses the next post. Done synchronously, the
// 5,000 file writes of a cold index of 5,000 posts blocked it for 3.6 of 25 s
// on the 2-core benchmark machine, waiting on the disk.
const pendingWrites = new Set<Promise<void>>();
let cacheDirReady: Promise<unknown> | null = null;

function writeDiskCache(key: string, analysis: PostAnalysis): void {
  cacheDirReady ??= fs.promises.mkdir(CACHE_DIR, { recursive: true });
  const target = path.join(CACHE_DIR, `${key}.json`);
  const temporary = `${target}.${process.pid}.tmp`;
  const data = JSON.stringify(analysis);

  const write: Promise<void> = cacheDirReady
    .then(() => fs.promises.writeFile(temporary, data))
    .then(() => fs.promises.rename(temporary, target))
    .catch(() => {
      // A cache file that cannot be written only costs a re-parse in the next
      // process. The folder may have been deleted meanwhile: make it again next time.
      cacheDirReady = null;
    })
    .finally(() => pendingWrites.delete(write));
  pendingWrites.add(write);
}

/**
 * Waits until every cache file this process started to write is on disk.
 * A script that ends with `process.exit` calls it first. Without that call,
 * Node.js waits for the writes before the process ends.
 */
export async function settleContentCache(): Promise<void> {
  await Promise.all([...pendingWrites]);
}

/**
 * Analyzes a post's text, where `file` is its display path and `source` its
 * path in the posts folder. An earlier result for the same contents is reused,
 * from this process's memory or from a cache file another process wrote,
 * because Next.js prerenders in several worker processes. `fresh` is true when
 * this call parsed the file, so its warnings are reported once, not by every worker.
 */
export function analyzeCached(text: string, file: string, format: PostFormat, source: string): { analysis: PostAnalysis; fresh: boolean } {
  const key = cacheKey(text, file, format, source);

  const remembered = memory.get(key);
  if (remembered) return { analysis: remembered, fresh: false };

  const stored = readDiskCache(key);
  if (stored) {
    memory.set(key, stored);
    return { analysis: stored, fresh: false };
  }

  const analysis = analyzePost(text, { file, format, source });
  memory.set(key, analysis);
  writeDiskCache(key, analysis);
  return { analysis, fresh: true };
}

/** Returns what identifies a file's contents without reading it, since a changed file gets a new modification or change time. */
function fileStamp(stats: fs.Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

// File times advance in clock ticks of up to 10 ms, and a file saved again
// within the tick of its last reading keeps the same times. As git does for
// its index, a file changed this close to its last reading is read again.
const SAME_TICK_MS = 100;

const byFile = new Map<string, { stamp: string; settled: boolean; analysis: PostAnalysis }>();

/**
 * Analyzes the post at `fullPath` as analyzeCached does, but first compares
 * the file's size and times with the last call in this process and, when they
 * match, returns the last analysis without reading the file. In `next dev`,
 * re-indexing after one save reads and hashes one file instead of all of them.
 */
export function analyzeFile(fullPath: string, file: string, format: PostFormat, source: string): { analysis: PostAnalysis; fresh: boolean } {
  const stats = fs.statSync(fullPath);
  const stamp = fileStamp(stats);
  const known = byFile.get(fullPath);
  if (known && known.settled && known.stamp === stamp) return { analysis: known.analysis, fresh: false };

  const readAt = Date.now();
  const result = analyzeCached(fs.readFileSync(fullPath, 'utf8'), file, format, source);
  const settled = Math.max(stats.mtimeMs, stats.ctimeMs) < readAt - SAME_TICK_MS;
  byFile.set(fullPath, { stamp, settled, analysis: result.analysis });
  return result;
}

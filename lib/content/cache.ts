import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { analyzePost, type PostAnalysis } from './analyze';
import type { PostFormat } from './parse';

// Bump when analyzePost's output changes, so stale cache files are not read.
const CACHE_VERSION = '2';
const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'folio', 'content');

const memory = new Map<string, PostAnalysis>();

function cacheKey(source: string, file: string, format: PostFormat): string {
  return createHash('sha256').update(`${CACHE_VERSION}\0${format}\0${file}\0${source}`).digest('hex');
}

function readDiskCache(key: string): PostAnalysis | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(CACHE_DIR, `${key}.json`), 'utf8')) as PostAnalysis;
  } catch {
    return null;
  }
}

function writeDiskCache(key: string, analysis: PostAnalysis): void {
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const target = path.join(CACHE_DIR, `${key}.json`);
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(analysis));
    fs.renameSync(temporary, target);
  } catch {
    // A cache that cannot be written only costs a re-parse in the next process.
  }
}

/**
 * Analyzes a post, reusing an earlier result for the same file contents: from
 * this process's memory, or from a cache file another process wrote (Next.js
 * prerenders in several worker processes). `fresh` is true when this call parsed
 * the file, so its warnings are reported once and not by every worker.
 */
export function analyzeCached(source: string, file: string, format: PostFormat): { analysis: PostAnalysis; fresh: boolean } {
  const key = cacheKey(source, file, format);

  const remembered = memory.get(key);
  if (remembered) return { analysis: remembered, fresh: false };

  const stored = readDiskCache(key);
  if (stored) {
    memory.set(key, stored);
    return { analysis: stored, fresh: false };
  }

  const analysis = analyzePost(source, { file, format });
  memory.set(key, analysis);
  writeDiskCache(key, analysis);
  return { analysis, fresh: true };
}

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { checkBudgets } from './budgets';
import type { IndexResult } from './index-time';
import { runMeasured } from './process-tree';
import type { BenchResults, SizeResult } from './results';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..');

function indexResult(overrides: Partial<IndexResult>): IndexResult {
  return {
    posts: 1000, runs: 1, coldMs: 100, diskCacheMs: 10, parseMs: 60, parseSyntaxMs: 100, folioParseMs: 90, changedMs: 10, changedMaxMs: 12,
    samples: { cold: [], diskCache: [], parse: [], parseSyntax: [], folioParse: [], changed: [] },
    profile: [],
    ...overrides,
  };
}

function sizeResult(posts: number, index: Partial<IndexResult>): SizeResult {
  return { posts, corpusDir: '/corpus', corpusBytes: 1, index: indexResult(index), builds: null, weight: null };
}

describe('checkBudgets', () => {
  test('index ratio at the limit passes, above it misses', () => {
    const [atLimit] = checkBudgets([sizeResult(1000, { coldMs: 150, parseSyntaxMs: 100 })]);
    const [above] = checkBudgets([sizeResult(1000, { coldMs: 151, parseSyntaxMs: 100 })]);

    expect(atLimit.status).toBe('pass');
    expect(above.status).toBe('miss');
    expect(above.measured).toBe('1.51 × (151 ms vs 100 ms)');
  });

  test('index also checked against MDX syntax', () => {
    const [withSyntax, mdxOnly] = checkBudgets([sizeResult(1000, { coldMs: 140, parseSyntaxMs: 100, parseMs: 70 })]);

    expect(withSyntax.status).toBe('pass');
    expect(mdxOnly.name).toBe("index, cold, 1000 posts, against MDX's syntax alone");
    expect(mdxOnly.status).toBe('miss');
    expect(mdxOnly.measured).toBe('2.00 × (140 ms vs 70 ms)');
  });

  test('slow re-index misses', () => {
    const checks = checkBudgets([sizeResult(1000, { changedMs: 51 })]);
    expect(checks.find((check) => check.name.startsWith('re-index'))?.status).toBe('miss');
  });

  test('growth needs both sizes', () => {
    const growth = checkBudgets([sizeResult(1000, {})]).at(-1);
    expect(growth?.status).toBe('n/a');
  });
});

describe('runMeasured', () => {
  test('peak memory covers child processes', async () => {
    const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-measure-')), 'out.log');
    // A parent that starts a child holding 64 MiB, and waits for it.
    const child = "const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600);";
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;

    const measured = await runMeasured(process.execPath, ['-e', parent], { cwd: projectRoot, env: process.env, logFile });

    expect(measured.exitCode).toBe(0);
    expect(fs.readFileSync(logFile, 'utf8')).toMatch(/^ +\d+\.\d{3} 1\n$/);
    // Two node processes, and GNU time around them where it is installed.
    expect(measured.peakProcesses).toBeGreaterThanOrEqual(2);
    expect(measured.peakTreeRssBytes).toBeGreaterThan(64 * 1024 * 1024);
    expect(measured.peakTreeRssBytes).toBeGreaterThan(measured.peakProcessRssBytes ?? 0);
    if (fs.existsSync('/usr/bin/time')) expect(measured.cpuMs).toBeGreaterThan(0);
  });
});

describe('npm run bench', () => {
  test('runs end to end on 20 posts in quick mode', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/run.ts', '--sizes', '20', '--quick', '--corpora', path.join(dir, 'corpora'), '--out', path.join(dir, 'out')],
      { cwd: projectRoot },
    );
    const results = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'latest.json'), 'utf8')) as BenchResults;
    const [size] = results.sizes;

    expect(stdout).toContain('| index ÷ parser, Folio’s syntax / MDX’s |');
    expect(fs.readFileSync(path.join(dir, 'out', 'latest.md'), 'utf8')).toContain('| budget | limit | measured | status |');
    expect(size.posts).toBe(20);
    expect(size.index.posts).toBe(20);
    expect(size.index.coldMs).toBeGreaterThan(0);
    expect(size.index.parseMs).toBeGreaterThan(0);
    expect(size.index.parseSyntaxMs).toBeGreaterThan(0);
    expect(size.index.samples.changed).toHaveLength(5);
    expect(size.builds).toBeNull();
    expect(results.budgets.map((check) => check.status)).not.toContain(undefined);
    fs.rmSync(dir, { recursive: true });
  });
});

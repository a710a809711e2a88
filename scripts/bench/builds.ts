// Full production builds of Folio and of the bare @next/mdx app over one
// corpus, each from a clean build folder and an empty content cache.
import fs from 'node:fs';
import path from 'node:path';
import { clearContentCache } from './index-time';
import { runMeasured, type MeasuredRun } from './process-tree';

/** Build folders the benchmark owns, inside the project and inside the bare app. */
export const FOLIO_DIST_DIR = '.next-bench-folio';
export const POSTS_DIST_DIR = '.next-bench-posts';
export const BARE_DIST_DIR = '.next-bench-bare';
export const BARE_APP_DIR = path.join('scripts', 'bench', 'bare-app');

/**
 * The kind of a build: Folio's `npm run build` (`folio`), Folio's `next build`
 * of the home page and post pages alone with `FOLIO_BUILD_SCOPE=posts`
 * (`posts`), or the bare @next/mdx app (`bare`).
 */
export type App = 'folio' | 'posts' | 'bare';

/** Durations `next build` prints for its phases, in milliseconds; null when a line is missing. */
export interface BuildPhases {
  compileMs: number | null;
  typecheckMs: number | null;
  staticPagesMs: number | null;
  /**
   * From "Collecting page data" to the start of prerendering, from the log's
   * line times: module loading and generateStaticParams, where Folio's cold index runs.
   */
  collectPageDataMs: number | null;
  /** From the start of the command to `next build`'s banner: Folio's checker and search index, in `npm run build`. */
  beforeNextBuildMs: number | null;
  /** From the start of the command to the end of `next build`'s route table, read from the log's line times. */
  nextBuildMs: number | null;
}

/** One measured build. */
export interface BuildRun extends MeasuredRun {
  app: App;
  distDir: string;
  logFile: string;
  phases: BuildPhases;
}

// Next.js prints durations as "426ms", "4.5s" or, past a minute, "2.7min".
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000 };

function durationIn(log: string, pattern: RegExp): number | null {
  const match = pattern.exec(log);
  return match ? Number(match[1]) * UNIT_MS[match[2]] : null;
}

/** Returns the time of the first line in a runMeasured log that matches `pattern`, in milliseconds. */
function lineTime(log: string, pattern: RegExp): number | null {
  const line = log.split('\n').find((candidate) => pattern.test(candidate));
  const time = line ? /^\s*([\d.]+) /.exec(line) : null;
  return time ? Number(time[1]) * 1000 : null;
}

function interval(log: string, from: RegExp, to: RegExp): number | null {
  const start = lineTime(log, from);
  const end = lineTime(log, to);
  return start !== null && end !== null ? end - start : null;
}

/** Returns the time of the legend line that ends `next build`'s route table, from a log written by runMeasured. */
function routeTableEnd(log: string): number | null {
  const legend = [...log.matchAll(/^\s*([\d.]+) \S+\s+\((?:Static|SSG|Dynamic)\)\s/gm)].at(-1);
  return legend ? Number(legend[1]) * 1000 : null;
}

/** Reads the phase durations from the output of `next build` (as Next.js 16.5 words them). */
export function parseBuildPhases(log: string): BuildPhases {
  return {
    compileMs: durationIn(log, /Compiled successfully in ([\d.]+)(ms|s|min)\b/),
    typecheckMs: durationIn(log, /Finished TypeScript in ([\d.]+)(ms|s|min)\b/),
    staticPagesMs: durationIn(log, /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)\b/),
    collectPageDataMs: interval(log, /Collecting page data/, /Generating static pages using \d+ workers? \(0\//),
    beforeNextBuildMs: lineTime(log, /▲ Next\.js/),
    nextBuildMs: routeTableEnd(log),
  };
}

function nextBinary(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/**
 * Returns the command line of Folio's `npm run build` script, run through `sh`
 * as npm does but without npm's own process, so the benchmark measures whatever
 * the build script is when it runs.
 */
function folioBuildScript(projectRoot: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.build;
  if (!script) throw new Error(`package.json in ${projectRoot} has no "build" script; expected the one \`npm run build\` runs`);
  return script;
}

function baseEnv(projectRoot: string): NodeJS.ProcessEnv {
  const bin = path.join(projectRoot, 'node_modules', '.bin');
  // `next build` runs in production mode whatever the shell's NODE_ENV is.
  return { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
}

/** Builds Folio over `postsDir` with `npm run build`'s script, cold. */
export async function buildFolio(projectRoot: string, postsDir: string, logFile: string): Promise<BuildRun> {
  const distDir = path.join(projectRoot, FOLIO_DIST_DIR);
  fs.rmSync(distDir, { recursive: true, force: true });
  clearContentCache(projectRoot);

  const env = { ...baseEnv(projectRoot), FOLIO_POSTS_DIR: postsDir, FOLIO_DIST_DIR: FOLIO_DIST_DIR };
  const run = await runMeasured('sh', ['-c', folioBuildScript(projectRoot)], { cwd: projectRoot, env, logFile });
  return { ...run, app: 'folio', distDir, logFile, phases: parseBuildPhases(fs.readFileSync(logFile, 'utf8')) };
}

/**
 * Builds Folio's home page and post pages over `postsDir` with `next build`
 * and `FOLIO_BUILD_SCOPE=posts`, cold: the pages the bare app has, without the
 * checker, the search index, Open Graph images, tag pages and pages 2 and on.
 */
export async function buildFolioPosts(projectRoot: string, postsDir: string, logFile: string): Promise<BuildRun> {
  const distDir = path.join(projectRoot, POSTS_DIST_DIR);
  fs.rmSync(distDir, { recursive: true, force: true });
  clearContentCache(projectRoot);

  const env = { ...baseEnv(projectRoot), FOLIO_POSTS_DIR: postsDir, FOLIO_DIST_DIR: POSTS_DIST_DIR, FOLIO_BUILD_SCOPE: 'posts' };
  const run = await runMeasured(process.execPath, [nextBinary(projectRoot), 'build'], { cwd: projectRoot, env, logFile });
  return { ...run, app: 'posts', distDir, logFile, phases: parseBuildPhases(fs.readFileSync(logFile, 'utf8')) };
}

/** Builds the bare @next/mdx app over `postsDir` with `next build`, cold. */
export async function buildBare(projectRoot: string, postsDir: string, logFile: string): Promise<BuildRun> {
  const appDir = path.join(projectRoot, BARE_APP_DIR);
  const distDir = path.join(appDir, BARE_DIST_DIR);
  fs.rmSync(distDir, { recursive: true, force: true });

  const env = { ...baseEnv(projectRoot), BENCH_POSTS_DIR: postsDir, BENCH_DIST_DIR: BARE_DIST_DIR };
  const run = await runMeasured(process.execPath, [nextBinary(projectRoot), 'build'], { cwd: appDir, env, logFile });
  return { ...run, app: 'bare', distDir, logFile, phases: parseBuildPhases(fs.readFileSync(logFile, 'utf8')) };
}

/** Lists the routes a build prerendered, from its prerender manifest. */
export function prerenderedRoutes(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes);
}

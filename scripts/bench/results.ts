// The shape of a benchmark run's results, as written to JSON.
import type { BuildRun } from './builds';
import type { IndexResult } from './index-time';
import type { PageWeight } from './weight';

/** The machine and load a run was measured on; absolute figures only compare within one run. */
export interface MachineInfo {
  cpuModel: string;
  cpus: number;
  memoryBytes: number;
  /** One, five and fifteen minute load averages when the run started and ended. */
  loadAverageStart: number[];
  loadAverageEnd: number[];
  node: string;
  next: string;
  platform: string;
}

/** Builds of Folio (whole and home and post pages only) and the bare app over one corpus. */
export interface BuildResult {
  folio: BuildRun[];
  /** Folio's home page and post pages alone (`FOLIO_BUILD_SCOPE=posts next build`). */
  posts: BuildRun[];
  bare: BuildRun[];
  /**
   * Fastest wall time over the runs, in milliseconds. On a shared machine the
   * fastest run is the one least slowed by other work.
   */
  folioMs: number;
  postsMs: number;
  bareMs: number;
  /** Median wall time over the runs, in milliseconds. */
  folioMedianMs: number;
  postsMedianMs: number;
  bareMedianMs: number;
  /** Least CPU time (user plus system, whole process tree) over the runs, in milliseconds; null without GNU time. */
  folioCpuMs: number | null;
  postsCpuMs: number | null;
  bareCpuMs: number | null;
  /** Highest peak of RSS summed over the process tree, over the runs, in bytes. */
  folioPeakBytes: number | null;
  postsPeakBytes: number | null;
  barePeakBytes: number | null;
  /** Routes Folio prerendered besides the home page, post pages and the error pages. */
  folioExtraRoutes: string[];
  /** The same for the home-and-post-pages build: routes that exist once per site, not per post. */
  postsExtraRoutes: string[];
}

/** Weight of one post page, and how much of its JavaScript is the framework's. */
export interface WeightResult {
  route: string;
  folio: PageWeight;
  /** An empty App Router page of the bare app: the framework runtime alone. */
  emptyPage: PageWeight;
  /** The same post in the bare app. */
  barePost: PageWeight;
  /** Folio's post page JavaScript minus the empty page's, in gzip bytes. */
  ownJsGzipBytes: number;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  posts: number;
  corpusDir: string;
  corpusBytes: number;
  index: IndexResult;
  builds: BuildResult | null;
  weight: WeightResult | null;
}

/** Whether a budget held: `n/a` when this run did not measure what it needs. */
export type BudgetStatus = 'pass' | 'miss' | 'n/a';

/** One budget checked against one run. */
export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  status: BudgetStatus;
  note?: string;
}

/** A whole benchmark run. */
export interface BenchResults {
  startedAt: string;
  durationMs: number;
  machine: MachineInfo;
  options: { sizes: number[]; runs: number; indexRuns: number; quick: boolean; seed: number };
  sizes: SizeResult[];
  budgets: BudgetCheck[];
}

// Folio's performance budgets, each a ratio against a floor measured in the
// same run (or an absolute limit where no floor exists), checked against results.
import type { BudgetCheck, SizeResult } from './results';

/** The budgets; the ratios are against the MDX parser alone and the bare @next/mdx build. */
export const BUDGETS = {
  indexColdOverParse: 1.5,
  changedReindexMs: 50,
  postPagesBuildOverBare: 1.3,
  wholeBuildOverBare: 2,
  growthFrom1000To5000: 5.5,
  peakMemoryBytes: 4 * 1024 ** 3,
  ownJsGzipBytes: 15_000,
} as const;

const ratio = (value: number) => `${value.toFixed(2)} ×`;
const milliseconds = (value: number) => `${Math.round(value)} ms`;
const gibibytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const status = (pass: boolean): BudgetCheck['status'] => (pass ? 'pass' : 'miss');

function indexBudgets(size: SizeResult): BudgetCheck[] {
  const { coldMs, parseMs, parseSyntaxMs, changedMs, changedMaxMs } = size.index;
  const syntaxRatio = coldMs / parseSyntaxMs;
  const mdxRatio = coldMs / parseMs;
  return [
    {
      name: `index, cold, ${size.posts} posts`,
      limit: `≤ ${BUDGETS.indexColdOverParse} × parser alone, Folio's syntax`,
      measured: `${ratio(syntaxRatio)} (${milliseconds(coldMs)} vs ${milliseconds(parseSyntaxMs)})`,
      status: status(syntaxRatio <= BUDGETS.indexColdOverParse),
      note: 'the parser with the extensions Folio reads posts with: MDX, frontmatter, GFM and math',
    },
    {
      name: `index, cold, ${size.posts} posts, against MDX's syntax alone`,
      limit: `≤ ${BUDGETS.indexColdOverParse} × parser alone, MDX's syntax`,
      measured: `${ratio(mdxRatio)} (${milliseconds(coldMs)} vs ${milliseconds(parseMs)})`,
      status: status(mdxRatio <= BUDGETS.indexColdOverParse),
      note: 'the parser as the bare app uses it, without GFM and math; the gap is the cost of those extensions (scripts/bench/gfm-cost.ts)',
    },
    {
      name: `re-index after one change, ${size.posts} posts`,
      limit: `≤ ${BUDGETS.changedReindexMs} ms`,
      measured: `${milliseconds(changedMs)} median, ${milliseconds(changedMaxMs)} max`,
      status: status(changedMs <= BUDGETS.changedReindexMs),
    },
  ];
}

function buildBudgets(size: SizeResult): BudgetCheck[] {
  const builds = size.builds;
  if (!builds) return [];

  const against = (ms: number, cpuMs: number | null) => {
    const cpu = cpuMs !== null && builds.bareCpuMs !== null ? `; CPU time ${ratio(cpuMs / builds.bareCpuMs)}` : '';
    return `${ratio(ms / builds.bareMs)} (${(ms / 1000).toFixed(1)} s vs ${(builds.bareMs / 1000).toFixed(1)} s${cpu})`;
  };
  const postsRatio = builds.postsMs / builds.bareMs;
  const wholeRatio = builds.folioMs / builds.bareMs;
  const singleRoutes = builds.postsExtraRoutes;

  const checks: BudgetCheck[] = [
    {
      name: `build, index and post pages, ${size.posts} posts`,
      limit: `≤ ${BUDGETS.postPagesBuildOverBare} × bare build`,
      measured: against(builds.postsMs, builds.postsCpuMs),
      status: status(postsRatio <= BUDGETS.postPagesBuildOverBare),
      note:
        singleRoutes.length > 0
          ? `\`FOLIO_BUILD_SCOPE=posts next build\`, which also prerenders ${singleRoutes.length} routes that exist once per site (${singleRoutes.join(', ')})`
          : '`FOLIO_BUILD_SCOPE=posts next build`',
    },
    {
      name: `build, whole, ${size.posts} posts`,
      limit: `≤ ${BUDGETS.wholeBuildOverBare} × bare build`,
      measured: against(builds.folioMs, builds.folioCpuMs),
      status: status(wholeRatio <= BUDGETS.wholeBuildOverBare),
    },
  ];

  if (builds.folioPeakBytes !== null) {
    checks.push({
      name: `build peak memory, ${size.posts} posts`,
      limit: `≤ ${gibibytes(BUDGETS.peakMemoryBytes)}`,
      measured: `${gibibytes(builds.folioPeakBytes)} (sum of RSS over the process tree)`,
      status: status(builds.folioPeakBytes <= BUDGETS.peakMemoryBytes),
    });
  }
  return checks;
}

function weightBudgets(size: SizeResult): BudgetCheck[] {
  if (!size.weight) return [];
  const own = size.weight.ownJsGzipBytes;
  return [
    {
      name: `own JavaScript on a post page, ${size.posts} posts`,
      limit: `≤ ${(BUDGETS.ownJsGzipBytes / 1000).toFixed(0)} kB gzip`,
      measured: `${(own / 1000).toFixed(1)} kB gzip`,
      status: status(own <= BUDGETS.ownJsGzipBytes),
    },
  ];
}

function growthBudget(sizes: SizeResult[]): BudgetCheck {
  const at = (posts: number) => sizes.find((size) => size.posts === posts)?.builds?.folioMs;
  const small = at(1000);
  const large = at(5000);
  if (small === undefined || large === undefined) {
    return {
      name: 'build growth, 1,000 to 5,000 posts',
      limit: `≤ ${BUDGETS.growthFrom1000To5000} ×`,
      measured: 'not measured',
      status: 'n/a',
      note: 'needs builds at both 1,000 and 5,000 posts (run with --large)',
    };
  }
  return {
    name: 'build growth, 1,000 to 5,000 posts',
    limit: `≤ ${BUDGETS.growthFrom1000To5000} ×`,
    measured: ratio(large / small),
    status: status(large / small <= BUDGETS.growthFrom1000To5000),
  };
}

/** Checks every budget that the measured sizes allow. */
export function checkBudgets(sizes: SizeResult[]): BudgetCheck[] {
  return [
    ...sizes.flatMap((size) => [...indexBudgets(size), ...buildBudgets(size), ...weightBudgets(size)]),
    growthBudget(sizes),
  ];
}

// Renders benchmark results as Markdown: one table of figures with a column per
// corpus size, then the budgets with pass or miss.
import type { BuildPhases, BuildRun } from './builds';
import type { BenchResults, SizeResult } from './results';
import { median } from './stats';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const milliseconds = (ms: number) => `${Math.round(ms).toLocaleString('en-US')} ms`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mebibytes = (bytes: number | null) => (bytes === null ? 'n/a' : `${Math.round(bytes / 1024 ** 2).toLocaleString('en-US')} MiB`);
const times = (value: number) => `${value.toFixed(2)} ×`;

type Row = [label: string, cell: (size: SizeResult) => string];

/** Shows the median of one build phase for each build, as `next build` printed it. */
function phase(size: SizeResult, key: keyof BuildPhases): string {
  if (!size.builds) return 'skipped';
  const show = (runs: BuildRun[]) => {
    const values = runs.map((run) => run.phases[key]).filter((value): value is number => value !== null);
    return values.length > 0 ? seconds(median(values)) : 'n/a';
  };
  return `${show(size.builds.folio)} / ${show(size.builds.posts)} / ${show(size.builds.bare)}`;
}

function cpuTimes(size: SizeResult): string {
  const builds = size.builds;
  if (!builds) return 'skipped';
  if (builds.folioCpuMs === null || builds.postsCpuMs === null || builds.bareCpuMs === null) return 'n/a';
  return `${seconds(builds.folioCpuMs)} / ${seconds(builds.postsCpuMs)} / ${seconds(builds.bareCpuMs)}`;
}

function cpuRatio(size: SizeResult): string {
  const builds = size.builds;
  if (!builds) return 'skipped';
  if (builds.folioCpuMs === null || builds.postsCpuMs === null || builds.bareCpuMs === null) return 'n/a';
  return `${times(builds.folioCpuMs / builds.bareCpuMs)} / ${times(builds.postsCpuMs / builds.bareCpuMs)}`;
}

/** Shows the median time Folio's `npm run build` spends outside `next build`: before it, and after it. */
function outsideNextBuild(size: SizeResult): string {
  if (!size.builds) return 'skipped';
  const runs = size.builds.folio.filter((run) => run.phases.beforeNextBuildMs !== null && run.phases.nextBuildMs !== null);
  if (runs.length === 0) return 'n/a';
  const before = median(runs.map((run) => run.phases.beforeNextBuildMs ?? 0));
  const after = median(runs.map((run) => run.wallMs - (run.phases.nextBuildMs ?? 0)));
  return `${seconds(before)} before, ${seconds(after)} after`;
}

const ROWS: Row[] = [
  ['corpus size on disk', (size) => kilobytes(size.corpusBytes)],
  ['index, cold (Folio lib/content)', (size) => milliseconds(size.index.coldMs)],
  ['parser alone, Folio’s syntax (MDX, frontmatter, GFM, math)', (size) => milliseconds(size.index.parseSyntaxMs)],
  ['parser alone, MDX’s syntax (MDX, frontmatter)', (size) => milliseconds(size.index.parseMs)],
  ['index ÷ parser, Folio’s syntax / MDX’s', (size) => `${times(size.index.coldMs / size.index.parseSyntaxMs)} / ${times(size.index.coldMs / size.index.parseMs)}`],
  ['of which Folio’s parse step (lib/content/parse.ts)', (size) => milliseconds(size.index.folioParseMs)],
  ['of which the rest (frontmatter, text, words, summary, headings, hashing, cache)', (size) => milliseconds(size.index.coldMs - size.index.folioParseMs)],
  ['index from the disk cache, new process', (size) => milliseconds(size.index.diskCacheMs)],
  ['re-index after one change, median (max)', (size) => `${milliseconds(size.index.changedMs)} (${milliseconds(size.index.changedMaxMs)})`],
  ['build, Folio whole (`npm run build`), fastest (median)', (size) => (size.builds ? `${seconds(size.builds.folioMs)} (${seconds(size.builds.folioMedianMs)})` : 'skipped')],
  ['build, Folio home and post pages (`FOLIO_BUILD_SCOPE=posts next build`), fastest (median)', (size) => (size.builds ? `${seconds(size.builds.postsMs)} (${seconds(size.builds.postsMedianMs)})` : 'skipped')],
  ['build, bare @next/mdx, fastest (median)', (size) => (size.builds ? `${seconds(size.builds.bareMs)} (${seconds(size.builds.bareMedianMs)})` : 'skipped')],
  ['build ÷ bare, whole / home and post pages, fastest runs', (size) => (size.builds ? `${times(size.builds.folioMs / size.builds.bareMs)} / ${times(size.builds.postsMs / size.builds.bareMs)}` : 'skipped')],
  ['build CPU time, whole / home and post pages / bare (least)', (size) => cpuTimes(size)],
  ['build CPU time ÷ bare, whole / home and post pages', (size) => cpuRatio(size)],
  ['of which compile, whole / home and post pages / bare', (size) => phase(size, 'compileMs')],
  ['of which type-check, whole / home and post pages / bare', (size) => phase(size, 'typecheckMs')],
  ['of which collecting page data (Folio’s cold index), whole / home and post pages / bare', (size) => phase(size, 'collectPageDataMs')],
  ['of which static pages, whole / home and post pages / bare', (size) => phase(size, 'staticPagesMs')],
  ['before and after `next build` (checker, search index, build report), whole', (size) => outsideNextBuild(size)],
  ['build peak memory, whole / home and post pages / bare (sum of RSS)', (size) => (size.builds ? `${mebibytes(size.builds.folioPeakBytes)} / ${mebibytes(size.builds.postsPeakBytes)} / ${mebibytes(size.builds.barePeakBytes)}` : 'skipped')],
  ['post page HTML, raw (gzip)', (size) => (size.weight ? `${kilobytes(size.weight.folio.htmlBytes)} (${kilobytes(size.weight.folio.htmlGzipBytes)})` : 'skipped')],
  ['post page HTML in the bare app, raw (gzip)', (size) => (size.weight ? `${kilobytes(size.weight.barePost.htmlBytes)} (${kilobytes(size.weight.barePost.htmlGzipBytes)})` : 'skipped')],
  ['post page JS, gzip', (size) => (size.weight ? kilobytes(size.weight.folio.jsGzipBytes) : 'skipped')],
  ['of which framework (empty page)', (size) => (size.weight ? kilobytes(size.weight.emptyPage.jsGzipBytes) : 'skipped')],
  ['of which ours', (size) => (size.weight ? kilobytes(size.weight.ownJsGzipBytes) : 'skipped')],
  ['post page CSS, gzip', (size) => (size.weight ? kilobytes(size.weight.folio.cssGzipBytes) : 'skipped')],
];

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// Profile entries shown; the JSON file has all of them.
const PROFILE_ROWS = 12;

function profileTable(size: SizeResult): string {
  const rows = size.index.profile
    .slice(0, PROFILE_ROWS)
    .map((entry) => [`\`${entry.location}\``, milliseconds(entry.selfMs), `${(entry.share * 100).toFixed(1)} %`]);
  return table(['code', 'self time', 'share'], rows);
}

/** Renders the results as a Markdown document. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, options } = results;
  const header = ['measure', ...results.sizes.map((size) => `${size.posts.toLocaleString('en-US')} posts`)];
  const figures = table(header, ROWS.map(([label, cell]) => [label, ...results.sizes.map(cell)]));
  const budgets = table(
    ['budget', 'limit', 'measured', 'status'],
    results.budgets.map((check) => [check.name, check.limit, check.note ? `${check.measured}; ${check.note}` : check.measured, check.status]),
  );

  const load = (averages: number[]) => averages.map((value) => value.toFixed(2)).join(' / ');
  const largest = results.sizes.at(-1);
  const profile = largest
    ? [`Where one more cold index of ${largest.posts.toLocaleString('en-US')} posts spent its CPU time (V8 sampling profiler, self time by package or file):`, '', profileTable(largest), '']
    : [];
  return [
    `# Folio benchmark, ${results.startedAt}`,
    '',
    `${machine.cpus} × ${machine.cpuModel}, ${mebibytes(machine.memoryBytes)} RAM, ${machine.platform}, Node ${machine.node}, Next.js ${machine.next}.`,
    `Load average (1 / 5 / 15 min) ${load(machine.loadAverageStart)} at the start and ${load(machine.loadAverageEnd)} at the end.`,
    `Index: medians of ${options.indexRuns} runs. Builds: ${options.quick ? 'none' : `${options.runs} per app, taking turns (whole Folio, Folio home and post pages, bare); ratios use the fastest run of each`}. Took ${seconds(results.durationMs)}.`,
    '',
    figures,
    '',
    budgets,
    '',
    ...profile,
  ].join('\n');
}

// The content checker as `npm run check` and `npm run build` run it: prints one
// line per problem, `path:line:column  message`, errors first, then a count.
import { checkPosts } from '../../lib/check';
import { formatProblem } from '../../lib/content/problems';

/** Checks every post, prints the report and returns the exit status: 1 when there are errors, else 0. */
export function runChecker(): number {
  const started = performance.now();
  let report;
  try {
    report = checkPosts();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const elapsed = Math.round(performance.now() - started);

  for (const problem of [...report.errors, ...report.warnings]) console.log(formatProblem(problem));

  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  console.log(`${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')} in ${count(report.files, 'post')} (checked in ${elapsed} ms)`);
  return report.errors.length > 0 ? 1 : 0;
}

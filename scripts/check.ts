// `npm run check`: validates every post without building the site. Prints one
// line per problem, `path:line:column  message`, errors first, then a count;
// exits with status 1 when there are errors.
import { checkPosts } from '../lib/check';
import { formatProblem } from '../lib/content/problems';

const started = performance.now();
let report;
try {
  report = checkPosts();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const elapsed = Math.round(performance.now() - started);

for (const problem of [...report.errors, ...report.warnings]) console.log(formatProblem(problem));

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
console.log(`${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')} in ${count(report.files, 'post')} (checked in ${elapsed} ms)`);
process.exit(report.errors.length > 0 ? 1 : 0);

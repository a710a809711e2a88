/** A problem in one post file, located to a line and column (both 1-based). */
export interface ContentProblem {
  /** Path of the post file, relative to the project root where possible. */
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** The fault, naming the field and the bad value. */
  message: string;
  /** The expected value, or how to fix the file. */
  expected?: string;
}

/**
 * Formats a problem as `path:line:column  message; expected …`: the one form of every
 * message a writer sees about a post, in the build, in `next dev` and in the checker.
 */
export function formatProblem(problem: ContentProblem): string {
  const location = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const expected = problem.expected ? `; expected ${problem.expected}` : '';
  return `${location}  ${prefix}${problem.message}${expected}`;
}

/** Renders a value from a post for a message: strings quoted, everything else as YAML-like text, cut at 60 characters. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Date) text = value.toISOString();
  else if (value === null || value === undefined) text = 'nothing';
  else text = JSON.stringify(value) ?? String(value);

  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Orders problems by file, then line, then column. */
export function compareProblems(left: ContentProblem, right: ContentProblem): number {
  if (left.file !== right.file) return left.file < right.file ? -1 : 1;
  return left.line - right.line || left.column - right.column;
}

/**
 * Thrown when posts cannot be published: its message is every error, one
 * formatted line each, and it carries no stack trace, because the lines already
 * name the input that caused it.
 */
export class ContentError extends Error {
  declare readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const lines = [...problems].sort(compareProblems).map(formatProblem);
    const count = problems.length === 1 ? '1 error' : `${problems.length} errors`;
    super(`${count} in posts:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    // Not enumerable, so Node's error printout shows the formatted lines only.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    this.stack = `${this.name}: ${this.message}`;
  }
}

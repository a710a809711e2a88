import type { StoredSubmission } from './store';

/** Votes and comments of one post, for the writer's report. */
export interface PostFeedback {
  slug: string;
  votes: number;
  helpful: number;
  /** Submissions with a comment, newest comment first. */
  comments: StoredSubmission[];
}

/** Groups submissions by post: most votes first, then by slug. */
export function summarizeFeedback(submissions: readonly StoredSubmission[]): PostFeedback[] {
  const bySlug = new Map<string, PostFeedback>();
  for (const submission of submissions) {
    let post = bySlug.get(submission.slug);
    if (!post) {
      post = { slug: submission.slug, votes: 0, helpful: 0, comments: [] };
      bySlug.set(submission.slug, post);
    }
    post.votes += 1;
    if (submission.rating === 'helpful') post.helpful += 1;
    if (submission.comment !== null) post.comments.push(submission);
  }

  for (const post of bySlug.values()) {
    post.comments.sort((left, right) => (right.commentedAt ?? '').localeCompare(left.commentedAt ?? ''));
  }
  return [...bySlug.values()].sort((left, right) => right.votes - left.votes || left.slug.localeCompare(right.slug));
}

/**
 * Makes reader text safe to print on a terminal: control characters, which
 * could move the cursor or recolour the screen, are shown as `\u{…}` escapes,
 * and line breaks are indented under the first line.
 */
export function terminalText(text: string, indent: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (character) =>
    `\\u{${character.codePointAt(0)!.toString(16)}}`,
  );
  return visible.split('\n').join(`\n${indent}`);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function minute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Renders the writer's report: per post, its votes, the share that found it
 * helpful, and its latest comments, newest first, as plain text.
 */
export function formatReport(posts: readonly PostFeedback[], options: { commentsPerPost: number }): string {
  if (posts.length === 0) return 'No feedback yet.';

  const lines: string[] = [];
  for (const post of posts) {
    const notHelpful = post.votes - post.helpful;
    const noun = post.votes === 1 ? 'vote' : 'votes';
    lines.push(`${post.slug}: ${post.votes} ${noun}, ${percent(post.helpful, post.votes)} helpful (${post.helpful} yes, ${notHelpful} no)`);

    for (const submission of post.comments.slice(0, options.commentsPerPost)) {
      const answer = submission.rating === 'helpful' ? 'yes' : 'no';
      lines.push(`  ${minute(submission.commentedAt ?? submission.updatedAt)}, ${answer}, id ${submission.id}`);
      lines.push(`    ${terminalText(submission.comment ?? '', '    ')}`);
    }
    const hidden = post.comments.length - options.commentsPerPost;
    if (hidden > 0) lines.push(`  … ${hidden} older ${hidden === 1 ? 'comment' : 'comments'}; --json or --csv lists all`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

const CSV_COLUMNS = ['id', 'slug', 'rating', 'comment', 'createdAt', 'updatedAt', 'commentedAt', 'clientHash'] as const;

/**
 * Encodes one CSV cell. A cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'`, so a spreadsheet shows it as text
 * instead of running it as a formula. Cells with quotes, commas or line
 * breaks are quoted.
 */
export function csvCell(value: string | null): string {
  let cell = value ?? '';
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Exports every submission as CSV with a header row and CRLF line ends. */
export function toCsv(submissions: readonly StoredSubmission[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const submission of submissions) rows.push(CSV_COLUMNS.map((column) => csvCell(submission[column])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

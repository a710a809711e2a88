// `npm run feedback`: the writer's view of reader feedback. Reads the SQLite
// file at FOLIO_FEEDBACK_DB (default data/feedback.db); the server may be
// running, since SQLite's WAL mode lets this read while it writes.
import { parseArgs } from 'node:util';
import { formatReport, summarizeFeedback, toCsv } from '../lib/feedback/report';
import { resolveDatabasePath } from '../lib/feedback/settings';
import { SqliteFeedbackStore } from '../lib/feedback/sqlite-store';

const HELP = `Usage: npm run feedback -- [option]

Prints, per post, the votes, the share helpful and the latest comments.

Options:
  --comments N   comments shown per post, newest first (default 5)
  --json         print every submission as JSON
  --csv          print every submission as CSV
  --delete ID    delete the submission with this id (spam, personal data)
  --help         show this text

The database is FOLIO_FEEDBACK_DB, default data/feedback.db.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      comments: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      delete: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }

  const commentsPerPost = Number(values.comments ?? 5);
  if (!Number.isInteger(commentsPerPost) || commentsPerPost < 0) {
    console.error(`invalid --comments: ${JSON.stringify(values.comments)}; expected a whole number, 0 or more`);
    return 2;
  }

  const file = resolveDatabasePath();
  const store = new SqliteFeedbackStore(file);
  try {
    if (values.delete !== undefined) {
      const deleted = await store.delete(values.delete.toLowerCase());
      if (!deleted) {
        console.error(`no submission has the id ${JSON.stringify(values.delete)} in ${file}; run npm run feedback -- --json to list ids`);
        return 1;
      }
      console.log(`deleted submission ${values.delete} from ${file}`);
      return 0;
    }

    const submissions = await store.list();
    if (values.json) {
      console.log(JSON.stringify(submissions, null, 2));
    } else if (values.csv) {
      process.stdout.write(toCsv(submissions));
    } else {
      const posts = summarizeFeedback(submissions);
      console.log(`Feedback in ${file}: ${submissions.length} submissions on ${posts.length} posts\n`);
      console.log(formatReport(posts, { commentsPerPost }));
    }
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();

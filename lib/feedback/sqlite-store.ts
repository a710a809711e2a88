import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { FeedbackStore, SaveOutcome, StoredSubmission, SubmissionInput } from './store';

// Each entry moves the schema one version up; PRAGMA user_version records how
// many have run. Append new migrations, never edit a released one.
const MIGRATIONS = [
  `CREATE TABLE submissions (
     id TEXT PRIMARY KEY,
     slug TEXT NOT NULL,
     rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not-helpful')),
     comment TEXT,
     client_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     commented_at TEXT
   ) STRICT;
   CREATE INDEX submissions_by_slug ON submissions (slug, updated_at);`,
];

/** Schema version that this code writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Milliseconds a connection waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

interface Row {
  id: string;
  slug: string;
  rating: StoredSubmission['rating'];
  comment: string | null;
  client_hash: string;
  created_at: string;
  updated_at: string;
  commented_at: string | null;
}

interface PendingSave {
  input: SubmissionInput;
  resolve: (outcome: SaveOutcome) => void;
  reject: (error: unknown) => void;
}

function migrate(db: Database.Database, file: string): void {
  const run = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `feedback database ${file} has schema version ${version}, newer than ${SCHEMA_VERSION} that this Folio knows; upgrade Folio or point FOLIO_FEEDBACK_DB at another file`,
      );
    }
    for (const migration of MIGRATIONS.slice(version)) db.exec(migration);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  // IMMEDIATE takes the write lock first, so two processes opening a new file
  // at once do not both run the migrations.
  run.immediate();
}

/**
 * The embedded SQLite store: one file, created and migrated when first opened.
 * Saves that arrive in the same event-loop turn are committed in one
 * transaction (a group commit), and each save's promise resolves after that
 * commit: with `synchronous = FULL` a resolved save survives a crash of the
 * process or of the machine.
 */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly saveBatch;
  private pending: PendingSave[] = [];

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    migrate(this.db, file);

    this.statements = {
      slugOf: this.db.prepare<[string], { slug: string }>('SELECT slug FROM submissions WHERE id = ?'),
      insert: this.db.prepare(
        `INSERT INTO submissions (id, slug, rating, comment, client_hash, created_at, updated_at, commented_at)
         VALUES (@id, @slug, @rating, @comment, @clientHash, @at, @at, @commentedAt)`,
      ),
      update: this.db.prepare(
        `UPDATE submissions
         SET rating = @rating,
             comment = COALESCE(@comment, comment),
             commented_at = COALESCE(@commentedAt, commented_at),
             updated_at = @at
         WHERE id = @id`,
      ),
      list: this.db.prepare<[], Row>('SELECT * FROM submissions ORDER BY updated_at DESC, id'),
      delete: this.db.prepare('DELETE FROM submissions WHERE id = ?'),
    };

    this.saveBatch = this.db.transaction((inputs: SubmissionInput[]) => inputs.map((input) => this.saveOne(input)));
  }

  save(input: SubmissionInput): Promise<SaveOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  async list(): Promise<StoredSubmission[]> {
    return this.statements.list.all().map((row) => ({
      id: row.id,
      slug: row.slug,
      rating: row.rating,
      comment: row.comment,
      clientHash: row.client_hash,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      commentedAt: row.commented_at,
    }));
  }

  async delete(id: string): Promise<boolean> {
    return this.statements.delete.run(id).changes > 0;
  }

  async close(): Promise<void> {
    this.flush();
    this.db.close();
  }

  private saveOne(input: SubmissionInput): SaveOutcome {
    const at = input.at.toISOString();
    const values = {
      id: input.id,
      slug: input.slug,
      rating: input.rating,
      comment: input.comment,
      clientHash: input.clientHash,
      at,
      commentedAt: input.comment === null ? null : at,
    };

    const existing = this.statements.slugOf.get(input.id);
    if (!existing) {
      this.statements.insert.run(values);
      return 'created';
    }
    if (existing.slug !== input.slug) return 'conflict';
    this.statements.update.run(values);
    return 'updated';
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;

    let outcomes: SaveOutcome[];
    try {
      outcomes = this.saveBatch(batch.map((entry) => entry.input));
    } catch (error) {
      // The transaction rolled back, so no save in the batch is stored.
      for (const entry of batch) entry.reject(error);
      return;
    }
    batch.forEach((entry, index) => entry.resolve(outcomes[index]));
  }
}

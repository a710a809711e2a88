import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, SqliteFeedbackStore } from './sqlite-store';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-store-'));

afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

function newFile(): string {
  return path.join(directory, crypto.randomUUID(), 'nested', 'feedback.db');
}

const submission = {
  id: '0b6c6e0e-5a4f-4c2b-9d1e-7f3a2b1c0d9e',
  slug: 'alpha',
  rating: 'helpful' as const,
  comment: null,
  clientHash: 'c0ffee',
  at: new Date('2026-03-14T09:26:53.589Z'),
};

describe('SqliteFeedbackStore', () => {
  test('creates the file and its folders with WAL and the schema version', async () => {
    const file = newFile();
    const store = new SqliteFeedbackStore(file);
    await store.close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(1);
    db.close();
  });

  test('saved rows survive reopening', async () => {
    const file = newFile();
    const first = new SqliteFeedbackStore(file);
    expect(await first.save(submission)).toBe('created');
    await first.close();

    const second = new SqliteFeedbackStore(file);
    expect((await second.list()).map((row) => row.id)).toEqual([submission.id]);
    await second.close();
  });

  test('saves in one turn share a commit and keep their order', async () => {
    const store = new SqliteFeedbackStore(newFile());
    const outcomes = await Promise.all([
      store.save(submission),
      store.save({ ...submission, comment: 'More examples, please.' }),
      store.save({ ...submission, slug: 'beta' }),
    ]);

    expect(outcomes).toEqual(['created', 'updated', 'conflict']);
    const [row] = await store.list();
    expect(row.comment).toBe('More examples, please.');
    await store.close();
  });

  test('delete removes one submission', async () => {
    const store = new SqliteFeedbackStore(newFile());
    await store.save(submission);

    expect(await store.delete(submission.id)).toBe(true);
    expect(await store.delete(submission.id)).toBe(false);
    expect(await store.list()).toEqual([]);
    await store.close();
  });

  test('newer schema version is rejected', () => {
    const file = newFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();

    expect(() => new SqliteFeedbackStore(file)).toThrow(
      `feedback database ${file} has schema version 99, newer than 1 that this Folio knows; upgrade Folio or point FOLIO_FEEDBACK_DB at another file`,
    );
  });
});

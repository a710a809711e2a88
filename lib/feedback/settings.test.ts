import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveDatabasePath, resolveRateLimit } from './settings';

describe('resolveDatabasePath', () => {
  test('defaults to data/feedback.db', () => {
    expect(resolveDatabasePath({}, '/srv/blog')).toBe(path.resolve('/srv/blog/data/feedback.db'));
  });

  test('reads FOLIO_FEEDBACK_DB relative to the working directory', () => {
    expect(resolveDatabasePath({ FOLIO_FEEDBACK_DB: 'var/votes.db' }, '/srv/blog')).toBe(path.resolve('/srv/blog/var/votes.db'));
  });
});

describe('resolveRateLimit', () => {
  test('defaults to 10 a minute', () => {
    expect(resolveRateLimit({})).toEqual({ maxRequests: 10, windowSeconds: 60 });
  });

  test('FOLIO_FEEDBACK_RATE_LIMIT overrides the maximum', () => {
    expect(resolveRateLimit({ FOLIO_FEEDBACK_RATE_LIMIT: '100000' })).toEqual({ maxRequests: 100000, windowSeconds: 60 });
  });

  test('invalid override is rejected', () => {
    expect(() => resolveRateLimit({ FOLIO_FEEDBACK_RATE_LIMIT: '0' })).toThrow(
      'invalid FOLIO_FEEDBACK_RATE_LIMIT: "0"; expected a whole number of requests, 1 or more',
    );
  });
});

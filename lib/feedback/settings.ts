import path from 'node:path';
import { siteConfig } from '../../site.config';
import type { RateLimitSettings } from './rate-limit';

/** Environment variables, shaped like process.env. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Environment variable with the path of the SQLite file, relative to the working directory. */
export const DATABASE_VARIABLE = 'FOLIO_FEEDBACK_DB';

/** Environment variable that overrides `feedback.rateLimit.maxRequests` from site.config.ts. */
export const RATE_LIMIT_VARIABLE = 'FOLIO_FEEDBACK_RATE_LIMIT';

/** Resolves the feedback database file: FOLIO_FEEDBACK_DB, or `data/feedback.db` when unset. */
export function resolveDatabasePath(env: Environment = process.env, cwd = process.cwd()): string {
  const configured = env[DATABASE_VARIABLE];
  return path.resolve(cwd, configured && configured.trim() !== '' ? configured : path.join('data', 'feedback.db'));
}

/**
 * Returns the rate limit: site.config.ts's `feedback.rateLimit`, with
 * `maxRequests` taken from FOLIO_FEEDBACK_RATE_LIMIT when that is set.
 * Throws when either value is not a positive whole number.
 */
export function resolveRateLimit(env: Environment = process.env): RateLimitSettings {
  const configured = siteConfig.feedback.rateLimit;
  const raw = env[RATE_LIMIT_VARIABLE];
  const maxRequests = raw && raw.trim() !== '' ? Number(raw) : configured.maxRequests;

  if (!Number.isInteger(maxRequests) || maxRequests < 1) {
    const source = raw ? RATE_LIMIT_VARIABLE : 'feedback.rateLimit.maxRequests in site.config.ts';
    throw new Error(`invalid ${source}: ${JSON.stringify(raw ?? configured.maxRequests)}; expected a whole number of requests, 1 or more`);
  }
  if (!Number.isInteger(configured.windowSeconds) || configured.windowSeconds < 1) {
    throw new Error(
      `invalid feedback.rateLimit.windowSeconds in site.config.ts: ${configured.windowSeconds}; expected a whole number of seconds, 1 or more`,
    );
  }
  return { maxRequests, windowSeconds: configured.windowSeconds };
}

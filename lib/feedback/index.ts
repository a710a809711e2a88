import { randomUUID } from 'node:crypto';
import { siteConfig } from '../../site.config';
import { ClientHasher } from './client-hash';
import { handleFeedback, type FeedbackDependencies } from './handler';
import { findPublishedPost } from './published';
import { RateLimiter } from './rate-limit';
import { resolveDatabasePath, resolveRateLimit } from './settings';
import { SqliteFeedbackStore } from './sqlite-store';
import type { FeedbackStore } from './store';

let dependencies: FeedbackDependencies | undefined;
let store: FeedbackStore | undefined;

function baseUrlHost(): string[] {
  try {
    return [new URL(siteConfig.baseUrl).host];
  } catch {
    return [];
  }
}

/**
 * Returns this process's feedback dependencies, created at the first request.
 * The database is opened at the first save, never at import, so `next build`
 * (which imports the route to collect its settings) does not touch it.
 */
export function feedbackDependencies(): FeedbackDependencies {
  dependencies ??= {
    store: () => (store ??= new SqliteFeedbackStore(resolveDatabasePath())),
    isPublished: (slug) => findPublishedPost(slug) !== undefined,
    rateLimiter: new RateLimiter(resolveRateLimit()),
    hasher: new ClientHasher(),
    allowedHosts: baseUrlHost(),
    now: () => new Date(),
    newId: randomUUID,
  };
  return dependencies;
}

/** Handles one `POST /api/feedback` request with this process's dependencies. */
export function receiveFeedback(request: Request): Promise<Response> {
  return handleFeedback(request, feedbackDependencies());
}

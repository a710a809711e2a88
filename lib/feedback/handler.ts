import { bodyFormatOf, isFormPost, parseBody, readBodyText, type BodyFormat } from './body';
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs';
import type { ClientHasher } from './client-hash';
import { FeedbackRequestError, showValue } from './errors';
import { FIELDS } from './fields';
import { assertSameOrigin } from './origin';
import type { RateLimiter } from './rate-limit';
import { acceptedResponse, errorResponse } from './responses';
import type { FeedbackStore } from './store';
import { validateFields } from './validate';

/** Collaborators of handleFeedback, passed in so that tests can supply their own. */
export interface FeedbackDependencies {
  /** Returns the store, opening it at the first call. */
  store: () => FeedbackStore;
  isPublished: (slug: string) => boolean;
  rateLimiter: RateLimiter;
  hasher: ClientHasher;
  /** Hosts besides the request's own `Host` that a same-site `Origin` may name. */
  allowedHosts: readonly string[];
  now: () => Date;
  newId: () => string;
}

/**
 * Handles `POST /api/feedback`: checks the origin, reads at most 8 KB of JSON
 * or form body, validates it, applies the rate limit and the honeypot, and
 * saves the submission. A 200 or 303 response means the row is committed, or
 * for a filled honeypot deliberately dropped. Any other response stored nothing.
 */
export async function handleFeedback(request: Request, deps: FeedbackDependencies): Promise<Response> {
  const format = bodyFormatOf(request.headers.get('content-type'));

  try {
    assertSameOrigin(request.headers, deps.allowedHosts);
    if (format === null) throw unsupportedContentType(request.headers.get('content-type'));
    return await acceptFeedback(request, format, deps);
  } catch (error) {
    if (error instanceof FeedbackRequestError) return errorResponse(error, format);

    console.error('feedback: failed to save a submission:', error);
    return errorResponse(new FeedbackRequestError(500, 'server', 'could not save the feedback; try again later'), format);
  }
}

async function acceptFeedback(request: Request, format: BodyFormat, deps: FeedbackDependencies): Promise<Response> {
  const input = await parseBody(await readBodyText(request), format, request.headers.get('content-type'));
  const fields = validateFields(input, { requireId: format === 'json', isPublished: deps.isPublished });
  const id = fields.id ?? deps.newId();
  const commentStep = isFormPost(format) && FIELDS.comment in input;

  const clientHash = deps.hasher.hash(request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown');
  const limit = deps.rateLimiter.take(`${clientHash}/${fields.slug}`);
  if (!limit.allowed) {
    const rule = `too many requests for this post from one client; retry after ${limit.retryAfterSeconds} seconds`;
    throw new FeedbackRequestError(429, 'rate limit', rule, limit.retryAfterSeconds);
  }

  // A bot that filled the hidden field gets a success response, so it does not retry.
  if (fields.honeypotFilled) {
    return acceptedResponse({ id, slug: fields.slug, rating: fields.rating, status: 'created', commentStep }, format);
  }

  const status = await deps.store().save({
    id,
    slug: fields.slug,
    rating: fields.rating,
    comment: fields.comment,
    clientHash,
    at: deps.now(),
  });
  if (status === 'conflict') {
    throw new FeedbackRequestError(409, FIELDS.id, `already used for another post; create a new id for ${showValue(fields.slug)}`);
  }
  return acceptedResponse({ id, slug: fields.slug, rating: fields.rating, status, commentStep }, format);
}

function unsupportedContentType(contentType: string | null): FeedbackRequestError {
  const got = contentType === null ? 'none' : showValue(contentType);
  return new FeedbackRequestError(415, 'content-type', `must be application/json, application/x-www-form-urlencoded or multipart/form-data; got ${got}`);
}

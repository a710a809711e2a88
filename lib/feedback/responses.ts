import { isFormPost, type BodyFormat } from './body';
import type { FeedbackRequestError } from './errors';
import { THANKS_ANCHOR, THANKS_PAGE, type Rating } from './fields';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function errorPage(message: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Feedback not sent</title></head>',
    '<body>',
    '<h1>Feedback not sent</h1>',
    `<p id="feedback-error">${escapeHtml(message)}</p>`,
    '<p>Go back, correct the form and send it again.</p>',
    '<p><a href="/">Back to the blog</a></p>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Builds the response to a rejected request: JSON `{ "error": … }`, or for an
 * HTML form post a small page that states the same message, escaped.
 */
export function errorResponse(error: FeedbackRequestError, format: BodyFormat | null): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (error.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.retryAfterSeconds);

  if (isFormPost(format)) {
    headers['Content-Type'] = 'text/html; charset=utf-8';
    return new Response(errorPage(error.message), { status: error.status, headers });
  }
  return Response.json({ error: error.message }, { status: error.status, headers });
}

/** The outcome of an accepted request, from which its response is built. */
export interface Accepted {
  id: string;
  slug: string;
  rating: Rating;
  status: 'created' | 'updated';
  /** True when a form post came from the comment form, the last step. */
  commentStep: boolean;
}

/**
 * Builds the response to an accepted request. JSON requests get 200 with the
 * submission id. A form post gets 303: after the vote to the thank-you page,
 * which carries the comment form with the id, and after the comment back to
 * the post at its thank-you anchor.
 */
export function acceptedResponse(accepted: Accepted, format: BodyFormat): Response {
  if (format === 'json') {
    return Response.json({ id: accepted.id, status: accepted.status }, { status: 200, headers: NO_STORE });
  }

  const location = accepted.commentStep
    ? `/posts/${encodeURIComponent(accepted.slug)}#${THANKS_ANCHOR}`
    : `${THANKS_PAGE}?${new URLSearchParams({ post: accepted.slug, id: accepted.id, rating: accepted.rating })}#feedback`;
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: location } });
}

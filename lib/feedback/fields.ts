// Names and limits shared by the widget (browser) and the endpoint (server).
// Keep this module free of Node imports: client components import it.

/** Path of the endpoint that receives feedback. */
export const FEEDBACK_ENDPOINT = '/api/feedback';

/** Path of the server-rendered page that carries the comment form when JavaScript is off. */
export const THANKS_PAGE = '/feedback/thanks';

/** Anchor on a post page that shows the final thank-you without JavaScript. */
export const THANKS_ANCHOR = 'feedback-thanks';

/** The two ratings a reader gives to "Was this post helpful?". */
export const RATINGS = ['helpful', 'not-helpful'] as const;

/** A rating given to "Was this post helpful?". */
export type Rating = (typeof RATINGS)[number];

/**
 * Maximum comment length in UTF-16 code units, as a textarea's `maxlength`
 * counts them, after CRLF line breaks are normalised to LF.
 */
export const COMMENT_MAX_LENGTH = 1000;

/**
 * Maximum request body in bytes. A longer body is rejected while it is read.
 * NOTE: a form post percent-encodes each byte of UTF-8 as three characters, so
 * a no-JavaScript comment of more than about 900 CJK characters exceeds it.
 * JSON posts carry 1,000 such characters in about 3 KB.
 */
export const BODY_MAX_BYTES = 8192;

/** Field names, the same in JSON bodies and HTML forms. */
export const FIELDS = {
  id: 'id',
  slug: 'slug',
  rating: 'rating',
  comment: 'comment',
  /** Hidden from people. A bot that fills it gets a success response, and nothing is stored. */
  honeypot: 'website',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tells whether a value is a UUID in its canonical 8-4-4-4-12 hex form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Tells whether a value is one of the two ratings. */
export function isRating(value: unknown): value is Rating {
  return value === 'helpful' || value === 'not-helpful';
}

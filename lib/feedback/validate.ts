import { FeedbackRequestError, showValue } from './errors';
import { COMMENT_MAX_LENGTH, FIELDS, isRating, isUuid, type Rating } from './fields';

/** A validated feedback request, before the honeypot and rate limit apply. */
export interface FeedbackFields {
  /** Null when a form post carries none; the server then creates one. */
  id: string | null;
  slug: string;
  rating: Rating;
  /** Null when the request has no comment or only white space. */
  comment: string | null;
  /** True when the hidden honeypot field has a value: a bot filled the form. */
  honeypotFilled: boolean;
}

/** Options of validateFields. */
export interface ValidateOptions {
  /** Whether a missing submission id is an error (JSON) or left to the server (HTML form). */
  requireId: boolean;
  /** Tells whether a slug is a published post. */
  isPublished: (slug: string) => boolean;
}

function optionalString(input: Record<string, unknown>, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new FeedbackRequestError(400, field, `must be a string; got ${showValue(value)}`);
  return value;
}

function readId(input: Record<string, unknown>, requireId: boolean): string | null {
  const id = optionalString(input, FIELDS.id);
  if (id === undefined || id === '') {
    if (requireId) throw new FeedbackRequestError(400, FIELDS.id, 'missing; JSON requests must carry the submission id');
    return null;
  }
  if (!isUuid(id)) throw new FeedbackRequestError(400, FIELDS.id, `must be a UUID; got ${showValue(id)}`);
  return id.toLowerCase();
}

function readSlug(input: Record<string, unknown>, isPublished: (slug: string) => boolean): string {
  const slug = optionalString(input, FIELDS.slug);
  if (slug === undefined || slug === '') throw new FeedbackRequestError(400, FIELDS.slug, 'missing; must name a published post');
  if (!isPublished(slug)) throw new FeedbackRequestError(400, FIELDS.slug, `no published post has the slug ${showValue(slug)}`);
  return slug;
}

function readRating(input: Record<string, unknown>): Rating {
  const rating = optionalString(input, FIELDS.rating);
  if (isRating(rating)) return rating;
  const got = rating === undefined ? 'missing' : `got ${showValue(rating)}`;
  throw new FeedbackRequestError(400, FIELDS.rating, `must be "helpful" or "not-helpful"; ${got}`);
}

function readComment(input: Record<string, unknown>): string | null {
  const raw = optionalString(input, FIELDS.comment);
  if (raw === undefined) return null;

  // Browsers submit a textarea's line breaks as CRLF but count them as one
  // character for `maxlength`, so the limit applies to the LF form.
  const comment = raw.replace(/\r\n?/g, '\n');
  if (comment.length > COMMENT_MAX_LENGTH) {
    throw new FeedbackRequestError(400, FIELDS.comment, `must be at most ${COMMENT_MAX_LENGTH} characters; got ${comment.length}`);
  }
  return comment.trim() === '' ? null : comment;
}

/**
 * Validates the fields of a feedback request, from a parsed JSON object or a
 * form's entries. Throws a FeedbackRequestError naming the first bad field.
 */
export function validateFields(input: Record<string, unknown>, options: ValidateOptions): FeedbackFields {
  const id = readId(input, options.requireId);
  const slug = readSlug(input, options.isPublished);
  const rating = readRating(input);
  const comment = readComment(input);

  const honeypot = input[FIELDS.honeypot];
  const honeypotFilled = honeypot !== undefined && honeypot !== null && honeypot !== '';

  return { id, slug, rating, comment, honeypotFilled };
}

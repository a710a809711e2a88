import { FeedbackRequestError } from './errors';
import { BODY_MAX_BYTES } from './fields';

/**
 * The body formats the endpoint accepts: JSON from the widget, and HTML form
 * posts, URL-encoded or multipart. The no-JavaScript comment form is
 * multipart, because URL encoding triples every byte of non-ASCII text and
 * would push a 1,000-character comment in Chinese past the 8 KB limit.
 */
export type BodyFormat = 'json' | 'form' | 'multipart';

/**
 * Returns the body format a Content-Type header names, or null when the type
 * is unsupported. Parameters such as `charset=utf-8` are ignored.
 */
export function bodyFormatOf(contentType: string | null): BodyFormat | null {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return 'json';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType === 'multipart/form-data') return 'multipart';
  return null;
}

function tooLarge(): FeedbackRequestError {
  return new FeedbackRequestError(413, 'body', `must be at most ${BODY_MAX_BYTES} bytes`);
}

/**
 * Reads a request body as UTF-8 text, and stops reading and cancels the stream
 * as soon as it passes `maxBytes`, so a large or endless body is never buffered.
 */
export async function readBodyText(request: Request, maxBytes = BODY_MAX_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return '';

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }

  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FeedbackRequestError(400, 'body', 'must be valid UTF-8');
  }
}

/** Tells whether a body format comes from an HTML form, whose errors get an HTML page in response. */
export function isFormPost(format: BodyFormat | null): boolean {
  return format === 'form' || format === 'multipart';
}

/** Parses a body in the given format into a plain record of its fields. */
export async function parseBody(text: string, format: BodyFormat, contentType: string | null = null): Promise<Record<string, unknown>> {
  if (format === 'form') return Object.fromEntries(new URLSearchParams(text));

  if (format === 'multipart') {
    let data: FormData;
    try {
      data = await new Response(text, { headers: { 'content-type': contentType ?? '' } }).formData();
    } catch {
      throw new FeedbackRequestError(400, 'body', 'invalid multipart form data');
    }
    const fields: Record<string, unknown> = {};
    for (const [name, value] of data.entries()) {
      if (typeof value !== 'string') throw new FeedbackRequestError(400, name, 'must be text, not a file');
      fields[name] = value;
    }
    return fields;
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FeedbackRequestError(400, 'body', 'invalid JSON; expected an object such as {"id": "…", "slug": "…", "rating": "helpful"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FeedbackRequestError(400, 'body', 'must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

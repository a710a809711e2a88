/**
 * A request the endpoint rejects: the HTTP status, the field at fault, and a
 * message that starts with that field and states the rule it broke.
 */
export class FeedbackRequestError extends Error {
  readonly status: number;
  readonly field: string;
  /** Seconds the client should wait, sent as `Retry-After` with a 429. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, field: string, rule: string, retryAfterSeconds?: number) {
    super(`${field}: ${rule}`);
    this.name = 'FeedbackRequestError';
    this.status = status;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const SHOWN_VALUE_LENGTH = 60;

/** Quotes a client-sent value for an error message, cut to 60 characters. */
export function showValue(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  const cut = value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
  return JSON.stringify(cut);
}

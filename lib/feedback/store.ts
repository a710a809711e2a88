import type { Rating } from './fields';

/** The data of one request that the endpoint passes to a store to save. */
export interface SubmissionInput {
  id: string;
  slug: string;
  rating: Rating;
  /** Null keeps the comment the submission already has. */
  comment: string | null;
  /** Keyed hash of the client address; never the address itself. */
  clientHash: string;
  /** Time of the request. */
  at: Date;
}

/** One submission as stored: one reader's feedback on one post. */
export interface StoredSubmission {
  id: string;
  slug: string;
  rating: Rating;
  comment: string | null;
  clientHash: string;
  /** ISO 8601 times in UTC. */
  createdAt: string;
  updatedAt: string;
  /** When the comment was last set; null without a comment. */
  commentedAt: string | null;
}

/**
 * `created` for a new id, `updated` when the id already had a submission for
 * the same post, `conflict` when the id belongs to another post (nothing saved).
 */
export type SaveOutcome = 'created' | 'updated' | 'conflict';

/**
 * Storage for feedback submissions. A `save` promise resolves only after the
 * row is committed to durable storage, so the endpoint responds 2xx only then.
 */
export interface FeedbackStore {
  /** Creates the submission with this id, or updates its rating and, when given, its comment. */
  save(input: SubmissionInput): Promise<SaveOutcome>;
  /** Returns every submission, most recently updated first. */
  list(): Promise<StoredSubmission[]>;
  /** Deletes a submission; resolves to false when no submission has this id. */
  delete(id: string): Promise<boolean>;
  /** Releases the store's connection; pending saves are committed first. */
  close(): Promise<void>;
}

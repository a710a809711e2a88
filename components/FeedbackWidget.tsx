'use client';

import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  COMMENT_MAX_LENGTH,
  FEEDBACK_ENDPOINT,
  FIELDS,
  THANKS_ANCHOR,
  isRating,
  isUuid,
  type Rating,
} from '@/lib/feedback/fields';
import './FeedbackWidget.css';

type Step = 'ask' | 'comment' | 'done';

/** The record of one post's feedback that the browser keeps in localStorage. */
interface SavedFeedback {
  id: string;
  rating: Rating;
  commented: boolean;
}

interface FeedbackWidgetProps {
  slug: string;
  /**
   * A submission the server already created for a reader without JavaScript;
   * the widget then starts at the comment step and its form carries this id.
   */
  submission?: { id: string; rating: Rating };
}

const STORAGE_PREFIX = 'folio:feedback:';
const MAX_LENGTH_TEXT = COMMENT_MAX_LENGTH.toLocaleString('en-US');

function readSaved(slug: string): SavedFeedback | null {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_PREFIX + slug) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return null;
    const { id, rating, commented } = saved as Record<string, unknown>;
    if (typeof id !== 'string' || !isUuid(id) || !isRating(rating)) return null;
    return { id, rating, commented: commented === true };
  } catch {
    return null;
  }
}

function writeSaved(slug: string, saved: SavedFeedback): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + slug, JSON.stringify(saved));
  } catch {
    // Storage can be full or blocked. The widget then shows the prompt again after a reload, nothing worse.
  }
}

/** Creates a random (version 4) UUID; `crypto.randomUUID` exists only on HTTPS and localhost pages. */
function createSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Sends one JSON request to the endpoint; resolves to null on success, else the reason it failed. */
async function postFeedback(body: Record<string, string>): Promise<string | null> {
  try {
    const response = await fetch(FEEDBACK_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.ok) return null;
    const answer = (await response.json().catch(() => null)) as { error?: unknown } | null;
    return typeof answer?.error === 'string' ? answer.error : `the server answered ${response.status}`;
  } catch {
    return 'the network request failed';
  }
}

function honeypotValue(form: HTMLFormElement): string {
  const value = new FormData(form).get(FIELDS.honeypot);
  return typeof value === 'string' ? value : '';
}

function answerText(rating: Rating): string {
  return rating === 'helpful' ? 'Yes' : 'No';
}

/** A field that people never see. A bot that fills it gets the usual success response, and nothing is stored. */
function Honeypot() {
  return (
    <div className="feedback-trap" aria-hidden="true">
      <label>
        Leave this field empty
        <input type="text" name={FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

/**
 * "Was this post helpful?" at the end of a post. Server-rendered as plain HTML
 * forms that post to the endpoint, so it works without JavaScript; once
 * hydrated it sends JSON instead, never reloads, and remembers the answer per
 * post in localStorage.
 */
export function FeedbackWidget({ slug, submission }: FeedbackWidgetProps) {
  const headingId = useId();
  const commentId = useId();
  const countId = useId();

  const [step, setStep] = useState<Step>(submission ? 'comment' : 'ask');
  const [rating, setRating] = useState<Rating | null>(submission?.rating ?? null);
  const [commented, setCommented] = useState(false);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [hydrated, setHydrated] = useState(false);

  // The id is created once, before the first request, so a retry after a
  // failed request reuses it and the server still stores one submission.
  const idRef = useRef<string | null>(submission?.id ?? null);
  const pendingFocus = useRef<'comment' | 'done' | 'choice' | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const voteFormRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setHydrated(true);
    if (submission) {
      writeSaved(slug, { id: submission.id, rating: submission.rating, commented: false });
      return;
    }
    const saved = readSaved(slug);
    if (!saved) return;
    idRef.current = saved.id;
    setRating(saved.rating);
    setCommented(saved.commented);
    setStep('done');
  }, [slug, submission]);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'comment') commentRef.current?.focus();
    if (target === 'done') doneRef.current?.focus();
    if (target === 'choice') voteFormRef.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus();
  }, [step]);

  function moveTo(next: Step, focus: 'comment' | 'done' | 'choice') {
    pendingFocus.current = focus;
    setStep(next);
  }

  async function vote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = submitter?.value;
    if (busy || !isRating(chosen)) return;

    const id = (idRef.current ??= createSubmissionId());
    setBusy(true);
    setError('');
    setStatus('Sending your answer…');
    const failure = await postFeedback({
      [FIELDS.id]: id,
      [FIELDS.slug]: slug,
      [FIELDS.rating]: chosen,
      [FIELDS.honeypot]: honeypotValue(event.currentTarget),
    });
    setBusy(false);

    if (failure) {
      setStatus('');
      setError(`Your answer was not sent: ${failure}. Please try again.`);
      return;
    }
    setRating(chosen);
    writeSaved(slug, { id, rating: chosen, commented });
    setStatus(`Thanks! Your answer “${answerText(chosen)}” was saved.`);
    if (commented) moveTo('done', 'done');
    else moveTo('comment', 'comment');
  }

  async function sendComment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = idRef.current;
    if (busy || !id || !rating) return;

    if (comment.trim() === '') {
      setStatus('Thank you for your feedback.');
      moveTo('done', 'done');
      return;
    }

    setBusy(true);
    setError('');
    setStatus('Sending your comment…');
    const failure = await postFeedback({
      [FIELDS.id]: id,
      [FIELDS.slug]: slug,
      [FIELDS.rating]: rating,
      [FIELDS.comment]: comment,
      [FIELDS.honeypot]: honeypotValue(event.currentTarget),
    });
    setBusy(false);

    if (failure) {
      setStatus('');
      setError(`Your comment was not sent: ${failure}. Please try again.`);
      return;
    }
    setCommented(true);
    writeSaved(slug, { id, rating, commented: true });
    setStatus('Thank you! Your comment was sent to the writer.');
    moveTo('done', 'done');
  }

  function changeAnswer() {
    setError('');
    setStatus('Choose your new answer.');
    moveTo('ask', 'choice');
  }

  return (
    <section className="feedback" aria-labelledby={headingId}>
      <h2 id={headingId} className="feedback-title">
        Was this post helpful?
      </h2>

      {step === 'ask' ? (
        <>
          <form ref={voteFormRef} className="feedback-vote" method="post" action={FEEDBACK_ENDPOINT} onSubmit={vote}>
            <input type="hidden" name={FIELDS.slug} value={slug} />
            {idRef.current ? <input type="hidden" name={FIELDS.id} value={idRef.current} /> : null}
            <Honeypot />
            <div className="feedback-choices" role="group" aria-labelledby={headingId}>
              {(['helpful', 'not-helpful'] as const).map((value) => (
                <button
                  key={value}
                  type="submit"
                  name={FIELDS.rating}
                  value={value}
                  aria-pressed={rating === null ? undefined : rating === value}
                  aria-disabled={busy || undefined}
                >
                  {answerText(value)}
                </button>
              ))}
            </div>
          </form>
          <p id={THANKS_ANCHOR} className="feedback-anchor-thanks" tabIndex={-1}>
            Thank you! Your feedback reached the writer.
          </p>
        </>
      ) : null}

      {step === 'comment' && rating ? (
        <form className="feedback-comment" method="post" action={FEEDBACK_ENDPOINT} encType="multipart/form-data" onSubmit={sendComment}>
          <input type="hidden" name={FIELDS.id} value={idRef.current ?? ''} />
          <input type="hidden" name={FIELDS.slug} value={slug} />
          <input type="hidden" name={FIELDS.rating} value={rating} />
          <Honeypot />
          <label htmlFor={commentId}>
            {rating === 'not-helpful' ? 'What was missing? (optional)' : 'Anything you would like to add? (optional)'}
          </label>
          <textarea
            ref={commentRef}
            id={commentId}
            name={FIELDS.comment}
            rows={4}
            maxLength={COMMENT_MAX_LENGTH}
            value={comment}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
            aria-describedby={countId}
          />
          <p id={countId} className="feedback-count">
            {hydrated ? `${comment.length.toLocaleString('en-US')} of ${MAX_LENGTH_TEXT} characters` : `Up to ${MAX_LENGTH_TEXT} characters`}
          </p>
          <div className="feedback-actions">
            <button type="submit" aria-disabled={busy || undefined}>
              Send
            </button>
            {hydrated ? (
              <button type="button" onClick={changeAnswer}>
                Change your answer
              </button>
            ) : null}
          </div>
        </form>
      ) : null}

      {step === 'done' && rating ? (
        <div className="feedback-done">
          <p ref={doneRef} className="feedback-done-message" tabIndex={-1}>
            {commented ? 'Thank you! The writer will read your comment.' : 'Thank you for your feedback.'}
          </p>
          <p className="feedback-answer">Your answer: {answerText(rating)}.</p>
          <button type="button" onClick={changeAnswer}>
            Change your answer
          </button>
        </div>
      ) : null}

      <p className="feedback-status" role="status" aria-live="polite">
        {status}
      </p>
      <p className="feedback-error" role="alert">
        {error}
      </p>
    </section>
  );
}

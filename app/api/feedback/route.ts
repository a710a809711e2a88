import { receiveFeedback } from '@/lib/feedback';

// better-sqlite3 is a native module, so this route runs on Node, per request.
export const runtime = 'nodejs';

/** Receives a reader's vote or comment as JSON or as an HTML form post. */
export function POST(request: Request): Promise<Response> {
  return receiveFeedback(request);
}

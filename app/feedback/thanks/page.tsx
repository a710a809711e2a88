import { postPath } from '@/lib/site/urls';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedbackWidget } from '@/components/FeedbackWidget';
import { isRating, isUuid } from '@/lib/feedback/fields';
import { findPublishedPost } from '@/lib/feedback/published';

interface ThanksPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = {
  title: 'Thanks for your feedback',
  robots: { index: false },
};

/**
 * Renders the comment form for a reader without JavaScript, whom the endpoint
 * redirects here after the vote. Post pages are static and cannot show the
 * submission id the server just created, so this page carries it. It reads
 * only its query and never opens the database.
 */
export default async function ThanksPage({ searchParams }: ThanksPageProps) {
  const { post: slug, id, rating } = await searchParams;
  if (typeof slug !== 'string' || typeof id !== 'string' || !isUuid(id) || !isRating(rating)) notFound();
  const post = findPublishedPost(slug);
  if (!post) notFound();

  return (
    <article className="feedback-page" id="feedback">
      <h1>Thanks for your feedback</h1>
      <p>
        Your answer about <a href={postPath(post.slug)}>{post.title}</a> was saved.
      </p>
      <FeedbackWidget slug={post.slug} submission={{ id: id.toLowerCase(), rating }} />
      <p>
        <a href={postPath(post.slug)}>Back to the post</a>
      </p>
    </article>
  );
}

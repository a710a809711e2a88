import { notFound } from 'next/navigation';
import { posts } from '../../../posts.generated';

interface PostPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(posts).map((slug) => ({ slug }));
}

/** Renders a post's compiled MDX and nothing else. */
export default async function PostPage({ params }: PostPageProps) {
  const { slug } = await params;
  const load = posts[slug];
  if (!load) notFound();

  const { default: Body } = await load();
  return (
    <article>
      <h1>{slug}</h1>
      <Body />
    </article>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedbackWidget } from '@/components/FeedbackWidget';
import { PostMeta } from '@/components/PostMeta';
import { TableOfContents } from '@/components/TableOfContents';
import { getAllPosts, getPost } from '@/lib/content';
import { postModules } from '@/lib/mdx/post-modules.generated';
import { siteConfig } from '@/site.config';

interface PostPageProps {
  params: Promise<{ slug: string }>;
}

// Every post is prerendered; any other slug is the site's 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: PostPageProps): Promise<Metadata> {
  const post = getPost((await params).slug);
  if (!post) return {};
  return { title: post.title, description: post.description ?? post.summary };
}

export default async function PostPage({ params }: PostPageProps) {
  const post = getPost((await params).slug);
  const loadBody = post ? postModules[post.source] : undefined;
  if (!post || !loadBody) notFound();

  const { default: Body } = await loadBody();
  const showToc = post.toc;

  return (
    <article className="post">
      <header className="post-header">
        <h1>{post.title}</h1>
        <PostMeta post={post} />
        {post.draft ? <span className="draft-badge">Draft</span> : null}
        {post.tags.length > 0 ? (
          <ul className="post-tags" aria-label="Tags">
            {post.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        ) : null}
      </header>
      {showToc ? (
        <TableOfContents headings={post.headings} minLevel={siteConfig.tocLevels.min} maxLevel={siteConfig.tocLevels.max} />
      ) : null}
      <div className="post-body prose">
        <Body />
      </div>
      <footer className="post-footer">
        {/* Post navigation and related posts go here, then the feedback widget. */}
        <FeedbackWidget key={post.slug} slug={post.slug} />
      </footer>
    </article>
  );
}

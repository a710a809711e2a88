import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostMeta } from '@/components/PostMeta';
import { TableOfContents } from '@/components/TableOfContents';
import { TocScrollSpy } from '@/components/TocScrollSpy';
import { tocHeadings } from '@/components/toc-tree';
import { getAllPosts, getPost } from '@/lib/content';
import { postModules } from '@/lib/mdx/post-modules.generated';

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
  const toc = tocHeadings(post.headings, post.toc);

  return (
    <div className={toc.length > 0 ? 'post-layout has-toc' : 'post-layout'}>
      {toc.length > 0 ? (
        <aside className="post-aside">
          <TableOfContents headings={toc} variant="sidebar" />
          <TocScrollSpy ids={toc.map((heading) => heading.id)} />
        </aside>
      ) : null}
      {post.hasMath ? <link rel="stylesheet" href="/vendor/katex/katex.min.css" precedence="default" /> : null}
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
        <TableOfContents headings={toc} variant="inline" />
        <div className="post-body prose">
          <Body />
        </div>
        <footer className="post-footer">
          {/* Post navigation and related posts go here, then the feedback widget. */}
        </footer>
      </article>
    </div>
  );
}

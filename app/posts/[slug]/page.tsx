import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedbackWidget } from '@/components/FeedbackWidget';
import { JsonLd } from '@/components/JsonLd';
import { PostMeta } from '@/components/PostMeta';
import { PostNavigation } from '@/components/PostNavigation';
import { RelatedPosts } from '@/components/RelatedPosts';
import { TableOfContents } from '@/components/TableOfContents';
import { TagList } from '@/components/TagList';
import { TocScrollSpy } from '@/components/TocScrollSpy';
import { tocHeadings } from '@/components/toc-tree';
import { formatLongDate, getAllPosts, getPost } from '@/lib/content';
import { postModules } from '@/lib/mdx/post-modules.generated';
import { blogPostingJsonLd, postMetadata } from '@/lib/site/metadata';
import { adjacentPosts, relatedPosts } from '@/lib/taxonomy/neighbors';
import { collectTags, displayTags } from '@/lib/taxonomy/tags';

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
  return postMetadata(post, displayTags(post, collectTags(getAllPosts())).map((tag) => tag.name));
}

export default async function PostPage({ params }: PostPageProps) {
  const post = getPost((await params).slug);
  const loadBody = post ? postModules[post.source] : undefined;
  if (!post || !loadBody) notFound();

  const { default: Body } = await loadBody();
  const toc = tocHeadings(post.headings, post.toc);
  const allPosts = getAllPosts();
  const tags = displayTags(post, collectTags(allPosts));

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
          {post.updated && post.updated !== post.date ? (
            <p className="post-updated">
              Updated <time dateTime={post.updated}>{formatLongDate(post.updated)}</time>
            </p>
          ) : null}
          {post.draft ? <span className="draft-badge">Draft</span> : null}
          <TagList tags={tags} />
        </header>
        <TableOfContents headings={toc} variant="inline" />
        <div className="post-body prose">
          <Body />
        </div>
        <footer className="post-footer">
          <PostNavigation {...adjacentPosts(post, allPosts)} />
          <RelatedPosts posts={relatedPosts(post, allPosts)} />
          <FeedbackWidget key={post.slug} slug={post.slug} />
        </footer>
        <JsonLd data={blogPostingJsonLd(post, tags.map((tag) => tag.name))} />
      </article>
    </div>
  );
}

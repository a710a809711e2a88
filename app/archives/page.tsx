import type { Metadata } from 'next';
import { pluralize } from '@/components/PostMeta';
import { getAllPosts } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { postPath } from '@/lib/site/urls';
import { groupByMonth } from '@/lib/taxonomy/archives';

export const metadata: Metadata = pageMetadata({ path: '/archives', title: 'Archives', description: 'Every post, by year and month.' });

export default function ArchivesPage() {
  const years = groupByMonth(getAllPosts());

  return (
    <>
      <h1 className="page-title">Archives</h1>
      {years.length === 0 ? <p>No posts yet.</p> : null}
      {years.map((year) => (
        <section key={year.year} className="archive-year" aria-labelledby={`year-${year.year}`}>
          <h2 id={`year-${year.year}`}>
            {year.year} <span className="archive-count">{pluralize(year.count, 'post', 'posts')}</span>
          </h2>
          {year.months.map((month) => (
            <section key={month.key} className="archive-month" aria-labelledby={month.key}>
              <h3 id={month.key}>
                {month.name} {year.year} <span className="archive-count">{pluralize(month.posts.length, 'post', 'posts')}</span>
              </h3>
              <ul>
                {month.posts.map((post) => (
                  <li key={post.slug}>
                    <time dateTime={post.date}>{post.date.slice(8)}</time> <a href={postPath(post.slug)}>{post.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

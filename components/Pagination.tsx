import Link from 'next/link';
import { indexPagePath } from '@/lib/taxonomy/pagination';

/** Previous and next links and page numbers under a page of the index; nothing when there is one page. */
export function Pagination({ current, total }: { current: number; total: number }) {
  if (total <= 1) return null;
  const numbers = Array.from({ length: total }, (_, index) => index + 1);

  return (
    <nav className="pagination" aria-label="Pages">
      {current > 1 ? (
        <Link href={indexPagePath(current - 1)} rel="prev">
          ← Newer posts
        </Link>
      ) : null}
      <ol>
        {numbers.map((number) => (
          <li key={number}>
            {number === current ? (
              <span aria-current="page">{number}</span>
            ) : (
              <Link href={indexPagePath(number)} aria-label={`Page ${number}`}>
                {number}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {current < total ? (
        <Link href={indexPagePath(current + 1)} rel="next">
          Older posts →
        </Link>
      ) : null}
    </nav>
  );
}

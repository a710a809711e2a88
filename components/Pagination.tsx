import { indexPagePath } from '@/lib/taxonomy/pagination';

/** Previous and next links and page numbers under a page of the index; nothing when there is one page. */
export function Pagination({ current, total }: { current: number; total: number }) {
  if (total <= 1) return null;
  const numbers = Array.from({ length: total }, (_, index) => index + 1);

  return (
    <nav className="pagination" aria-label="Pages">
      {current > 1 ? (
        <a href={indexPagePath(current - 1)} rel="prev">
          ← Newer posts
        </a>
      ) : null}
      <ol>
        {numbers.map((number) => (
          <li key={number}>
            {number === current ? (
              <span aria-current="page">{number}</span>
            ) : (
              <a href={indexPagePath(number)} aria-label={`Page ${number}`}>
                {number}
              </a>
            )}
          </li>
        ))}
      </ol>
      {current < total ? (
        <a href={indexPagePath(current + 1)} rel="next">
          Older posts →
        </a>
      ) : null}
    </nav>
  );
}

import Link from 'next/link';
import { posts } from '../posts.generated';

/** Lists every post by slug: the floor under Folio's index page. */
export default function HomePage() {
  return (
    <ul>
      {Object.keys(posts).map((slug) => (
        <li key={slug}>
          <Link href={`/posts/${slug}`}>{slug}</Link>
        </li>
      ))}
    </ul>
  );
}

import type { Metadata } from 'next';
import { SearchPanel } from '@/components/search/SearchPanel';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({ path: '/search', title: 'Search', description: 'Search every post by title, tag, heading or text.' });

export default function SearchPage() {
  return (
    <>
      <h1 className="page-title">Search</h1>
      <SearchPanel />
      <noscript>
        <p>Search runs in the browser and needs JavaScript. The archives and tags pages list every post without it.</p>
      </noscript>
    </>
  );
}

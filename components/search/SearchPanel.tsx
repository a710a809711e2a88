'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { excerptNodes, markQueryWords } from './highlight';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
}

interface Pagefind {
  search(term: string): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}

/** Results shown for one query; Pagefind loads each shown result's fragment, so fewer means less to fetch. */
const SHOWN_RESULTS = 10;
const BUNDLE_SCRIPT = '/pagefind/pagefind.js';

let pagefindModule: Promise<Pagefind> | undefined;

// Loaded on first use only, from the route that serves the build's search
// bundle; the bundler must leave this import to the browser.
function loadPagefind(): Promise<Pagefind> {
  pagefindModule ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ BUNDLE_SCRIPT) as Promise<Pagefind>;
  return pagefindModule;
}

/**
 * The search page's box and results: instant results as the reader types,
 * matched words marked, arrow keys to move through results and Enter to open
 * one. The query is kept in the address (`/search?q=…`) so results can be shared.
 */
export function SearchPanel() {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ResultData[]>([]);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('Type to search every post.');
  const latest = useRef(0);

  async function run(term: string) {
    const search = ++latest.current;
    setQuery(term);
    setActive(-1);
    window.history.replaceState(null, '', term ? `/search?q=${encodeURIComponent(term)}` : '/search');

    if (term.trim() === '') {
      setResults([]);
      setStatus('Type to search every post.');
      return;
    }

    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(term);
      const data = await Promise.all(found.results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
      if (search !== latest.current) return;

      setResults(data);
      const count = found.results.length;
      setStatus(count === 0 ? `No posts match “${term}”.` : `${count} ${count === 1 ? 'post matches' : 'posts match'} “${term}”.`);
    } catch (error) {
      if (search !== latest.current) return;
      setResults([]);
      setStatus(`Search failed to load: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q');
    if (initial) void run(initial);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const chosen = results[active === -1 ? 0 : active];
      if (!chosen) return;
      event.preventDefault();
      router.push(chosen.url);
    }
  }

  return (
    <div className="search-panel">
      <input
        className="search-box"
        type="search"
        role="combobox"
        aria-label="Search posts"
        aria-controls="search-results"
        aria-expanded={results.length > 0}
        aria-activedescendant={active >= 0 ? `search-result-${active}` : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder="Search titles, tags and full text"
        value={query}
        onChange={(event) => void run(event.target.value)}
        onKeyDown={onKeyDown}
        data-search-box=""
      />
      <p className="search-status" role="status">
        {status}
      </p>
      <ul id="search-results" className="search-results" role="listbox" aria-label="Results">
        {/* Each option is the result's link itself: a link inside an option would be an
            interactive element nested in one whose content is presentational. The arrow
            keys and Enter in the box choose and open a result, so options stay out of the tab order. */}
        {results.map((result, index) => (
          <li key={result.url} role="none">
            <a
              id={`search-result-${index}`}
              role="option"
              aria-selected={index === active}
              href={result.url}
              tabIndex={-1}
              onMouseEnter={() => setActive(index)}
            >
              <span className="search-result-title">{markQueryWords(result.meta.title ?? result.url, query)}</span>
              {result.meta.date ? <span className="search-result-date"> · {result.meta.date}</span> : null}
              <span className="search-result-excerpt">{excerptNodes(result.excerpt)}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

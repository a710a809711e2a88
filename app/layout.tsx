import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SearchShortcut } from '@/components/SearchShortcut';
import { FEED_PATHS, siteMetadata } from '@/lib/site/metadata';
import { siteConfig } from '@/site.config';
import './globals.css';
import './navigation.css';

export const metadata: Metadata = siteMetadata();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language}>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="site-title" href="/">
            {siteConfig.title}
          </Link>
          <nav aria-label="Main">
            <Link href="/">Posts</Link>
            <Link href="/archives">Archives</Link>
            <Link href="/tags">Tags</Link>
            <Link href="/search">Search</Link>
            <a href={FEED_PATHS.rss}>Feed</a>
          </nav>
          <form className="header-search" role="search" action="/search">
            <input type="search" name="q" aria-label="Search posts" placeholder="Search (press /)" data-search-box="" />
          </form>
          <SearchShortcut />
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>
            © {new Date().getFullYear()} {siteConfig.author} · Built with Folio
          </p>
        </footer>
      </body>
    </html>
  );
}

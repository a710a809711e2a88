import type { Metadata } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { SearchShortcut } from '@/components/SearchShortcut';
import { ThemeToggle } from '@/components/ThemeToggle';
import { FEED_PATHS, siteMetadata } from '@/lib/site/metadata';
import { THEME_INIT_SCRIPT } from '@/lib/theme/init-script';
import { siteConfig } from '@/site.config';
import './globals.css';
import './navigation.css';
import './theme.css';
import './look.css';
import './print.css';

export const metadata: Metadata = siteMetadata();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme on <html> before React hydrates, so
    // React must not warn that the attributes differ from the server HTML.
    <html lang={siteConfig.language} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      {/* The print stylesheet writes this address before the path of each printed internal link. */}
      <body style={{ '--site-url': JSON.stringify(siteConfig.baseUrl.replace(/\/$/, '')) } as CSSProperties}>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <a className="site-title" href="/">
            {siteConfig.title}
          </a>
          <nav aria-label="Main">
            <a href="/">Posts</a>
            <a href="/archives">Archives</a>
            <a href="/tags">Tags</a>
            <a href="/search">Search</a>
            <a href={FEED_PATHS.rss}>Feed</a>
          </nav>
          <div className="header-tools">
            <form className="header-search" role="search" action="/search">
              <input type="search" name="q" aria-label="Search posts" placeholder="Search (press /)" data-search-box="" />
            </form>
            <ThemeToggle />
          </div>
          <SearchShortcut />
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>
            © {new Date().getFullYear()} {siteConfig.author} · <a href={FEED_PATHS.rss}>RSS feed</a> · Built with Folio
          </p>
        </footer>
      </body>
    </html>
  );
}

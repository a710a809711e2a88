import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { siteConfig } from '@/site.config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.baseUrl),
  title: { default: siteConfig.title, template: `%s · ${siteConfig.title}` },
  description: siteConfig.description,
};

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
          </nav>
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

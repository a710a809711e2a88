'use client';

import { useEffect } from 'react';

// A heading's section counts as being read once the heading's top is within
// this distance of the top of the window: a little more than the 1rem that
// headings keep above them when a link scrolls to them, so a followed link
// always marks its own heading even where headings stand close together.
const READING_LINE_PX = 32;

function linksTo(id: string): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a')].filter((link) => link.hash === `#${encodeURIComponent(id)}` || link.getAttribute('href') === `#${id}`);
}

/** Scrolls the sidebar itself, never the page, so the link is inside its visible part. */
function keepVisible(link: HTMLAnchorElement): void {
  const sidebar = link.closest<HTMLElement>('.toc-sidebar');
  if (!sidebar || sidebar.offsetParent === null) return;

  const top = link.offsetTop - sidebar.offsetTop;
  if (top < sidebar.scrollTop) sidebar.scrollTop = top - 16;
  else if (top + link.offsetHeight > sidebar.scrollTop + sidebar.clientHeight) {
    sidebar.scrollTop = top + link.offsetHeight - sidebar.clientHeight + 16;
  }
}

/**
 * Marks the table-of-contents link of the section being read with
 * `aria-current`, and closes the narrow-screen TOC after a link in it is
 * followed. Renders nothing: the TOC itself is server HTML that works without it.
 */
export function TocScrollSpy({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((heading) => heading !== null);
    let current: string | null = null;
    // The heading a followed link pointed at: it stays current while it is on
    // screen, even when the page cannot scroll it up to the reading line
    // (headings near the end of a post).
    let followed: string | null = null;
    let frame = 0;

    const activeHeading = (): string | null => {
      if (followed) {
        const top = document.getElementById(followed)?.getBoundingClientRect().top;
        if (top !== undefined && top >= 0 && top < window.innerHeight) return followed;
        followed = null;
      }

      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : READING_LINE_PX;
      let active = headings[0]?.id ?? null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) active = heading.id;
        else break;
      }
      return active;
    };

    const update = () => {
      frame = 0;
      const active = activeHeading();
      if (active === current) return;

      if (current) for (const link of linksTo(current)) link.removeAttribute('aria-current');
      current = active;
      if (active) {
        for (const link of linksTo(active)) {
          link.setAttribute('aria-current', 'location');
          keepVisible(link);
        }
      }
    };

    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };

    const followHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      followed = ids.includes(id) ? id : null;
      schedule();
    };

    const closeInline = (event: Event) => {
      const details = (event.target as Element).closest('.toc-inline details');
      if (details && (event.target as Element).closest('a')) details.removeAttribute('open');
    };

    followHash();
    update();
    window.addEventListener('hashchange', followHash);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    document.addEventListener('click', closeInline);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', followHash);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('click', closeInline);
    };
  }, [ids]);

  return null;
}

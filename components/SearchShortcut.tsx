'use client';

import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Focuses the search box when the reader presses `/` outside a text field:
 * the search page's own box where there is one, else the header's. Renders nothing.
 */
export function SearchShortcut() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;

      const boxes = document.querySelectorAll<HTMLInputElement>('input[data-search-box]');
      const box = boxes[boxes.length - 1];
      if (!box) return;

      event.preventDefault();
      box.focus();
      box.select();
    }

    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return null;
}

'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { DARK_QUERY, nextThemeChoice, parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from '@/lib/theme/theme';

const NAMES: Record<ThemeChoice, string> = { system: 'follow system', light: 'light', dark: 'dark' };

function applyChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.dataset.themeChoice = choice;
  root.dataset.theme = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
}

function SunIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

function SystemIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
    </svg>
  );
}

const ICONS: Record<ThemeChoice, ReactNode> = { system: <SystemIcon />, light: <SunIcon />, dark: <MoonIcon /> };

/**
 * Renders the header button that steps the theme through follow system, light
 * and dark, and stores the choice in localStorage. Which icon and label show is
 * decided by CSS from `data-theme-choice` on <html>, which the inline head
 * script sets before the first paint, so the server HTML needs no state and the
 * button never flickers. CSS hides the button when JavaScript is off.
 */
export function ThemeToggle() {
  const [announcement, setAnnouncement] = useState('');

  // While the choice is "follow system", a change of the system setting applies at once.
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const followSystem = () => {
      if (parseThemeChoice(document.documentElement.dataset.themeChoice) === 'system') applyChoice('system');
    };
    // Another tab changed the choice.
    const followStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY) applyChoice(parseThemeChoice(event.newValue));
    };

    query.addEventListener('change', followSystem);
    window.addEventListener('storage', followStorage);
    return () => {
      query.removeEventListener('change', followSystem);
      window.removeEventListener('storage', followStorage);
    };
  }, []);

  function toggle() {
    const choice = nextThemeChoice(parseThemeChoice(document.documentElement.dataset.themeChoice));
    applyChoice(choice);
    try {
      if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // Storage can be blocked; the choice then lasts until the page is left.
    }
    setAnnouncement(`Theme: ${NAMES[choice]}`);
  }

  return (
    <>
      <button type="button" className="theme-toggle" onClick={toggle}>
        {(['system', 'light', 'dark'] as const).map((choice) => (
          <span key={choice} className="theme-toggle-state" data-choice={choice}>
            {ICONS[choice]}
            <span className="sr-only">Theme: {NAMES[choice]}</span>
          </span>
        ))}
      </button>
      {/* A live region, not role="status", so the page's own status message stays the only status. */}
      <span className="sr-only theme-announcement" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}

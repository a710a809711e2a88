/**
 * The site's colour themes. The reader's choice is kept in localStorage; the
 * theme in effect is set as `data-theme` on <html>, which app/theme.css reads.
 */

/** A choice in the header's theme toggle. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The themes the stylesheet has colours for. */
export type Theme = 'light' | 'dark';

/** The order the header toggle steps through. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** localStorage key of the reader's choice; a missing or unknown value means `system`. */
export const THEME_STORAGE_KEY = 'folio:theme';

/** Media query that is true while the operating system asks for dark colours. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Returns the choice that follows `choice` in the toggle's cycle. */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length];
}

/** Returns the theme in effect for a choice, given whether the system asks for dark. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Reads a stored value as a choice; anything but `light` or `dark` is `system`. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

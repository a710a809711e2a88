import { DARK_QUERY, THEME_STORAGE_KEY } from './theme';

// A module of its own so that client bundles, which import ./theme, leave this string out.
/**
 * Runs in <head> before the first paint, so the first frame already has the
 * reader's theme. It sets `data-theme` (the theme in effect) and
 * `data-theme-choice` (what the toggle shows) on <html>. Without JavaScript
 * neither attribute is set, and app/theme.css follows the system setting.
 * Kept as a plain ES5 string because it runs before any bundle loads.
 */
export const THEME_INIT_SCRIPT = `(function () {
  var choice = 'system';
  try {
    var saved = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    if (saved === 'light' || saved === 'dark') choice = saved;
  } catch (error) {}
  var dark = choice === 'dark' || (choice === 'system' && window.matchMedia(${JSON.stringify(DARK_QUERY)}).matches);
  var root = document.documentElement;
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  root.setAttribute('data-theme-choice', choice);
})();`;

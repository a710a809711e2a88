import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT } from './init-script';
import { nextThemeChoice, parseThemeChoice, resolveTheme, THEME_STORAGE_KEY } from './theme';

/** Runs the inline script against a stand-in <html>, storage and media query. */
function runInitScript(saved: string | null, systemDark: boolean, storageThrows = false) {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('storage is blocked');
      return key === THEME_STORAGE_KEY ? saved : null;
    },
  };
  const window = { matchMedia: () => ({ matches: systemDark }) };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  new Function('localStorage', 'window', 'document', THEME_INIT_SCRIPT)(localStorage, window, document);
  return attributes;
}

describe('theme init script', () => {
  it('follows the system without a saved choice', () => {
    expect(runInitScript(null, true)).toEqual({ 'data-theme': 'dark', 'data-theme-choice': 'system' });
    expect(runInitScript(null, false)).toEqual({ 'data-theme': 'light', 'data-theme-choice': 'system' });
  });

  it('applies a saved choice over the system', () => {
    expect(runInitScript('light', true)).toEqual({ 'data-theme': 'light', 'data-theme-choice': 'light' });
    expect(runInitScript('dark', false)).toEqual({ 'data-theme': 'dark', 'data-theme-choice': 'dark' });
  });

  it('treats an unknown saved value as system', () => {
    expect(runInitScript('sepia', true)).toEqual({ 'data-theme': 'dark', 'data-theme-choice': 'system' });
  });

  it('follows the system when storage throws', () => {
    expect(runInitScript(null, true, true)).toEqual({ 'data-theme': 'dark', 'data-theme-choice': 'system' });
  });
});

describe('theme choice helpers', () => {
  it('cycles system, light, dark', () => {
    expect(nextThemeChoice('system')).toBe('light');
    expect(nextThemeChoice('light')).toBe('dark');
    expect(nextThemeChoice('dark')).toBe('system');
  });

  it('resolves system from the media query', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('parses stored values', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('Dark')).toBe('system');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'app', 'theme.css'), 'utf8');

/** Returns the declarations of the first rule whose selector is `selector`, one per line, trimmed. */
function declarations(selector: string): string[] {
  const start = css.indexOf(`${selector} {`);
  expect(start, `rule ${selector} not found in app/theme.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

describe('app/theme.css', () => {
  it('gives both dark selectors the same colours', () => {
    const chosen = declarations("html[data-theme='dark']");
    const fromSystem = declarations('html:not([data-theme])');
    expect(chosen.length).toBeGreaterThan(5);
    expect(fromSystem).toEqual(chosen);
  });
});

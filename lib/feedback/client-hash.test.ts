import { describe, expect, test } from 'vitest';
import { ClientHasher } from './client-hash';

describe('ClientHasher', () => {
  test('same address gives one hash within a day', () => {
    let now = Date.parse('2026-03-14T00:00:01Z');
    const hasher = new ClientHasher(() => now);
    const morning = hasher.hash('203.0.113.7');
    now = Date.parse('2026-03-14T23:59:59Z');

    expect(hasher.hash('203.0.113.7')).toBe(morning);
    expect(hasher.hash('203.0.113.8')).not.toBe(morning);
    expect(morning).toMatch(/^[0-9a-f]{32}$/);
  });

  test('key changes with the UTC day', () => {
    let now = Date.parse('2026-03-14T23:59:59Z');
    const hasher = new ClientHasher(() => now);
    const before = hasher.hash('203.0.113.7');
    now = Date.parse('2026-03-15T00:00:00Z');

    expect(hasher.hash('203.0.113.7')).not.toBe(before);
  });

  test('two processes hash differently', () => {
    const now = () => Date.parse('2026-03-14T12:00:00Z');

    expect(new ClientHasher(now).hash('203.0.113.7')).not.toBe(new ClientHasher(now).hash('203.0.113.7'));
  });
});

import { describe, expect, test } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  test('allows the maximum, then reports the wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ maxRequests: 2, windowSeconds: 60 }, () => now);

    expect(limiter.take('a')).toEqual({ allowed: true });
    now += 10_500;
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.take('b')).toEqual({ allowed: true });
  });

  test('window restarts after its length', () => {
    let now = 0;
    const limiter = new RateLimiter({ maxRequests: 1, windowSeconds: 60 }, () => now);

    limiter.take('a');
    now = 59_999;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 60_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
  });
});

/** Settings of a fixed-window rate limit. */
export interface RateLimitSettings {
  /** Requests allowed per key in one window. */
  maxRequests: number;
  /** Length of a window in seconds. */
  windowSeconds: number;
}

/** The outcome of one RateLimiter.take call. */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Counts requests per key in fixed windows, in this process's memory. Expired
 * windows are swept once per window length, so memory stays bounded by the
 * keys seen in the last two windows.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep: number;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSweep = now();
  }

  /** Counts one request for the key and returns whether it is within the limit. */
  take(key: string): RateLimitResult {
    const now = this.now();
    const windowMs = this.settings.windowSeconds * 1000;
    this.sweep(now, windowMs);

    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }

    if (window.count >= this.settings.maxRequests) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
      return { allowed: false, retryAfterSeconds };
    }

    window.count += 1;
    return { allowed: true };
  }

  private sweep(now: number, windowMs: number): void {
    if (now - this.lastSweep < windowMs) return;
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= windowMs) this.windows.delete(key);
    }
    this.lastSweep = now;
  }
}

import { createHmac, randomBytes } from 'node:crypto';

/**
 * Hashes client addresses with HMAC-SHA-256 under a random key that this
 * process creates for each UTC day and keeps only in memory. The same address
 * gives the same hash within a day, so rate limits and spam clean-up work, but
 * no stored hash can be linked to an address once the day's key is gone.
 */
export class ClientHasher {
  private day = '';
  private key: Buffer = Buffer.alloc(0);

  constructor(private readonly now: () => number = Date.now) {}

  /** Returns the hash of an address as 32 hex digits. */
  hash(address: string): string {
    const today = new Date(this.now()).toISOString().slice(0, 10);
    if (today !== this.day) {
      this.day = today;
      this.key = randomBytes(32);
    }
    return createHmac('sha256', this.key).update(address).digest('hex').slice(0, 32);
  }
}

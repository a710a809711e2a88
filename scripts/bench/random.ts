// Seeded randomness for the corpus generator. Math.random cannot be seeded, and
// the corpus must be byte-identical on every machine so runs stay comparable.

/** A pseudo-random number source that returns the same sequence for the same seed. */
export interface Random {
  /** Returns a float in [0, 1). */
  next(): number;
  /** Returns an integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  /** Returns one element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Creates a Random from a 32-bit seed with the mulberry32 generator: a 32-bit
 * state advanced by a Weyl sequence and scrambled by two multiply-xorshift
 * rounds. Fast, and good enough for synthetic text (not for cryptography).
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };

  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** Derives an independent seed from a base seed and a number, such as a post's index, by FNV-1a hashing both. */
export function deriveSeed(base: number, value: number): number {
  let hash = 0x811c9dc5;
  for (const part of [base >>> 0, value >>> 0]) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (part >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash;
}

// A synthetic vocabulary with the word-frequency shape of real prose, so that
// compression, search indexes and word counts behave as they do on real posts
// without copying any word list. Words are built from syllables; the most
// frequent ones are the shortest, as in natural languages.
import { createRandom, type Random } from './random';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'cl', 'dr', 'fl', 'gr', 'pl', 'sh', 'st', 'th', 'tr', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'rt'];

/** Options of a Zipf-Mandelbrot distribution: p(rank) is proportional to 1 / (rank + offset)^exponent. */
export interface ZipfOptions {
  /** Default 1.0, the exponent measured on English text. */
  exponent?: number;
  /** Default 2.7; flattens the head so the top words are not absurdly dominant. */
  offset?: number;
}

/** Words ordered from most to least frequent, and a sampler that draws them with a Zipf-like distribution. */
export interface Vocabulary {
  words: readonly string[];
  /** Draws one word; rank 0 is the most likely. */
  sample(random: Random): string;
}

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

/** Makes `size` distinct pseudo-words, shortest first, from a fixed seed. */
export function makeWords(size: number, seed: number): string[] {
  const random = createRandom(seed);
  const words = new Set<string>();

  while (words.size < size) {
    // One to four syllables, shorter words more often.
    const syllables = 1 + Math.floor(random.next() ** 1.6 * 4);
    let word = '';
    for (let i = 0; i < syllables; i++) word += syllable(random);
    if (word.length >= 2 && word.length <= 14) words.add(word);
  }

  // A stable sort keeps generation order among words of the same length.
  return [...words].sort((left, right) => left.length - right.length);
}

/** Builds a vocabulary of `size` words and its Zipf-like sampler. */
export function createVocabulary(size: number, seed: number, options: ZipfOptions = {}): Vocabulary {
  const { exponent = 1.0, offset = 2.7 } = options;
  const words = makeWords(size, seed);

  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1 + offset) ** exponent;
    cumulative[rank] = total;
  }

  const sample = (random: Random): string => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };

  return { words, sample };
}

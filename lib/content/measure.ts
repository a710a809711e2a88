import readingTime from 'reading-time';

/** Counts the words in plain text as reading-time does: runs of letters and digits, and each CJK character. */
export function countWords(text: string): number {
  return readingTime(text).words;
}

/** Converts a word count to whole minutes of reading, rounded up and at least 1. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new Error(`invalid wordsPerMinute in site.config.ts: ${wordsPerMinute}; expected a positive number such as 200`);
  }
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

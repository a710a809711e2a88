// Writes synthetic blog corpora: N posts of about 900 counted words, each with
// frontmatter, six h2/h3 headings, three code blocks in two languages, a table,
// a list and links. Post i depends only on the seed and i, so a corpus of 100
// posts is the first 100 posts of a corpus of 1,000.
import fs from 'node:fs';
import path from 'node:path';
import { createRandom, deriveSeed, type Random } from './random';
import { createVocabulary, type Vocabulary } from './vocabulary';

/** Seed of the default corpora; change it only together with the recorded figures. */
export const DEFAULT_SEED = 20251204;

/** Distinct words in the vocabulary. */
export const VOCABULARY_SIZE = 6000;

const TAG_POOL_SIZE = 40;
const FIRST_YEAR = 2014;
const YEARS = 12;
const YAML_KEYWORDS = new Set(['true', 'false', 'null']);
const HEADING_LEVELS = [2, 3, 3, 2, 3, 2] as const;
// Prose words per post before paragraphs are rounded up to whole sentences.
// With headings, code, the table and the list, Folio counts 850 to 950 words.
const PROSE_WORDS = { min: 640, max: 720 };

/** A generated post: its file name inside the corpus folder and its text. */
export interface GeneratedPost {
  slug: string;
  file: string;
  text: string;
}

/** Everything a corpus's posts are drawn from; one per seed. */
export interface CorpusSource {
  seed: number;
  vocabulary: Vocabulary;
  tags: readonly string[];
}

/** Creates the vocabulary and the tag pool of a seed. */
export function createCorpusSource(seed = DEFAULT_SEED): CorpusSource {
  const vocabulary = createVocabulary(VOCABULARY_SIZE, seed);
  // Tags are mid-frequency words of five letters or more, like real topic names,
  // but not words that YAML reads as booleans or null.
  const tags = vocabulary.words
    .filter((word) => word.length >= 5 && !YAML_KEYWORDS.has(word))
    .slice(100, 100 + TAG_POOL_SIZE);
  return { seed, vocabulary, tags };
}

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);
const camelCase = (first: string, second: string) => first + capitalize(second);

function words(source: CorpusSource, random: Random, count: number): string[] {
  return Array.from({ length: count }, () => source.vocabulary.sample(random));
}

/** Returns the slug of post `index`, without generating the post. */
export function slugOf(source: CorpusSource, index: number): string {
  const random = createRandom(deriveSeed(source.seed ^ 0x5a5a5a5a, index));
  const [first, second] = words(source, random, 2);
  return `${first}-${second}-${String(index).padStart(5, '0')}`;
}

function calendarDate(random: Random): string {
  const year = FIRST_YEAR + random.integer(0, YEARS - 1);
  const month = random.integer(1, 12);
  const day = random.integer(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Writes one sentence of 6 to 20 words; some words become links, inline code or emphasis. */
function sentence(source: CorpusSource, random: Random, index: number): { text: string; count: number } {
  const count = random.integer(6, 20);
  const parts = words(source, random, count);
  parts[0] = capitalize(parts[0]);

  const position = random.integer(1, count - 1);
  const roll = random.next();
  if (roll < 0.06) {
    parts[position] = `[${parts[position]}](https://example.com/${parts[position]})`;
  } else if (roll < 0.1 && index > 0) {
    parts[position] = `[${parts[position]}](/posts/${slugOf(source, random.integer(0, index - 1))})`;
  } else if (roll < 0.16) {
    parts[position] = `\`${parts[position]}\``;
  } else if (roll < 0.2) {
    parts[position] = `*${parts[position]}*`;
  }

  if (count > 12 && random.next() < 0.4) parts[random.integer(3, count - 3)] += ',';
  return { text: `${parts.join(' ')}.`, count };
}

function paragraph(source: CorpusSource, random: Random, index: number, target: number): string {
  const sentences: string[] = [];
  let written = 0;
  while (written < target) {
    const next = sentence(source, random, index);
    sentences.push(next.text);
    written += next.count;
  }
  return sentences.join(' ');
}

function typescriptBlock(source: CorpusSource, random: Random): string {
  const [name, input, local, factor] = words(source, random, 4);
  const fn = camelCase(name, factor);
  return [
    '```ts',
    `export function ${fn}(${input}: number[]): number {`,
    `  const ${local} = ${input}.map((value) => value * ${random.integer(2, 9)});`,
    `  // ${words(source, random, 6).join(' ')}`,
    `  return ${local}.reduce((sum, value) => sum + value, 0);`,
    '}',
    '```',
  ].join('\n');
}

function bashBlock(source: CorpusSource, random: Random): string {
  const [tool, command, flag, target] = words(source, random, 4);
  return [
    '```bash',
    `# ${words(source, random, 5).join(' ')}`,
    `${tool} ${command} --${flag} ${random.integer(1, 64)} ./${target}`,
    `${tool} status --format json | grep ${target}`,
    '```',
  ].join('\n');
}

function table(source: CorpusSource, random: Random): string {
  const header = words(source, random, 3).map(capitalize);
  const rows = Array.from({ length: 4 }, () => {
    const [name, detail] = words(source, random, 2);
    return `| ${name} | ${detail} ${source.vocabulary.sample(random)} | ${random.integer(1, 999)} |`;
  });
  return [`| ${header.join(' | ')} |`, '| --- | --- | --- |', ...rows].join('\n');
}

function list(source: CorpusSource, random: Random): string {
  const items = Array.from({ length: random.integer(4, 6) }, () => `- ${capitalize(words(source, random, random.integer(3, 8)).join(' '))}`);
  return items.join('\n');
}

/** Generates post `index` of a corpus. */
export function generatePost(source: CorpusSource, index: number): GeneratedPost {
  const random = createRandom(deriveSeed(source.seed, index));
  const slug = slugOf(source, index);

  const title = capitalize(words(source, random, random.integer(3, 7)).join(' '));
  const postTags = new Set(Array.from({ length: random.integer(1, 4) }, () => random.pick(source.tags)));
  const frontmatter = [
    '---',
    `title: "${title}"`,
    `date: ${calendarDate(random)}`,
    ...(random.next() < 0.35 ? [`description: "${capitalize(words(source, random, 16).join(' '))}."`] : []),
    `tags: [${[...postTags].join(', ')}]`,
    '---',
  ];

  // Ten paragraphs: two before the first heading, then sections of one or two.
  const proseWords = random.integer(PROSE_WORDS.min, PROSE_WORDS.max);
  const perParagraph = Math.round(proseWords / 10);
  const prose = () => paragraph(source, random, index, perParagraph);
  const extras = [typescriptBlock(source, random), bashBlock(source, random), typescriptBlock(source, random), table(source, random), list(source, random)];
  const sectionsWithTwo = new Set([1, 3]);

  const body: string[] = [prose(), prose()];
  HEADING_LEVELS.forEach((level, section) => {
    body.push(`${'#'.repeat(level)} ${capitalize(words(source, random, random.integer(2, 5)).join(' '))}`);
    body.push(prose());
    if (sectionsWithTwo.has(section)) body.push(prose());
    if (section < extras.length) body.push(extras[section]);
  });

  return { slug, file: `${slug}.mdx`, text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` };
}

/**
 * Replaces `dir` with a corpus of `count` posts. The folder is deleted first,
 * so it must be one the benchmark owns.
 */
export function writeCorpus(dir: string, count: number, source = createCorpusSource()): GeneratedPost[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  const posts: GeneratedPost[] = [];
  for (let index = 0; index < count; index++) {
    const post = generatePost(source, index);
    fs.writeFileSync(path.join(dir, post.file), post.text);
    posts.push(post);
  }
  return posts;
}

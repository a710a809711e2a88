// Measures what each GitHub Flavored Markdown construct adds to parsing a
// corpus, one at a time on top of the parser alone. A CPU profile cannot show
// this: an extension's cost is mostly micromark's own code trying its
// constructs at each character, so it is not the extension's self time.
//
//   npx tsx scripts/bench/gfm-cost.ts bench-corpora/seed-20251204/1000
//
import fs from 'node:fs';
import path from 'node:path';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { median } from './stats';

const ROUNDS = 5;

type FromMarkdownExtension = ReturnType<typeof gfmTableFromMarkdown>;

/** Returns a unified plugin that adds one syntax construct to the parser. */
function construct(syntax: MicromarkExtension, fromMarkdown: FromMarkdownExtension) {
  return function addConstruct(this: Processor) {
    const data = this.data() as { micromarkExtensions?: MicromarkExtension[]; fromMarkdownExtensions?: FromMarkdownExtension[] };
    (data.micromarkExtensions ??= []).push(syntax);
    (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
  };
}

const base = () => unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter);

const parsers: Record<string, Processor> = {
  'parser alone': base() as unknown as Processor,
  '+ autolink literal': base().use(construct(gfmAutolinkLiteral(), gfmAutolinkLiteralFromMarkdown())) as unknown as Processor,
  '+ footnote': base().use(construct(gfmFootnote(), gfmFootnoteFromMarkdown())) as unknown as Processor,
  '+ strikethrough': base().use(construct(gfmStrikethrough(), gfmStrikethroughFromMarkdown())) as unknown as Processor,
  '+ table': base().use(construct(gfmTable(), gfmTableFromMarkdown())) as unknown as Processor,
  '+ task list item': base().use(construct(gfmTaskListItem(), gfmTaskListItemFromMarkdown())) as unknown as Processor,
  '+ all of remark-gfm': base().use(remarkGfm) as unknown as Processor,
};

const postsDir = process.argv[2];
if (!postsDir || !fs.existsSync(postsDir)) {
  throw new Error(`posts folder not found: ${postsDir ?? '(missing)'}; pass a corpus folder written by npm run bench`);
}
const texts = fs.readdirSync(postsDir).filter((name) => /\.mdx?$/.test(name)).map((name) => fs.readFileSync(path.join(postsDir, name), 'utf8'));

// Rounds interleave the parsers, so a change in the machine's load hits all of them.
const times = new Map<string, number[]>(Object.keys(parsers).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, parser] of Object.entries(parsers)) {
    const started = performance.now();
    for (const text of texts) parser.parse(text);
    times.get(name)!.push(performance.now() - started);
  }
}

const alone = median(times.get('parser alone')!);
console.log(`| parser | ms (median of ${ROUNDS}) | ÷ parser alone |`);
console.log('| --- | --- | --- |');
for (const [name, values] of times) {
  console.log(`| ${name} | ${Math.round(median(values))} | ${(median(values) / alone).toFixed(2)} × |`);
}

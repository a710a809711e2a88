import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { analyzePost } from '../../lib/content/analyze';
import { createCorpusSource, generatePost, writeCorpus } from './corpus';
import { createRandom } from './random';
import { createVocabulary } from './vocabulary';

const source = createCorpusSource();
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

function nodesOf(text: string) {
  const tree = parser.parse(text) as Root;
  const headings: number[] = [];
  const codeLanguages: (string | null | undefined)[] = [];
  const links: string[] = [];
  let tables = 0;
  let lists = 0;
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push(node.depth);
    if (node.type === 'code') codeLanguages.push(node.lang);
    if (node.type === 'link') links.push(node.url);
    if (node.type === 'table') tables++;
    if (node.type === 'list') lists++;
  });
  return { headings, codeLanguages, links, tables, lists };
}

describe('corpus generator', () => {
  test('same seed, same post', () => {
    expect(generatePost(createCorpusSource(), 42)).toEqual(generatePost(source, 42));
  });

  test('other seed, other post', () => {
    expect(generatePost(createCorpusSource(7), 42).text).not.toBe(generatePost(source, 42).text);
  });

  test('posts have the shape of a blog post', () => {
    for (const index of [0, 1, 17, 250]) {
      const post = generatePost(source, index);
      const nodes = nodesOf(post.text);

      expect(nodes.headings).toHaveLength(6);
      expect(new Set(nodes.headings)).toEqual(new Set([2, 3]));
      expect(nodes.codeLanguages).toHaveLength(3);
      expect(new Set(nodes.codeLanguages).size).toBe(2);
      expect(nodes.tables).toBe(1);
      expect(nodes.lists).toBe(1);
      expect(nodes.links.length).toBeGreaterThan(0);
    }
  });

  test('Folio reads every post without problems, at about 900 words', () => {
    const counts: number[] = [];
    for (let index = 0; index < 40; index++) {
      const post = generatePost(source, index);
      const analysis = analyzePost(post.text, { file: post.file, format: 'mdx' });

      expect(analysis.problems).toEqual([]);
      expect(analysis.frontmatter?.tags.length).toBeGreaterThan(0);
      counts.push(analysis.words);
    }
    const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    expect(mean).toBeGreaterThan(850);
    expect(mean).toBeLessThan(950);
  });

  test('dates spread over several years', () => {
    const years = new Set(Array.from({ length: 60 }, (_, index) => /date: (\d{4})/.exec(generatePost(source, index).text)?.[1]));
    expect(years.size).toBeGreaterThanOrEqual(8);
  });

  test('internal links point at earlier posts', () => {
    const slugs = new Set(Array.from({ length: 100 }, (_, index) => generatePost(source, index).slug));
    const internal = Array.from({ length: 100 }, (_, index) => nodesOf(generatePost(source, index).text).links)
      .flat()
      .filter((url) => url.startsWith('/posts/'));

    expect(internal.length).toBeGreaterThan(0);
    for (const url of internal) expect(slugs.has(url.slice('/posts/'.length))).toBe(true);
  });

  test('smaller corpus is a prefix of a larger one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-corpus-'));
    const small = writeCorpus(path.join(dir, 'small'), 5);
    const large = writeCorpus(path.join(dir, 'large'), 8);

    expect(large.slice(0, 5)).toEqual(small);
    expect(fs.readdirSync(path.join(dir, 'large'))).toHaveLength(8);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('vocabulary', () => {
  test('several thousand distinct words', () => {
    const vocabulary = createVocabulary(6000, 1);
    expect(new Set(vocabulary.words).size).toBe(6000);
    for (const word of vocabulary.words) expect(word).toMatch(/^[a-z]{2,14}$/);
  });

  test('frequency falls with rank, as in Zipf’s law', () => {
    const vocabulary = createVocabulary(6000, 1);
    const random = createRandom(3);
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 200_000; draw++) {
      const word = vocabulary.sample(random);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const frequency = (rank: number) => counts.get(vocabulary.words[rank]) ?? 0;

    // With exponent 1 and offset 2.7, rank 1 is (10 + 2.7) / (1 + 2.7) ≈ 3.4 times as frequent as rank 10.
    expect(frequency(0) / frequency(9)).toBeGreaterThan(2.5);
    expect(frequency(0) / frequency(9)).toBeLessThan(4.5);
    expect(frequency(9)).toBeGreaterThan(frequency(999) * 20);
    expect(counts.size).toBeGreaterThan(4000);
  });
});

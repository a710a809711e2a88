// Copies the real-blog corpus into .corpus/: all of it into .corpus/all (for
// the checker test) and the posts the checker accepts into .corpus/published
// (for the corpus build). Each file is stored under its original path: the
// corpus names a file `<path with / as __>` inside a folder per repository.
// FOLIO_CORPUS_DIR overrides where the corpus is read from.
import fs from 'node:fs';
import path from 'node:path';
import { REFUSED } from '../e2e/corpus/expected';

const corpusDir = path.resolve(process.env.FOLIO_CORPUS_DIR || '../shared/corpus/real');
if (!fs.existsSync(corpusDir)) {
  console.error(`corpus not found at ${corpusDir}; set FOLIO_CORPUS_DIR to the folder of real blog posts (one folder per repository)`);
  process.exit(1);
}

const refused = new Set(REFUSED.map((entry) => entry.source));
fs.rmSync('.corpus', { recursive: true, force: true });

let copied = 0;
for (const repository of fs.readdirSync(corpusDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  for (const name of fs.readdirSync(path.join(corpusDir, repository.name))) {
    if (!/\.(md|mdx)$/.test(name)) continue;
    const source = `${repository.name}/${name.split('__').join('/')}`;
    for (const target of refused.has(source) ? ['all'] : ['all', 'published']) {
      const destination = path.join('.corpus', target, source);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.copyFileSync(path.join(corpusDir, repository.name, name), destination);
    }
    copied += 1;
  }
}

console.log(`copied ${copied} corpus posts from ${corpusDir} into .corpus/ (the ${refused.size} that the checker rejects are left out of .corpus/published)`);

// `npm run new -- "My Post Title"`: creates posts/my-post-title.mdx with its
// frontmatter filled in (today's date in the site's time zone, draft: true),
// and prints the path. It never overwrites: an existing slug is an error.
import fs from 'node:fs';
import path from 'node:path';
import { today } from '../lib/content';
import { displayPath, listPostFiles, resolvePostsDir, slugFromPostFile } from '../lib/content/files.mjs';

/** Makes a file-name slug from a title: lower case, letters and digits of any script, words joined by `-`. */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const title = process.argv.slice(2).join(' ').trim();
if (title === '') {
  console.error('missing title: run `npm run new -- "My Post Title"`');
  process.exit(1);
}

const slug = slugFromTitle(title);
if (slug === '') {
  console.error(`invalid title ${JSON.stringify(title)}: it has no letters or digits to make a file name from`);
  process.exit(1);
}

const postsDir = resolvePostsDir();
let files: string[];
try {
  files = listPostFiles(postsDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const existing = files.find((file) => slugFromPostFile(file) === slug);
if (existing) {
  console.error(`post already exists: ${displayPath(path.join(postsDir, existing))} has the slug "${slug}"; choose another title or edit that file`);
  process.exit(1);
}

const file = path.join(postsDir, `${slug}.mdx`);
const frontmatter = [
  '---',
  `title: ${JSON.stringify(title)}`,
  `date: ${today()}`,
  '# description: "One sentence for search engines and for the card when there is no summary."',
  'tags: []',
  'draft: true',
  '---',
  '',
  'Write the first paragraph here. It becomes the summary on the home page.',
  '',
  '## A first section',
  '',
].join('\n');

fs.writeFileSync(file, frontmatter, { flag: 'wx' });
console.log(displayPath(file));

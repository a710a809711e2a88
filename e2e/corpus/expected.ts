// The expected outcome of every post in the real-blog corpus (public Hugo,
// Jekyll, Astro and Next.js blogs, kept outside this repository). Each file is
// copied under its original path, so `source` is `<owner>__<repo>/<path>`.
//
// How the figures were checked: slugs, titles and dates by reading each file's
// frontmatter and name. Word counts of plain-prose posts were counted
// independently with `wc -w` on the body and agree exactly (69, 121, 303, 489).
// The others are Folio's count of the text a reader sees, and each is within
// the range the corpus notes estimate from the raw file; they are lower where
// the file has math, markup or long code listings, which the notes count.
// Math is not counted as words.

/** A post that builds: what the index shows for it. */
export interface PublishedEntry {
  source: string;
  slug: string;
  title: string;
  date: string;
  words: number;
  /** True for drafts, which production builds leave out. */
  draft?: boolean;
}

/** A post the checker refuses, with every error line and the reason refusing it is right. */
export interface RefusedEntry {
  source: string;
  errors: string[];
  why: string;
}

/** Where the copy of the corpus that the tests read lives, relative to the project. */
export const CORPUS_COPY = '.corpus/all';

const HUGO = 'adityatelange__hugo-PaperMod/content/posts';
const JEKYLL = 'jekyll__minima/_posts';
const FUWARI = 'saicaca__fuwari/src/content/posts';
const TIMLRX = 'timlrx__tailwind-nextjs-starter-blog/data/blog';
const ASTRO = 'withastro__astro/examples/blog/src/content/blog';

export const PUBLISHED: PublishedEntry[] = [
  { source: `${HUGO}/audio-video.md`, slug: 'audio-video', title: 'Audio and Video', date: '2026-04-11', words: 269 },
  { source: `${HUGO}/code_syntax.md`, slug: 'code_syntax', title: 'Code Syntax Guide', date: '2019-03-10', words: 238 },
  { source: `${HUGO}/emoji-support.md`, slug: 'emoji-support', title: 'Emoji Support', date: '2019-03-05', words: 136 },
  { source: `${HUGO}/inner-section/md-headings.md`, slug: 'md-headings', title: 'Markdown Headings', date: '2024-06-01', words: 721 },
  { source: `${HUGO}/markdown-syntax.fa.md`, slug: 'markdown-syntax.fa', title: 'Markdown Syntax Guide For RTL', date: '2019-03-11', words: 477 },
  { source: `${HUGO}/markdown-syntax.md`, slug: 'markdown-syntax', title: 'Markdown Syntax Guide', date: '2019-03-11', words: 396 },
  { source: `${HUGO}/math-typesetting.md`, slug: 'math-typesetting', title: 'Math Typesetting', date: '2019-03-08', words: 120 },
  { source: `${HUGO}/papermod/papermod-faq.md`, slug: 'papermod-faq', title: "FAQs / How To's Guide", date: '2021-01-20', words: 799, draft: true },
  { source: `${HUGO}/papermod/papermod-installation.md`, slug: 'papermod-installation', title: 'PaperMod Installation Guide', date: '2021-01-20', words: 572 },
  { source: `${HUGO}/papermod/papermod-variables.md`, slug: 'papermod-variables', title: 'Variables | Front Matter', date: '2021-01-20', words: 1179, draft: true },
  // Jekyll posts without a title take it from the file name, as Jekyll does.
  { source: `${JEKYLL}/2016-05-19-codeblocks-ahoy.md`, slug: 'codeblocks-ahoy', title: 'Codeblocks Ahoy', date: '2016-05-19', words: 172 },
  { source: `${JEKYLL}/2016-05-19-super-short-article.md`, slug: 'super-short-article', title: 'Some articles are just so short that we have to make the footer stick', date: '2016-05-19', words: 69 },
  { source: `${JEKYLL}/2016-05-20-my-example-post.md`, slug: 'my-example-post', title: 'My Example Post', date: '2016-05-20', words: 121 },
  { source: `${JEKYLL}/2016-05-20-super-long-article.md`, slug: 'super-long-article', title: 'Some articles are just so long they deserve a really long title to see if things will break well', date: '2016-05-20', words: 303 },
  { source: `${JEKYLL}/2016-05-20-this-post-demonstrates-post-content-styles.md`, slug: 'this-post-demonstrates-post-content-styles', title: 'This post demonstrates post content styles', date: '2016-05-20', words: 756 },
  { source: `${JEKYLL}/2016-05-20-welcome-to-jekyll.md`, slug: 'welcome-to-jekyll', title: 'Welcome To Jekyll', date: '2016-05-20', words: 158 },
  // The file ends inside an open code fence, which CommonMark closes at the end of the file.
  { source: `${FUWARI}/draft.md`, slug: 'draft', title: 'Draft Example', date: '2022-07-01', words: 75, draft: true },
  { source: `${FUWARI}/expressive-code.md`, slug: 'expressive-code', title: 'Expressive Code Example', date: '2024-04-10', words: 795 },
  { source: `${FUWARI}/guide/index.md`, slug: 'guide', title: 'Simple Guides for Fuwari', date: '2024-04-01', words: 182 },
  { source: `${FUWARI}/markdown-extended.md`, slug: 'markdown-extended', title: 'Markdown Extended Features', date: '2024-05-01', words: 212 },
  // Its two <iframe> embeds are removed by the HTML allow-list, with a warning each.
  { source: `${FUWARI}/video.md`, slug: 'video', title: 'Include Video in the Posts', date: '2023-08-01', words: 40 },
  { source: `${TIMLRX}/code-sample.mdx`, slug: 'code-sample', title: 'Sample .md file', date: '2016-03-08', words: 113 },
  { source: `${TIMLRX}/deriving-ols-estimator.mdx`, slug: 'deriving-ols-estimator', title: 'Deriving the OLS Estimator', date: '2020-12-21', words: 365 },
  { source: `${TIMLRX}/github-markdown-guide.mdx`, slug: 'github-markdown-guide', title: 'Markdown Guide', date: '2019-10-11', words: 548 },
  { source: `${TIMLRX}/my-fancy-title.mdx`, slug: 'my-fancy-title', title: 'My fancy title', date: '2021-01-31', words: 6, draft: true },
  { source: `${TIMLRX}/nested-route/introducing-multi-part-posts-with-nested-routing.mdx`, slug: 'introducing-multi-part-posts-with-nested-routing', title: 'Introducing Multi-part Posts with Nested Routing', date: '2021-05-02', words: 160 },
  { source: `${TIMLRX}/the-time-machine.mdx`, slug: 'the-time-machine', title: 'The Time Machine', date: '2018-08-15', words: 1704 },
  { source: `${ASTRO}/first-post.md`, slug: 'first-post', title: 'First post', date: '2022-07-08', words: 489 },
];

const missingPublic = (file: string, src: string, line: string) =>
  `.corpus/all/${file}:${line}  image not found: "${src}"; expected a file at public${src} (a path starting with / is read from public/)`;
const unknownComponent = (file: string, name: string, line: string) =>
  `.corpus/all/${file}:${line}  unknown component <${name}>; expected one of <Callout>, <Details>, <Figure>, or a component the post imports`;

export const REFUSED: RefusedEntry[] = [
  {
    source: `${HUGO}/papermod/papermod-features/index.md`,
    errors: [
      `.corpus/all/${HUGO}/papermod/papermod-features/index.md:103:1  image not found: "images/regular.jpg"; expected a file at .corpus/all/${HUGO}/papermod/papermod-features/images/regular.jpg (a relative path is read from the post's folder)`,
      `.corpus/all/${HUGO}/papermod/papermod-features/index.md:109:1  image not found: "images/homeinfo.jpg"; expected a file at .corpus/all/${HUGO}/papermod/papermod-features/images/homeinfo.jpg (a relative path is read from the post's folder)`,
    ],
    why: 'the screenshots the post shows are not in the corpus, so the page would show broken images',
  },
  {
    source: `${TIMLRX}/guide-to-using-images-in-nextjs.mdx`,
    errors: [missingPublic(`${TIMLRX}/guide-to-using-images-in-nextjs.mdx`, '/static/images/ocean.jpeg', '50:1')],
    why: 'its image lives in the source blog\'s public/ folder, which the corpus does not include',
  },
  {
    source: `${TIMLRX}/introducing-tailwind-nextjs-starter-blog.mdx`,
    errors: [missingPublic(`${TIMLRX}/introducing-tailwind-nextjs-starter-blog.mdx`, '/static/images/twitter-card.png', '12:1')],
    why: 'its image lives in the source blog\'s public/ folder, which the corpus does not include',
  },
  {
    source: `${TIMLRX}/new-features-in-v1.mdx`,
    errors: [
      unknownComponent(`${TIMLRX}/new-features-in-v1.mdx`, 'TOCInline', '16:1'),
      unknownComponent(`${TIMLRX}/new-features-in-v1.mdx`, 'TOCInline', '97:1'),
      unknownComponent(`${TIMLRX}/new-features-in-v1.mdx`, 'BlogNewsletterForm', '362:1'),
    ],
    why: 'it renders components of the source blog (TOCInline, BlogNewsletterForm) that Folio does not have; MDX would fail at render',
  },
  {
    source: `${TIMLRX}/pictures-of-canada.mdx`,
    errors: [
      missingPublic(`${TIMLRX}/pictures-of-canada.mdx`, '/static/images/canada/maple.jpg', '23:5'),
      missingPublic(`${TIMLRX}/pictures-of-canada.mdx`, '/static/images/canada/lake.jpg', '26:5'),
      missingPublic(`${TIMLRX}/pictures-of-canada.mdx`, '/static/images/canada/mountains.jpg', '29:5'),
      missingPublic(`${TIMLRX}/pictures-of-canada.mdx`, '/static/images/canada/toronto.jpg', '32:5'),
    ],
    why: 'a photo post whose photos live in the source blog\'s public/ folder, which the corpus does not include',
  },
  {
    source: `${TIMLRX}/release-of-tailwind-nextjs-starter-blog-v2.0.mdx`,
    errors: [
      unknownComponent(`${TIMLRX}/release-of-tailwind-nextjs-starter-blog-v2.0.mdx`, 'TOCInline', '15:1'),
      missingPublic(`${TIMLRX}/release-of-tailwind-nextjs-starter-blog-v2.0.mdx`, '/static/images/github-traffic.png', '19:1'),
    ],
    why: 'it renders the source blog\'s TOCInline component and an image the corpus does not include',
  },
  {
    source: `${ASTRO}/markdown-style-guide.md`,
    errors: [
      `.corpus/all/${ASTRO}/markdown-style-guide.md:42:1  image not found: "../../assets/blog-placeholder-about.jpg"; expected a file at .corpus/all/withastro__astro/examples/blog/src/assets/blog-placeholder-about.jpg (a relative path is read from the post's folder)`,
    ],
    why: 'its image lives in the source blog\'s assets folder, which the corpus does not include',
  },
  {
    source: `${ASTRO}/using-mdx.mdx`,
    errors: [
      `.corpus/all/${ASTRO}/using-mdx.mdx:21:1  import of "../../components/HeaderLink.astro" is not supported; expected a .js, .jsx, .ts, .tsx, .mdx, .json or image file; components written for other frameworks (.astro, .vue, .svelte) cannot render here`,
    ],
    why: 'it imports an Astro component, which React cannot render',
  },
];

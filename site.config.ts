/** Settings that make a Folio blog yours. Edit the values below; every field is documented in the README. */
export interface SiteConfig {
  /** Site name, shown in the header, the home page and page titles. */
  title: string;
  /** One or two sentences about the blog: the home page intro and the default meta description. */
  description: string;
  /** Author of every post whose frontmatter names none. */
  author: string;
  /** Public address of the site, such as `https://blog.example.com`; used for absolute links. */
  baseUrl: string;
  /** Language of the posts as a BCP 47 tag (`en`, `en-GB`, `de`), set as the page's `lang`. */
  language: string;
  /** Reading speed behind the reading time of every post. Default 200. */
  wordsPerMinute: number;
  /** IANA time zone that decides which day "today" is, for posts dated in the future. Default `UTC`. */
  timeZone: string;
  /** Whether production builds publish posts dated after today. Default false: they appear at the first build on or after their date. */
  publishFuturePosts: boolean;
  /** Whether posts show a table of contents; a post's `toc` field overrides it. */
  toc: boolean;
  /** Heading levels listed in a post's table of contents, shallowest and deepest (1 to 6). */
  tocLevels: { min: number; max: number };
  /** Posts on each page of the index: `/`, then `/page/2` and on. Default 10. */
  postsPerPage: number;
  /** Newest posts listed in the RSS and Atom feeds, each with its full content. Default 20. */
  feedItems: number;
  /** The intro block at the top of the home page, above the posts. */
  home: {
    /** Heading of the block, the home page's only h1: often the site title. */
    title: string;
    /** A line or two about the writer, shown under the heading. */
    intro: string;
    /** Links under the intro, such as the writer's profiles or the feed; an empty list shows none. */
    links: { label: string; href: string }[];
  };
  /** Reader feedback at the end of every post. */
  feedback: {
    /**
     * Feedback requests one client may send about one post per window; more get
     * a 429 response. Default 10 per 60 seconds. The FOLIO_FEEDBACK_RATE_LIMIT
     * environment variable overrides `maxRequests` when the server starts.
     */
    rateLimit: { maxRequests: number; windowSeconds: number };
  };
}

export const siteConfig: SiteConfig = {
  title: 'Folio',
  description: 'Notes on systems design: distributed protocols, data structures, and the services built from them.',
  author: 'martinuke0',
  baseUrl: 'http://localhost:3000',
  language: 'en',
  wordsPerMinute: 200,
  timeZone: 'UTC',
  publishFuturePosts: false,
  toc: true,
  tocLevels: { min: 2, max: 4 },
  postsPerPage: 10,
  feedItems: 20,
  home: {
    title: 'Folio',
    intro: 'Hi, I am martinuke0. I write about how distributed systems keep working when parts of them fail, and the data structures underneath.',
    links: [
      { label: 'Archives', href: '/archives' },
      { label: 'Tags', href: '/tags' },
      { label: 'RSS feed', href: '/feed.xml' },
    ],
  },
  feedback: {
    rateLimit: { maxRequests: 10, windowSeconds: 60 },
  },
};

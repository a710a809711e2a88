// A deterministic generator of blog posts for the search benchmark (npm run bench:search). Words are
// drawn with a Zipf distribution (rank^-1.07, as word frequencies in English
// prose roughly follow) from a hand-written vocabulary of common English and
// systems terms, plus generated identifiers for the long tail that code names,
// product names and typos give real blogs.

const COMMON = `the of and to in is that for it as with was on be by this are or from at an but not have we you can which
one all their has more will when there so if about what its out up into than some them would only other time also
use used using first new two like then way may these most many could where because each both well over make much any
even same after before while through between without under again never always often still just very here those such`.split(/\s+/);

const DOMAIN = `service services request requests response latency throughput queue queues cache caches caching database
databases index indexes query queries replica replicas replication leader follower election consensus raft paxos log
logs write writes read reads shard shards sharding partition partitions key keys value values hash hashing ring token
timeout timeouts retry retries backoff budget budgets client clients server servers node nodes cluster clusters network
packet packets socket sockets thread threads lock locks mutex memory heap stack garbage collector allocation buffer
buffers stream streams event events message messages broker brokers topic topics consumer consumers producer producers
schema schemas migration migrations transaction transactions isolation snapshot commit rollback durability consistency
availability tolerance failure failures outage outages incident incidents alert alerts metric metrics trace traces span
spans sample sampling percentile histogram dashboard deploy deploys release releases rollout canary feature flag flags
config configuration container containers kubernetes pod pods image images registry build builds pipeline pipelines test
tests benchmark benchmarks profile profiler compiler runtime kernel syscall file files disk disks page pages block blocks
compression encoding decoding parser parsing tree trees graph graphs bloom filter filters skip list lists heap vector
clock clocks gossip protocol protocols quorum lease leases fencing idempotency idempotent key rate limit limits limiter
shedding backpressure overload capacity scaling autoscaling region regions zone zones failover redis postgres kafka nginx
rust golang typescript react browser frontend backend api apis endpoint endpoints json http grpc tls certificate`.split(/\s+/);

const SYLLABLES = ['ka', 'lo', 'mi', 'ven', 'tor', 'shi', 'ra', 'dex', 'qu', 'pol', 'zen', 'fi', 'nor', 'gal', 'ter', 'bex', 'ul', 'cro', 'dan', 'mer'];

/** Returns a seeded pseudo-random generator (mulberry32) of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function longTail(count: number): string[] {
  const words: string[] = [];
  for (let index = 0; words.length < count; index++) {
    const parts = [SYLLABLES[index % 20], SYLLABLES[Math.floor(index / 20) % 20], SYLLABLES[Math.floor(index / 400) % 20]];
    words.push(parts.join('') + (index >= 8000 ? String(index % 97) : ''));
  }
  return words;
}

/** One generated post. */
export interface BenchPost {
  slug: string;
  title: string;
  date: string;
  summary: string;
  tags: string[];
  headings: string[];
  /** Body paragraphs, each under the heading of the same index (the first has none). */
  paragraphs: string[];
}

/**
 * Generates `count` posts from `seed`, the same posts for the same arguments:
 * 400 to 1,600 body words each, 3 to 6 headings, 1 to 3 tags of 40.
 */
export function generatePosts(count: number, seed = 20251206): BenchPost[] {
  const random = seededRandom(seed);
  const vocabulary = [...COMMON, ...DOMAIN, ...longTail(15_000)];
  // Cumulative Zipf weights for sampling by binary search.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += rank ** -1.07));

  const word = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low];
  };
  const domainWord = () => DOMAIN[Math.floor(random() * DOMAIN.length)];
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const tagPool = DOMAIN.slice(0, 40);

  return Array.from({ length: count }, (_, index) => {
    const headings = Array.from({ length: 3 + Math.floor(random() * 4) }, () => `${domainWord()} ${domainWord()}`);
    const bodyWords = 400 + Math.floor(random() * 1200);
    const paragraphs: string[] = [];
    for (let written = 0, part = 0; written < bodyWords; part++) {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 14)));
      paragraphs.push(sentences.join(' '));
      written += sentences.join(' ').split(' ').length;
    }
    const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000 * 2).toISOString().slice(0, 10);

    return {
      slug: `post-${index + 1}`,
      title: `${domainWord()} ${domainWord()} ${word()} ${domainWord()}`.replace(/^./, (first) => first.toUpperCase()),
      date: day,
      summary: sentence(20),
      tags: Array.from(new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => tagPool[Math.floor(random() * tagPool.length)]))),
      headings,
      paragraphs,
    };
  });
}

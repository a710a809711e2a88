/** One page of a paginated list. */
export interface Page<Item> {
  items: Item[];
  /** 1-based number of this page. */
  number: number;
  /** Number of pages; 1 for an empty list, which still has its first page. */
  total: number;
}

/** Returns the number of pages that `count` items fill at `size` per page; at least 1. */
export function pageCount(count: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`invalid page size ${size}: expected a whole number of 1 or more`);
  return Math.max(1, Math.ceil(count / size));
}

/** Returns page `number` (1-based) of `items`, or undefined when there is no such page. */
export function paginate<Item>(items: Item[], number: number, size: number): Page<Item> | undefined {
  const total = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > total) return undefined;

  return { items: items.slice((number - 1) * size, number * size), number, total };
}

/** Returns the path of index page `number`: `/` for the first, `/page/N` after it. */
export function indexPagePath(number: number): string {
  return number === 1 ? '/' : `/page/${number}`;
}

/**
 * Parses the `[page]` route parameter: a page number written without a sign or
 * leading zeros, so `/page/02` and `/page/+2` are 404s, not copies of `/page/2`.
 */
export function parsePageParam(param: string): number | undefined {
  return /^[1-9]\d{0,6}$/.test(param) ? Number(param) : undefined;
}

import type { Post } from '@/lib/content';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The posts of one calendar month. */
export interface ArchiveMonth {
  /** `YYYY-MM`, also the month's anchor id on the archives page. */
  key: string;
  /** The month's English name: `December`. */
  name: string;
  posts: Post[];
}

/** The posts of one calendar year, grouped by month. */
export interface ArchiveYear {
  year: string;
  count: number;
  months: ArchiveMonth[];
}

/**
 * Groups posts by the year and month of their calendar date, newest first.
 * Expects posts sorted newest first, as getAllPosts returns them, and keeps
 * that order inside each month.
 */
export function groupByMonth(posts: Post[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];

  for (const post of posts) {
    const [year, month] = post.date.split('-');
    let currentYear = years[years.length - 1];
    if (!currentYear || currentYear.year !== year) {
      currentYear = { year, count: 0, months: [] };
      years.push(currentYear);
    }

    const key = `${year}-${month}`;
    let currentMonth = currentYear.months[currentYear.months.length - 1];
    if (!currentMonth || currentMonth.key !== key) {
      currentMonth = { key, name: MONTH_NAMES[Number(month) - 1], posts: [] };
      currentYear.months.push(currentMonth);
    }

    currentMonth.posts.push(post);
    currentYear.count += 1;
  }

  return years;
}

import type { CalendarDate } from '../content/dates';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utcDate(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Formats a calendar date as an RFC 822 date-time with a four-digit year, as
 * RSS 2.0 requires: `Sat, 06 Dec 2025 00:00:00 +0000`. Posts carry a day, not
 * a time, so every post is dated midnight UTC of the day written.
 */
export function rfc822Date(date: CalendarDate): string {
  const utc = utcDate(date);
  const day = String(utc.getUTCDate()).padStart(2, '0');
  return `${DAYS[utc.getUTCDay()]}, ${day} ${MONTHS[utc.getUTCMonth()]} ${utc.getUTCFullYear()} 00:00:00 +0000`;
}

/** Formats a calendar date as an RFC 3339 date-time at midnight UTC, as Atom requires: `2025-12-06T00:00:00Z`. */
export function rfc3339Date(date: CalendarDate): string {
  return `${date}T00:00:00Z`;
}

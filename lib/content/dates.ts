/** A calendar date as written in a post, `YYYY-MM-DD`, with no time zone attached. */
export type CalendarDate = string;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// `2025-12-06`, optionally followed by a time and an offset as Hugo and Jekyll
// write them: `2019-08-20 10:00:00 -0500`, `2017-08-30T01:37:56+08:00`, `…Z`.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(?:[Zz]|[+-]\d{2}:?\d{2}))?)?$/;
// `Jun 19 2024` and `June 19, 2024`, as Astro's blog example writes them.
const MONTH_NAME_DATE = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toCalendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses a frontmatter date into the calendar day the writer wrote, ignoring any
 * time and offset. Returns null for text that is not a real date.
 */
export function parseCalendarDate(text: string): CalendarDate | null {
  const trimmed = text.trim();

  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [hours, minutes, seconds] = [iso[4], iso[5], iso[6]].map((part) => Number(part ?? 0));
    if (hours > 23 || minutes > 59 || seconds > 60) return null;
    return toCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }

  const named = MONTH_NAME_DATE.exec(trimmed);
  if (named) {
    const prefix = named[1].toLowerCase();
    const month = MONTHS.findIndex((name) => name.startsWith(prefix) && (prefix.length === 3 || name === prefix));
    if (month === -1) return null;
    return toCalendarDate(Number(named[3]), month + 1, Number(named[2]));
  }

  return null;
}

/** Formats a calendar date in long English form, `December 6, 2025`, the same in every time zone. */
export function formatLongDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month - 1][0].toUpperCase()}${MONTHS[month - 1].slice(1)} ${day}, ${year}`;
}

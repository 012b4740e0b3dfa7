/**
 * Reading the dates a list writes beside its venues (`arXiv 2023.05`, `Mar. 20, 2025`): what both the
 * entry reader (a link labelled by a venue and date is no title) and the writer (`{when}` forms)
 * ask, kept apart from both so that neither imports the other.
 */

/** A year of this century or the last, as a word. */
export const YEAR_IN_WHEN = /\b(?:19|20)\d{2}\b/;

/** A month, or a month and its day, before a year: `Mar. 20`, `Sep`, `4 Jun`. */
const MONTH_DAY =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,? \d{1,2}(?:st|nd|rd|th)?)?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$/i;

/** Whether the words before a `{when}`'s year are a date's month and day, not a venue. */
export const isMonthDay = (venue: string | undefined) =>
  venue !== undefined && MONTH_DAY.test(venue.trim().replace(/^\(/, ''));

/**
 * A venue and a date after it (`arXiv 2023.05`, `Arxiv, 2025.07`, `CVPR 2025.2`): the venue, what
 * parts it from the date, and the date. A venue has letters and names no year of its own.
 */
const VENUE_DATE =
  /^(\S(?:.*?\S)?)([,.]?\s+|,)((?:19|20)\d{2}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.-](?:19|20)\d{2})$/;
export function venueDate(text: string): { venue: string; separator: string; date: string } | undefined {
  const parts = VENUE_DATE.exec(text.trim());
  if (!parts || !/\p{L}/u.test(parts[1]) || YEAR_IN_WHEN.test(parts[1]) || isMonthDay(parts[1]))
    return undefined;
  return { venue: parts[1].replace(/^\(/, ''), separator: parts[2], date: parts[3] };
}

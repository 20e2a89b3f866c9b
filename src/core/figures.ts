// Figures in prose and cells: what counts as a measured quantity, and reading a number out of a cell.
import { hasQuantity } from './prose';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Calendar references carry digits but measure nothing: 2026-11-02, 2026-11, Nov 3, 3 March 2026, Q3 2026, FY26, H1, 2026.
const CALENDAR = new RegExp(
  [
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b',
    `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?(?:,?\\s+\\d{4})?`,
    `\\b${MONTH}\\.?\\s+\\d{4}\\b`,
    '\\b(?:Q[1-4]|H[12]|FY\\s?\\d{2,4})\\b(?:\\s+\\d{4})?',
    '\\b(?:19|20)\\d{2}\\b',
  ].join('|'),
  'gi',
);

/** Whether a text measures something: a quantity that is not only a date, month, quarter or year. */
export function hasFigure(text: string): boolean {
  return hasQuantity(text.replace(CALENDAR, ' '));
}

/** Whether a text holds a written number (digits) other than a date, month, quarter or year: a value cell rather than prose. */
export function hasNumber(text: string): boolean {
  return /\d/.test(text.replace(CALENDAR, ' '));
}

/** The first number in a cell ("72%", "1,250", "−3", "1.2k", "4.5 / 5"), or undefined. */
export function numberIn(text: string): number | undefined {
  const s = text.replace(/[*_`~]/g, '').replace(/\u2212/g, '-');
  const m = /(^|[^\w.])(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([kKMB](?![A-Za-z]))?/.exec(s);
  if (!m) return undefined;
  let n = Number(`${m[2]}${m[3].replace(/,/g, '')}${m[4] ?? ''}`);
  // k for thousands; only capital M and B, since "5m" is as often minutes as millions.
  const unit = m[5];
  if (unit === 'k' || unit === 'K') n *= 1e3;
  else if (unit === 'M') n *= 1e6;
  else if (unit === 'B') n *= 1e9;
  return Number.isFinite(n) ? n : undefined;
}

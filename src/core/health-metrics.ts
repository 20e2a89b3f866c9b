// The metrics table of a health report: which column holds this period, which the prior one, and each row's metric key.
import type { MdDocument, Section, Table } from './document';
import { hasNumber } from './figures';
import { stripMarkup } from './items';
import { normalizeTitle } from './text';

const PRIOR = /\b(?:prior|previous|prev|earlier)\b|\blast (?:period|month|quarter|year|week|report|review|cycle|qbr|ebr)\b|^(?:last|before)$/;
const CURRENT = /\b(?:current|this|now|latest|actual|actuals|value|result|score)\b/;
// Columns that are neither this period nor the prior one.
const OTHER = /\b(?:target|threshold|goal|benchmark|minimum|min|max|change|trend|delta|δ|diff|difference|status|notes?|comments?|source|owner|definition|rag|health|mom|qoq|yoy)\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PERIOD_CELL = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?|\d{4}[-/](?:0?[1-9]|1[0-2])|(?:q[1-4]|h[12])(?:\s*\d{2,4})?|\d{4}\s*q[1-4]|fy\s?\d{2,4}|(?:week|wk|month|quarter)\s*\d{1,2})$/i;

/** The tables of a section whose body rows carry numbers (a table of definitions or links is not a metrics table). */
export function metricTables(doc: MdDocument, section: Section | undefined): Table[] {
  const tables = section ? doc.tables.filter((t) => t.line > section.line && t.line < section.end) : doc.tables;
  return tables.filter((t) => t.rows.some((r) => r.cells.slice(1).some((c) => hasNumber(stripMarkup(c.text)))));
}

function headers(table: Table): string[] {
  return table.header.cells.map((c) => normalizeTitle(stripMarkup(c.text)));
}

/** Whether a header or cell names a reporting period: "Oct", "2026-10", "Q3 2026", "FY26". */
export function isPeriodLabel(text: string): boolean {
  return PERIOD_CELL.test(stripMarkup(text).trim());
}

/** Columns headed by a reporting period ("Sep", "2026-10", "Q3"). */
export function periodColumns(table: Table): number[] {
  const out: number[] = [];
  table.header.cells.forEach((c, i) => {
    if (i > 0 && isPeriodLabel(c.text)) out.push(i);
  });
  return out;
}

/** The prior-period column: "Prior", "Previous period", "Last month", "Oct (prior)"; -1 when none. */
export function priorColumn(table: Table): number {
  return headers(table).findIndex((h, i) => i > 0 && PRIOR.test(h));
}

/**
 * The current-period column: one named so ("Current", "This period", "Value"), else one naming
 * the report's `period`, else the first column after the metric that is not prior, target, change or notes.
 */
export function currentColumn(table: Table, period?: unknown): number {
  const hs = headers(table);
  const named = hs.findIndex((h, i) => i > 0 && CURRENT.test(h) && !PRIOR.test(h) && !OTHER.test(h));
  if (named >= 0) return named;
  const labels = periodLabels(period);
  if (labels.length) {
    const byPeriod = hs.findIndex((h, i) => i > 0 && labels.some((l) => h === l || h.startsWith(`${l} `)));
    if (byPeriod >= 0) return byPeriod;
  }
  // Several period columns and none is this report's: which one is current is a guess, so make none.
  if (periodColumns(table).length > 1) return -1;
  return hs.findIndex((h, i) => i > 0 && !PRIOR.test(h) && !OTHER.test(h));
}

/** How a period such as 2026-11 or 2026-Q4 may head a column, normalised: "2026 11", "nov 2026", "november", "q4 2026". */
function periodLabels(period: unknown): string[] {
  if (typeof period !== 'string') return [];
  const month = /^(\d{4})-(\d{2})$/.exec(period.trim());
  if (month) {
    const m = MONTHS[Number(month[2]) - 1];
    if (!m) return [];
    const long = new Date(Date.UTC(2000, Number(month[2]) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase();
    return [`${month[1]} ${month[2]}`, `${m} ${month[1]}`, `${long} ${month[1]}`, m, long];
  }
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(period.trim());
  if (quarter) return [`${quarter[1]} q${quarter[2]}`, `q${quarter[2]} ${quarter[1]}`, `q${quarter[2]}`];
  return [];
}

/** A metric name as a health_thresholds key: lower-case, spaces as `_`, punctuation dropped ("Adoption rate (%)" → "adoption_rate"). */
export function metricKey(text: string): string {
  return stripMarkup(text)
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{N}_]/gu, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Whether a row's metric key names the threshold key: equal, or starting with it. */
export function keyMatches(rowKey: string, key: string): boolean {
  return rowKey === key || rowKey.startsWith(key);
}

import type { Cell, MdDocument, Table } from '../document';
import { hasFigure } from '../figures';
import { currentColumn, isPeriodLabel, metricTables, periodColumns, priorColumn } from '../health-metrics';
import { shorten, stripMarkup } from '../items';
import { isPlaceholder } from '../placeholders';
import { defineRule } from '../rule';
import { appendColumnEdits } from '../table-edit';
import { normalizeTitle } from '../text';

// A column that already carries the movement since the prior period.
const CHANGE = /\b(?:change|trend|delta|δ|diff|difference|mom|qoq|yoy|vs prior|vs last|movement)\b/;
const PERIOD_HEADER = /^(?:month|period|quarter|week|date|year|reporting period|as of)$/;
const EMPTY = /^(?:|-+|—|–|\?+)$/;
// "Adoption rate: 72%" — a metric written as a bullet.
const METRIC_BULLET = /^[^:]{2,60}:\s*\S/;
const COMPARISON = /\b(?:prior|previous|prev|last\s+(?:period|month|quarter|year|week|report)|vs\.?|versus|compared|from\s+[-−+]?\d|up|down|unchanged|flat|steady|same|was|were|changed?|mom|qoq|yoy|increased?|decreased?|rose|fell|grew|dropped)\b|[↑↓→▲▼]|(?:^|\s|\()[-+−]\d/i;

export default defineRule({
  meta: {
    id: 'trend-missing',
    title: 'Put the prior period beside every health metric',
    rationale: 'A single reading says nothing about direction; 62% adoption is good news after 50% and bad news after 75%. The health report is read for its trend.',
    severity: 'warning',
    appliesTo: { types: ['health-report'] },
    tags: ['evidence'],
    fixable: true,
    messages: {
      noColumn: 'The metrics table in "{section}" has no prior-period column; put last period\'s value beside each metric',
      emptyPrior: '"{metric}" in "{section}" has no prior-period value',
      emptyChange: '"{metric}" in "{section}" has neither a prior-period value nor a change figure',
      bullet: '"{metric}" in "{section}" gives no prior-period value to compare with',
    },
    example: {
      bad: '| Metric | Current |\n|---|---|\n| Active users | 412 |',
      good: '| Metric | Current | Prior |\n|---|---|---|\n| Active users | 412 | 388 |',
    },
  },
  check(ctx) {
    const section = ctx.sections.get('health-metrics');
    if (!section) return;
    const doc = ctx.doc;
    for (const table of metricTables(doc, section)) {
      if (periodsAsRows(table) || periodColumns(table).length > 1) continue;
      const pc = priorColumn(table);
      const cc = currentColumn(table, ctx.fm.period);
      const changeCol = table.header.cells.findIndex((c, i) => i > 0 && CHANGE.test(normalizeTitle(stripMarkup(c.text))));
      // Rows that report a figure this period need one for the prior period.
      const metricRows = table.rows.filter((row) => {
        const label = row.cells[0];
        const current = cc >= 0 ? row.cells[cc] : undefined;
        return !!label && !!label.text.trim() && !!current && hasFigure(text(doc, current));
      });
      // Without a Prior column, a Change column carries the trend only where it holds a figure ("+7", "-3%"), not an arrow or "stable".
      const lacking = metricRows.filter((row) => {
        const cell = row.cells[pc >= 0 ? pc : changeCol];
        const value = cell ? text(doc, cell) : '';
        if (isPlaceholder(value)) return false;
        return pc >= 0 ? EMPTY.test(value) : !/\d/.test(value);
      });
      if (pc < 0 && (changeCol < 0 || (metricRows.length > 0 && lacking.length === metricRows.length))) {
        ctx.report({ message: ctx.msg('noColumn', { section: section.title }), range: table.header.range, fix: appendColumnEdits(doc, table, 'Prior') });
        continue;
      }
      for (const row of lacking) {
        const label = row.cells[0];
        ctx.report({ message: ctx.msg(pc >= 0 ? 'emptyPrior' : 'emptyChange', { metric: shorten(stripMarkup(label.text)), section: section.title }), range: label.range });
      }
    }
    // Metrics written as bullets ("Active users: 412") with nothing to compare them with.
    for (const li of doc.listItems) {
      if (li.line <= section.line || li.line >= section.end || li.depth > 0) continue;
      const body = doc.masked.slice(doc.lines.offsetAt(li.textRange.start), doc.lines.ends[Math.max(li.line, li.end - 1)]);
      const first = li.text;
      if (!METRIC_BULLET.test(first) || !hasFigure(first.slice(first.indexOf(':') + 1)) || COMPARISON.test(body)) continue;
      if (/\$\{\d|\{\{/.test(first)) continue;
      ctx.report({ message: ctx.msg('bullet', { metric: shorten(stripMarkup(first.slice(0, first.indexOf(':')))), section: section.title }), range: li.textRange });
    }
  },
});

function text(doc: MdDocument, cell: Cell): string {
  return stripMarkup(doc.masked.slice(doc.lines.offsetAt(cell.range.start), doc.lines.offsetAt(cell.range.end))).trim();
}

/** A table with one row per period ("Sep | 61% | 380", "Oct | 64% | 412") already shows the trend. */
function periodsAsRows(table: Table): boolean {
  if (PERIOD_HEADER.test(normalizeTitle(stripMarkup(table.header.cells[0]?.text ?? '')))) return table.rows.length > 1;
  return table.rows.filter((r) => isPeriodLabel(r.cells[0]?.text ?? '')).length > 1;
}

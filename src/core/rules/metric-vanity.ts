import type { MdDocument, Section, Table } from '../document';
import { shorten, stripMarkup } from '../items';
import { findWord, hasQuantity, unitsOf } from '../prose';
import { isBlockquoteLine } from '../quoted-text';
import { defineRule } from '../rule';
import { normalizeTitle } from '../text';
import outcomeWords from './metric-vanity.outcome.words.json';
import activityWords from './metric-vanity.words.json';

// The sections of each type where metrics are reported.
const METRIC_SECTIONS: Record<string, readonly string[]> = {
  'health-report': ['health-metrics'],
  'case-study': ['results'],
  'post-implementation-review': ['success-criteria-vs-actuals', 'business-impact-and-roi'],
};
const METRIC_COLUMN = new Set(['metric', 'metrics', 'key metric', 'outcome metric', 'kpi', 'kpis', 'measure', 'indicator', 'criterion', 'outcome']);

export default defineRule({
  meta: {
    id: 'metric-vanity',
    title: 'Report outcome metrics, not only activity counts',
    rationale:
      'Logins, page views and downloads show that people touched the product, not that the customer reached its goals; a metrics section needs at least one outcome such as adoption rate, time saved, resolution time or CSAT.',
    severity: 'warning',
    appliesTo: { types: ['health-report', 'case-study', 'post-implementation-review'] },
    tags: ['evidence'],
    fixable: false,
    wordLists: ['activity', 'outcome'],
    messages: {
      vanity: '"{section}" reports only activity counts ({metrics}) and no outcome metric: add one such as adoption rate, time saved, resolution time, error rate or CSAT',
    },
    example: {
      bad: '| Metric | Before | After |\n|---|---|---|\n| Monthly logins | 1,200 | 4,800 |',
      good: '| Metric | Before | After |\n|---|---|---|\n| Monthly logins | 1,200 | 4,800 |\n| Time to close month-end | 6 days | 2 days |',
    },
  },
  check(ctx) {
    const ids = ctx.type ? METRIC_SECTIONS[ctx.type.id] : undefined;
    if (!ids) return;
    const activity = ctx.words('activity', activityWords as string[]);
    const outcome = ctx.words('outcome', outcomeWords as string[]);
    for (const id of ids) {
      const section = ctx.sections.get(id);
      if (!section) continue;
      const found = activityMetrics(ctx.doc, section, activity, outcome);
      if (!found || found.length === 0) continue;
      ctx.report({ message: ctx.msg('vanity', { section: section.title, metrics: listOf(found) }), range: section.titleRange });
    }
  },
});

/**
 * The activity metrics a section reports, or undefined when it reports any outcome metric.
 * A table row's metric is its metric cell (first cell when no Metric column); a sentence or
 * list item is a metric when it carries a figure.
 */
function activityMetrics(doc: MdDocument, section: Section, activity: string[], outcome: string[]): string[] | undefined {
  const found: string[] = [];
  const metricCol = new Map<Table, number>();
  for (const u of unitsOf(doc, section)) {
    if (isBlockquoteLine(doc, u.block.line)) continue;
    let name: string;
    if (u.kind === 'row') {
      const table = u.block.table;
      const row = u.block.row;
      if (!table || !row) continue;
      if (!metricCol.has(table)) metricCol.set(table, metricColumn(table));
      const cell = row.cells[metricCol.get(table)!];
      if (!cell) continue;
      name = doc.masked.slice(doc.lines.offsetAt(cell.range.start), doc.lines.offsetAt(cell.range.end));
    } else {
      // A sentence reports a metric only when it gives a figure ("ROI: too early to say" does not).
      if (!hasQuantity(u.text)) continue;
      name = u.text;
    }
    if (findWord(name, outcome)) return undefined;
    const hit = findWord(name, activity);
    if (!hit) continue;
    found.push(u.kind === 'row' ? shorten(stripMarkup(name), 40) : hit.word);
  }
  return found;
}

function metricColumn(table: Table): number {
  const i = table.header.cells.findIndex((c) => METRIC_COLUMN.has(normalizeTitle(stripMarkup(c.text))));
  return i >= 0 ? i : 0;
}

function listOf(names: string[]): string {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  return unique.length > 3 ? `${unique.slice(0, 3).join(', ')}, …` : unique.join(', ');
}

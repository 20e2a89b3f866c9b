import { matchSections } from '../catalog';
import type { Cell, MdDocument, Section } from '../document';
import { numberIn } from '../figures';
import { currentColumn, keyMatches, metricKey, metricTables } from '../health-metrics';
import { stripMarkup } from '../items';
import { normalize } from '../paths';
import { defineRule } from '../rule';

interface Reading {
  key: string;
  label: string;
  value: number;
  cell: Cell;
}

export default defineRule({
  meta: {
    id: 'health-below-threshold',
    title: 'Escalate a metric that stays below its health threshold for two periods',
    rationale: 'A metric under the agreed threshold for two reporting periods in a row is an escalation trigger: one bad month is noise, two is a trend the account team must act on.',
    severity: 'warning',
    appliesTo: { types: ['health-report'] },
    tags: ['evidence', 'cross-document'],
    fixable: false,
    messages: {
      below: '{metric} is {value}, below the threshold of {threshold} for a second period in a row (prior report: {prior}): an escalation trigger; escalate and record it under Open Issues and Escalations',
    },
    example: {
      bad: '| Adoption rate (%) | 52 | 55 |   (threshold 60; the prior report also had 55)',
      good: '| Adoption rate (%) | 64 | 55 |   (back above the threshold of 60)',
    },
  },
  check(ctx) {
    const thresholds = ctx.engagement?.thresholds ?? {};
    const keys = Object.keys(thresholds);
    if (keys.length === 0 || !ctx.type) return;
    const rel = ctx.fm.prior_report;
    if (typeof rel !== 'string' || !rel.trim()) return;
    const priorPath = ctx.workspace.resolve(ctx.path, rel.trim());
    if (normalize(priorPath) === normalize(ctx.path)) return;
    const prior = ctx.workspace.document(priorPath);
    if (!prior) return;
    const now = readings(ctx.doc, ctx.sections.get('health-metrics'), ctx.fm.period);
    const before = readings(prior, matchSections(prior, ctx.type).get('health-metrics'), prior.frontMatter?.data.period);
    for (const key of keys) {
      const threshold = thresholds[key];
      const cur = now.find((r) => keyMatches(r.key, key));
      const old = before.find((r) => keyMatches(r.key, key));
      if (!cur || !old || !(cur.value < threshold) || !(old.value < threshold)) continue;
      ctx.report({
        message: ctx.msg('below', { metric: cur.label, value: stripMarkup(cur.cell.text), threshold, prior: stripMarkup(old.cell.text) }),
        range: cur.cell.range,
      });
    }
  },
});

/** Each metric row's current-period number, from the metrics tables of a report. */
function readings(doc: MdDocument, section: Section | undefined, period: unknown): Reading[] {
  const out: Reading[] = [];
  for (const table of metricTables(doc, section)) {
    const col = currentColumn(table, period);
    if (col < 1) continue;
    for (const row of table.rows) {
      const label = row.cells[0]?.text ?? '';
      const cell = row.cells[col];
      if (!label.trim() || !cell) continue;
      // Masked text, so a figure inside a comment or code span is not read as the value.
      const value = numberIn(doc.masked.slice(doc.lines.offsetAt(cell.range.start), doc.lines.offsetAt(cell.range.end)));
      if (value === undefined) continue;
      out.push({ key: metricKey(label), label: stripMarkup(label), value, cell });
    }
  }
  return out;
}

import { dayNumber, scheduledDay } from '../dates';
import { columnIndex, shorten, stripMarkup } from '../items';
import { defineRule } from '../rule';

// The same column names items.ts reads as a milestone's baseline and forecast.
const BASELINE = ['baseline', 'baseline date', 'planned', 'planned date', 'original date'];
const FORECAST = ['forecast', 'forecast date', 'revised date', 'expected date', 'current forecast'];

export default defineRule<{ maxSlipRatio: number }>({
  meta: {
    id: 'timeline-slip',
    title: 'Escalate a milestone forecast to slip more than 25% of its planned duration',
    rationale: 'A schedule running more than a quarter over what was agreed is an escalation trigger; raising it early leaves room to re-plan with the customer instead of explaining a missed go-live.',
    severity: 'warning',
    appliesTo: { types: ['onboarding-plan', 'implementation-plan'] },
    tags: ['evidence', 'cross-document'],
    fixable: false,
    messages: {
      slip: '"{item}" is forecast for {forecast}, {slip} days after its baseline {baseline}: {pct}% of its {planned}-day planned duration from the engagement start {start} (limit {limit}%); an escalation trigger, escalate and re-plan',
    },
    options: {
      schema: { maxSlipRatio: { type: 'number', minimum: 0, description: 'Largest slip allowed, as a fraction of the planned duration (engagement start to baseline).' } },
      defaults: { maxSlipRatio: 0.25 },
    },
    example: {
      bad: '| UAT signed off | 2026-11-30 | 2027-01-15 |   (start 2026-09-01: 46 days late on a 90-day plan)',
      good: '| UAT signed off | 2026-11-30 | 2026-12-07 |',
    },
  },
  check(ctx) {
    const startText = ctx.engagement?.start;
    const start = startText ? dayNumber(startText) : undefined;
    if (start === undefined || !startText) return;
    const ratio = typeof ctx.options.maxSlipRatio === 'number' && ctx.options.maxSlipRatio >= 0 ? ctx.options.maxSlipRatio : 0.25;
    for (const table of ctx.doc.tables) {
      const bc = columnIndex(table, BASELINE);
      const fc = columnIndex(table, FORECAST);
      if (bc < 0 || fc < 0) continue;
      for (const row of table.rows) {
        const bCell = row.cells[bc];
        const fCell = row.cells[fc];
        if (!bCell || !fCell) continue;
        const masked = (r: typeof bCell.range) => ctx.doc.masked.slice(ctx.doc.lines.offsetAt(r.start), ctx.doc.lines.offsetAt(r.end));
        const baseline = scheduledDay(masked(bCell.range));
        const forecast = scheduledDay(masked(fCell.range));
        const b = baseline ? dayNumber(baseline) : undefined;
        const f = forecast ? dayNumber(forecast) : undefined;
        if (b === undefined || f === undefined) continue;
        const planned = b - start;
        const slip = f - b;
        if (planned <= 0 || !(slip > ratio * planned)) continue;
        ctx.report({
          message: ctx.msg('slip', {
            item: shorten(stripMarkup(row.cells[0]?.text ?? '')) || 'Milestone',
            forecast: forecast!,
            baseline: baseline!,
            slip,
            pct: Math.round((slip / planned) * 100),
            planned,
            start: startText,
            limit: Math.round(ratio * 100),
          }),
          range: fCell.range,
        });
      }
    }
  },
});

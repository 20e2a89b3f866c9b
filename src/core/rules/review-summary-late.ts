import { instant } from '../dates';
import { defineRule } from '../rule';

const HOUR_MS = 3_600_000;

export default defineRule<{ maxHours: number }>({
  meta: {
    id: 'review-summary-late',
    title: 'Send the architecture review summary within 48 hours of the session',
    rationale: 'Details fade fast after a review session; a summary sent days later is harder to confirm and easier to dispute.',
    severity: 'warning',
    appliesTo: { types: ['architecture-review'] },
    tags: ['evidence'],
    fixable: false,
    messages: {
      late: 'The summary is dated {date}, {elapsed} after the session on {session}; send it within {max} hours of the session',
    },
    options: {
      schema: { maxHours: { type: 'number', minimum: 0, description: 'Most hours allowed between session_date and the summary date.' } },
      defaults: { maxHours: 48 },
    },
    example: { bad: 'session_date: 2026-11-02\ndate: 2026-11-06', good: 'session_date: 2026-11-02\ndate: 2026-11-03' },
  },
  check(ctx) {
    const session = instant(ctx.fm.session_date);
    const dated = instant(ctx.fm.date);
    if (session === undefined || dated === undefined) return;
    const max = typeof ctx.options.maxHours === 'number' && ctx.options.maxHours >= 0 ? ctx.options.maxHours : 48;
    const hours = (dated - session) / HOUR_MS;
    if (!(hours > max)) return;
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    const whole = Math.round(hours);
    const elapsed = whole % 24 === 0 ? plural(whole / 24, 'day') : plural(whole, 'hour');
    ctx.report({
      message: ctx.msg('late', { date: show(ctx.fm.date), session: show(ctx.fm.session_date), elapsed, max }),
      range: fm.rangeOf(['date']),
    });
  },
});

function show(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

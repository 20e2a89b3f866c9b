import { dayNumber, isoDaysIn, scheduledDay } from '../dates';
import { columnIndex, itemsOf, stripMarkup, type Item } from '../items';
import { defineRule } from '../rule';
import type { Range } from '../types';

// The convention's closed statuses, plus the ones that end an item without doing it.
const CLOSED = new Set(['done', 'closed', 'complete', 'completed', 'resolved', 'cancelled', 'canceled', 'dropped', 'descoped', 'superseded', 'met', 'achieved', 'delivered']);
const CLOSED_MARK = /^[✅✔☑✓]/u;
// A plain bullet that says it is finished: "(done)", "Done:", "✅".
const DONE_INLINE = /^(?:done|completed|closed|resolved)\b|[([](?:done|completed|closed|resolved)\b|[—–-]\s*(?:done|completed|closed|resolved)\s*$|[✅✔☑✓]/iu;

export default defineRule<{ graceDays: number }>({
  meta: {
    id: 'item-overdue',
    title: 'Close or re-date items whose date has passed',
    rationale: 'An open item past its date is either late or finished and not recorded; both mislead whoever reads the plan next.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['ownership'],
    fixable: false,
    messages: {
      overdue: '"{item}" in "{section}" was due {date} ({days} ago) and is still open; close it or give it a new date',
    },
    options: {
      schema: { graceDays: { type: 'integer', minimum: 0, description: 'Days past its date before an open item is reported.' } },
      defaults: { graceDays: 0 },
    },
    example: { bad: '| Enable SSO | Dana Whitfield | 2026-10-01 | Open |', good: '| Enable SSO | Dana Whitfield | 2026-10-01 | Done |' },
  },
  check(ctx) {
    const today = dayNumber(ctx.today);
    if (today === undefined) return;
    const grace = typeof ctx.options.graceDays === 'number' && ctx.options.graceDays > 0 ? Math.floor(ctx.options.graceDays) : 0;
    for (const it of itemsOf(ctx.doc, ctx.sectionsWhere('dated'))) {
      if (!isOpen(ctx.doc, it)) continue;
      const when = dueOf(ctx.doc, it);
      if (!when) continue;
      const day = dayNumber(when.day);
      if (day === undefined || today - day <= grace) continue;
      const n = today - day;
      ctx.report({
        message: ctx.msg('overdue', { item: it.label, section: it.section.title, date: when.day, days: `${n} day${n === 1 ? '' : 's'}` }),
        range: when.range,
      });
    }
  },
});

type Doc = Parameters<typeof itemsOf>[0];

function isOpen(doc: Doc, it: Item): boolean {
  if (it.kind === 'list') {
    if (it.listItem?.task) return !it.listItem.task.checked;
    const text = doc.maskedLine(it.line).slice(it.labelRange.start.character);
    return !DONE_INLINE.test(text) && !/^~~.*~~\s*$/.test(text.trim());
  }
  const row = it.row;
  const table = it.table;
  if (!row || !table) return true;
  const sc = columnIndex(table, ['status', 'state']);
  if (sc >= 0) {
    const status = stripMarkup(row.cells[sc]?.text ?? '').toLowerCase();
    const word = /^[\p{L}]+/u.exec(status)?.[0] ?? '';
    return !CLOSED.has(word) && !CLOSED_MARK.test(status) && !/^100\s*%/.test(status);
  }
  // No Status column: a struck-through row or a ticked cell still says it is finished.
  if (/^~~.*~~$/.test(row.cells[0]?.text.trim() ?? '')) return false;
  return !row.cells.some((c) => CLOSED_MARK.test(c.text.trim()));
}

/** The date an item is due: its forecast where it has one, else its due date, else its baseline; for a bullet, the latest ISO date on its line. */
function dueOf(doc: Doc, it: Item): { day: string; range: Range } | undefined {
  if (it.kind === 'row') {
    for (const cell of [it.forecast, it.date, it.baseline]) {
      if (!cell) continue;
      const day = scheduledDay(doc.masked.slice(doc.lines.offsetAt(cell.range.start), doc.lines.offsetAt(cell.range.end)));
      if (day) return { day, range: cell.range };
    }
    return undefined;
  }
  const start = it.labelRange.start.character;
  const masked = doc.maskedLine(it.line).slice(start);
  const days = isoDaysIn(masked);
  const day = days.length ? days.reduce((a, b) => (b > a ? b : a)) : scheduledDay(masked);
  if (!day) return undefined;
  const at = masked.lastIndexOf(day);
  const range: Range = at >= 0 ? { start: { line: it.line, character: start + at }, end: { line: it.line, character: start + at + day.length } } : it.labelRange;
  return { day, range };
}

import { catalogColumn, concreteDate, itemsOf, shorten } from '../items';
import { findWord } from '../prose';
import { defineRule } from '../rule';
import { isIsoDate } from '../schemas';
import { appendColumnEdits } from '../table-edit';
import type { Range } from '../types';

const VAGUE = ['soon', 'asap', 'as soon as possible', 'next week', 'next month', 'next quarter', 'this week', 'this month', 'this quarter', 'later', 'eventually', 'tbd', 'tbc', 'ongoing', 'when possible', 'end of month', 'end of quarter', 'in progress'];
// An untouched template prompt is placeholder-remaining's finding; TBD is not a prompt but a vague date.
// Bracketed prompts ([Date], [YYYY-MM-DD]) are the same shape placeholders.ts reports.
const PROMPT = /\{\{[^{}]*\}\}|\$\{\d+(?::[^{}]*)?\}|\[YYYY-MM-DD\]|(?<![\]!\\])\[[A-Z][^[\]\n]{0,60}\](?![([:])/i;
const ISO_SHAPED = /\b\d{4}-\d{2}-\d{2}\b/g;

export default defineRule({
  meta: {
    id: 'date-missing',
    title: 'Give every milestone, action item and next step a concrete date',
    rationale: '"Soon" cannot be tracked or escalated; a calendar date can be compared with today and with the plan.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['ownership'],
    fixable: true,
    wordLists: ['vague-dates'],
    messages: {
      noColumn: 'The table in "{section}" has no {column} column',
      missing: '"{item}" in "{section}" has no date',
      vague: '"{item}" in "{section}" has a vague date ("{date}"); give a calendar date (YYYY-MM-DD)',
      invalid: '"{item}" in "{section}" has a date that does not exist ("{date}")',
    },
    example: { bad: '| Enable SSO | Dana Whitfield | next week |', good: '| Enable SSO | Dana Whitfield | 2026-12-01 |' },
  },
  check(ctx) {
    const vague = ctx.words('vague-dates', VAGUE);
    const items = itemsOf(ctx.doc, ctx.sectionsWhere('dated'));
    const flagged = new Set<unknown>();
    for (const it of items) {
      if (it.kind === 'row' && !it.hasDateColumn) {
        if (flagged.has(it.table)) continue;
        flagged.add(it.table);
        const column = catalogColumn(it.def, 'date', 'Due');
        ctx.report({ message: ctx.msg('noColumn', { section: it.section.title, column }), range: it.table!.header.range, fix: appendColumnEdits(ctx.doc, it.table!, column) });
        continue;
      }
      // Where the date text starts: the date cell of a row, the item's text of a list item.
      const row = it.kind === 'row';
      const text = row ? (it.date?.text ?? '') : ctx.doc.maskedLine(it.line).slice(it.labelRange.start.character);
      const base = row ? it.date?.range.start : it.labelRange.start;
      const at = (offset: number, length: number): Range => (row && it.date ? it.date.range : { start: { line: it.line, character: base!.character + offset }, end: { line: it.line, character: base!.character + offset + length } });
      const data = { item: it.label, section: it.section.title };
      if (PROMPT.test(text)) continue;
      const iso = [...text.matchAll(ISO_SHAPED)];
      if (iso.some((m) => isIsoDate(m[0]))) continue;
      if (iso.length) {
        ctx.report({ message: ctx.msg('invalid', { ...data, date: iso[0][0] }), range: at(iso[0].index!, iso[0][0].length) });
        continue;
      }
      if (concreteDate(text)) continue;
      const hit = findWord(text, vague);
      if (hit) ctx.report({ message: ctx.msg('vague', { ...data, date: hit.word }), range: at(hit.index, hit.word.length) });
      // A date cell that names no day ("Q1", "after UAT") is as vague as "soon".
      else if (row && text.trim()) ctx.report({ message: ctx.msg('vague', { ...data, date: shorten(text.trim(), 40) }), range: it.date!.range });
      else ctx.report({ message: ctx.msg('missing', data), range: it.labelRange });
    }
  },
});

/** The date column the catalog names for the section (a new column should match the template), else "Due". */

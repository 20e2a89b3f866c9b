import type { MdDocument, Section } from '../document';
import { stripMarkup } from '../items';
import { findWord } from '../prose';
import { defineRule } from '../rule';
import { findColumn, sectionItems, textWithCode, type SectionItem } from '../section-items';
import { appendColumnEdits } from '../table-edit';
import builtIn from './verification-missing.words.json';

const TARGETS: Record<string, string> = {
  'implementation-guide': 'prerequisites',
  'onboarding-plan': 'technical-prerequisites',
};
const VERIFY_COLUMN = /\b(?:verif\w*|validat\w*|checks?|how to check|how to verify|tests?|commands?|proof|evidence|confirm\w*)\b/;
/** "Check:", "Test:", "How to confirm:" labels introduce a validation step. */
const STEP_LABEL = /\b(?:check|test|proof|evidence|how to (?:check|verify|confirm|test))\s*:/i;
const CODE_SPAN = /(`+)[^`\n]*\S[^`\n]*\1/;
const FENCE = /^ *(?:`{3,}|~{3,})/m;
const NOTHING = /^(?:|-|--|—|–|n\/a|na|none|no|tbd|tbc|todo|\?|unknown|not yet|pending)$/i;
const TEMPLATE = /\{\{[^}]*\}\}|\$\{\d+(?::[^}]*)?\}/;

export default defineRule({
  meta: {
    id: 'verification-missing',
    title: 'Give every prerequisite a way to verify it',
    rationale: 'A prerequisite nobody checked is an assumption; a command or validation step for each turns the first day of implementation from discovery into confirmation.',
    severity: 'warning',
    appliesTo: { types: ['implementation-guide', 'onboarding-plan'] },
    tags: ['content'],
    fixable: true,
    wordLists: ['verification-words'],
    messages: {
      item: 'Prerequisite "{item}" has no verification command or validation step',
      section: '"{section}" gives no way to verify the prerequisites',
    },
    example: {
      bad: '- PostgreSQL 15 reachable from the app servers',
      good: '- PostgreSQL 15 reachable from the app servers. Verify: `psql -h db.internal -c "select version()"`',
    },
  },
  check(ctx) {
    const id = ctx.type ? TARGETS[ctx.type.id] : undefined;
    const section = id ? ctx.sections.get(id) : undefined;
    if (!section) return;
    const doc = ctx.doc;
    const words = ctx.words('verification-words', builtIn);
    const items = sectionItems(doc, section, { expandGroups: true });
    if (coveredBySection(doc, section, items, words)) return;
    const columns = new Map<unknown, number>();
    const fixed = new Set<unknown>();
    for (const item of items) {
      const raw = doc.text.slice(doc.lines.starts[item.line], doc.lines.ends[Math.max(item.line, item.end - 1)]);
      if (TEMPLATE.test(raw)) continue;
      if (item.kind === 'row' && item.table && item.row) {
        const table = item.table;
        let vi = columns.get(table);
        if (vi === undefined) {
          vi = findColumn(table, (n) => VERIFY_COLUMN.test(n));
          columns.set(table, vi);
        }
        if (vi >= 0) {
          if (NOTHING.test(stripMarkup(item.row.cells[vi]?.text ?? ''))) ctx.report({ message: ctx.msg('item', { item: item.label }), range: item.labelRange });
          continue;
        }
        if (verified(doc, item, words)) continue;
        // The table has no column for it: the first such row offers to add one.
        const fix = fixed.has(table) ? undefined : appendColumnEdits(doc, table, 'Verification');
        fixed.add(table);
        ctx.report({ message: ctx.msg('item', { item: item.label }), range: item.labelRange, fix });
        continue;
      }
      if (!verified(doc, item, words)) ctx.report({ message: ctx.msg('item', { item: item.label }), range: item.labelRange });
    }
    if (items.length > 0) return;
    const body = textWithCode(doc, section.line + 1, section.end);
    const prose = doc.masked.slice(doc.lines.starts[section.line + 1] ?? doc.text.length, section.end >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[section.end]);
    if (!/[\p{L}\p{N}]/u.test(prose) || TEMPLATE.test(body) || /^\s*(?:none|n\/a|no prerequisites?)\b/i.test(prose.trim())) return;
    if (!hasStep(body, words)) ctx.report({ message: ctx.msg('section', { section: section.title }), range: section.titleRange });
  },
});

function verified(doc: MdDocument, item: SectionItem, words: string[]): boolean {
  return hasStep(textWithCode(doc, item.line, item.end), words);
}

function hasStep(text: string, words: string[]): boolean {
  return CODE_SPAN.test(text) || FENCE.test(text) || STEP_LABEL.test(text) || !!findWord(text, words);
}

/**
 * A paragraph or code block of the section outside its items that verifies them all
 * ("Run `./preflight.sh` to check everything above").
 */
function coveredBySection(doc: MdDocument, section: Section, items: SectionItem[], words: string[]): boolean {
  if (items.length === 0) return false;
  // Lines that belong to an item or a list: everything else is the section's own text.
  const taken = new Set<number>();
  const mark = (a: number, b: number) => {
    for (let l = a; l < b; l++) taken.add(l);
  };
  for (const i of items) mark(i.line, i.end);
  for (const li of doc.listItems) if (li.line > section.line && li.line < section.end && !taken.has(li.line)) mark(li.line, li.end);
  for (const b of doc.blocks) {
    if (b.line <= section.line || b.line >= section.end || b.kind !== 'paragraph' || taken.has(b.line)) continue;
    const t = textWithCode(doc, b.line, b.end);
    if (findWord(t, words) && (CODE_SPAN.test(t) || /\b(?:above|all|each|every|these|prerequisites)\b/i.test(t))) return true;
  }
  for (let line = section.line + 1; line < section.end; line++) {
    if (taken.has(line)) continue;
    // A fenced code block of the section's own (the fence line is masked as code).
    if (FENCE.test(doc.lines.line(line)) && doc.maskedLine(line).trim() === '') return true;
  }
  return false;
}

import type { Block, MdDocument, Section } from '../document';
import { hasFigure } from '../figures';
import { shorten, stripMarkup } from '../items';
import { findPlaceholders } from '../placeholders';
import { findWord, unitsOf, type Unit as ProseUnit } from '../prose';
import { defineRule } from '../rule';
import type { Range } from '../types';
import builtIn from './expansion-ungrounded.words.json';

// "None this period", "No expansion opportunities identified": nothing is being claimed.
const NOTHING = /^(?:none|no|n\/a|nothing|not\s+at\s+this\s+time)\b/i;

interface Unit {
  label: string;
  text: string;
  range: Range;
  from: number;
  to: number;
}

export default defineRule({
  meta: {
    id: 'expansion-ungrounded',
    title: 'Ground every expansion opportunity in usage figures',
    rationale: 'An opportunity without usage behind it is a guess; the account team plans and sells on these lines, so each needs the numbers that make it real (seats in use, volume, adoption).',
    severity: 'warning',
    appliesTo: { types: ['health-report'] },
    tags: ['evidence'],
    fixable: false,
    wordLists: ['expansion-terms'],
    messages: {
      ungrounded: 'Expansion opportunity "{item}" cites no usage figure; back it with usage data (seats in use, volume, adoption) or leave it out',
    },
    example: {
      bad: '- Analytics add-on: they would probably benefit from dashboards',
      good: '- Analytics add-on: 1,800 CSV exports a month from 14 analysts; their CFO asked for dashboards on 2026-10-12',
    },
  },
  check(ctx) {
    const section = ctx.sections.get('expansion-opportunities');
    if (!section) return;
    const doc = ctx.doc;
    const terms = ctx.words('expansion-terms', builtIn as string[]);
    for (const u of unitsIn(doc, section, terms)) {
      const lead = stripMarkup(u.label).trim();
      if (!stripMarkup(u.text).trim() || NOTHING.test(lead) || hasFigure(u.text)) continue;
      // A unit still holding template placeholders is placeholder-remaining's finding.
      if (findPlaceholders(doc, u.from, u.to).length > 0) continue;
      ctx.report({ message: ctx.msg('ungrounded', { item: shorten(stripMarkup(u.label)) }), range: u.range });
    }
  },
});

/**
 * The opportunities of the section: each subsection, table row and top-level list item (with
 * its sub-items), and each paragraph that talks about expansion without introducing a list.
 */
function unitsIn(doc: MdDocument, section: Section, terms: string[]): Unit[] {
  const out: Unit[] = [];
  const masked = (a: number, b: number) => doc.masked.slice(doc.lines.starts[a], b >= doc.lines.lineCount ? doc.masked.length : doc.lines.starts[b]);
  const subs = doc.sections.filter((s) => s.parent === section);
  for (const s of subs) out.push({ label: s.title, text: masked(s.line, s.end), range: s.titleRange, from: s.line, to: s.end });
  const ownEnd = section.contentEnd;
  for (const t of doc.tables) {
    if (t.line <= section.line || t.line >= ownEnd) continue;
    for (const row of t.rows) {
      if (row.cells.every((c) => !c.text.trim())) continue;
      const first = row.cells[0];
      out.push({ label: first?.text.trim() ? first.text : row.cells.map((c) => c.text).join(' '), text: masked(row.line, row.line + 1), range: first?.text.trim() ? first.range : row.range, from: row.line, to: row.line + 1 });
    }
  }
  for (const li of doc.listItems) {
    if (li.line <= section.line || li.line >= ownEnd || li.depth > 0 || !li.text) continue;
    if (li.parent) continue;
    out.push({ label: li.text, text: masked(li.line, li.end), range: li.textRange, from: li.line, to: li.end });
  }
  // Sentences of the section's own paragraphs (not list items), grouped by paragraph in one pass.
  const byBlock = new Map<Block, ProseUnit[]>();
  for (const u of unitsOf(doc, section.line + 1, ownEnd)) {
    if (u.kind !== 'sentence' || u.block.kind !== 'paragraph' || u.block.listItem) continue;
    const list = byBlock.get(u.block);
    if (list) list.push(u);
    else byBlock.set(u.block, [u]);
  }
  for (const [block, sentences] of byBlock) {
    const para = doc.masked.slice(block.start, block.stop);
    if (/:\s*$/.test(para.trim())) continue;
    const hit = sentences.find((x) => findWord(x.text, terms));
    if (!hit) continue;
    out.push({ label: hit.text, text: para, range: doc.lines.rangeOf(hit.start, hit.stop), from: block.line, to: block.end });
  }
  return out.sort((a, b) => a.from - b.from);
}

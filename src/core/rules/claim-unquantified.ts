import type { MdDocument } from '../document';
import { findPlaceholders } from '../placeholders';
import { findWord, hasQuantity, unitRange, unitsOf, wordMatcher, type Unit } from '../prose';
import { blankQuoted, isBlockquoteLine } from '../quoted-text';
import { defineRule } from '../rule';
import type { Range, Suggestion } from '../types';
import namedMetrics from './claim-unquantified.named-metrics.words.json';
import vagueWords from './claim-unquantified.words.json';

const FIGURE_PLACEHOLDER = '[Figure: value, baseline and period]';

export default defineRule({
  meta: {
    id: 'claim-unquantified',
    title: 'Back vague claims with a figure',
    rationale:
      'Sections meant to carry evidence lose their value when "significantly faster" or "seems less engaged" stands where a number belongs; a figure, a date or a named metric can be checked, an adjective cannot.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['evidence'],
    fixable: false,
    wordLists: ['vague', 'named-metrics'],
    messages: {
      sentence: '"{phrase}" in "{section}" is not backed by a figure: give the number, percentage, date or named metric behind it in the same sentence',
      row: '"{phrase}" in "{section}" is not backed by a figure: give the number, percentage, date or named metric behind it in the same row',
      suggest: 'Add a placeholder for the figure behind "{phrase}"',
    },
    example: {
      bad: '## Results\n\nDeployments became significantly faster.',
      good: '## Results\n\nDeployment lead time fell from 3 days to 4 hours in the first quarter after go-live.',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const vague = ctx.words('vague', vagueWords as string[]);
    const named = ctx.words('named-metrics', namedMetrics as string[]);
    if (vague.length === 0) return;
    const seen = new Set<number>();
    for (const { section } of ctx.sectionsWhere('quantified')) {
      const holes = findPlaceholders(doc, section.line + 1, section.end);
      for (const u of unitsOf(doc, section)) {
        // Nested quantified sections share units; judge each once.
        if (seen.has(u.start)) continue;
        seen.add(u.start);
        // A customer's words in a blockquote or in quotation marks are theirs, not the author's claim.
        if (isBlockquoteLine(doc, u.block.line)) continue;
        if (hasQuantity(u.text) || findWord(u.text, named)) continue;
        const hit = firstVague(u, vague, holes);
        if (!hit) continue;
        const phrase = hit.word.replace(/\s+/g, ' ');
        const data = { phrase, section: section.title };
        const target = u.kind === 'row' ? cellAt(doc, u, hit.index) : { range: unitRange(doc, u), insertAt: sentenceEnd(doc, u) };
        ctx.report({
          message: ctx.msg(u.kind, data),
          range: target.range,
          suggestions: [suggestion(ctx.msg('suggest', data), target.insertAt)],
        });
      }
    }
  },
});

/** The first vague word of a unit outside quotation marks and template placeholders. */
function firstVague(u: Unit, vague: string[], holes: Array<{ start: number; stop: number }>): { word: string; index: number } | undefined {
  const text = blankQuoted(u.text);
  const re = wordMatcher(vague);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = u.start + m.index;
    if (holes.some((h) => at >= h.start && at < h.stop)) continue;
    if (notAClaim(m[0], text.slice(Math.max(0, m.index - 20), m.index))) continue;
    return { word: m[0], index: m.index };
  }
  return undefined;
}

/**
 * Uses of a listed word that measure nothing: "how much", "as many as" (a question or a
 * bound), "to better understand" (a verb), "statistically significant" (a test result).
 */
function notAClaim(word: string, before: string): boolean {
  const w = word.toLowerCase();
  if ((w === 'much' || w === 'many') && /\b(?:how|as)\s+$/i.test(before)) return true;
  if (w === 'better' && /\b(?:to|can|could|will|would|should|help|helps|helped|us|them)\s+$/i.test(before)) return true;
  if (w.startsWith('significant') && /\bstatistically\s+$/i.test(before)) return true;
  return false;
}

/** The cell of a row unit holding offset `index` of the unit, and where a figure would go in it. */
function cellAt(doc: MdDocument, u: Unit, index: number): { range: Range; insertAt: Range['start'] } {
  const pos = doc.lines.positionAt(u.start + index);
  const cell = u.block.row?.cells.find((c) => c.range.start.character <= pos.character && pos.character <= c.range.end.character);
  const range = cell ? cell.range : unitRange(doc, u);
  return { range, insertAt: range.end };
}

/** Where a figure would go at the end of a sentence: before its closing punctuation. */
function sentenceEnd(doc: MdDocument, u: Unit): Range['start'] {
  let end = u.stop;
  while (end > u.start && /[.!?:;]/.test(doc.text[end - 1])) end--;
  return doc.lines.positionAt(end);
}

function suggestion(title: string, at: Range['start']): Suggestion {
  return { title, edits: [{ range: { start: at, end: at }, newText: ` (${FIGURE_PLACEHOLDER})` }] };
}

import type { MdDocument, Section } from '../document';
import { unitsOf, wordMatcher } from '../prose';
import { defineRule } from '../rule';
import builtIn from './repro-steps-unverified.words.json';

/** Words before a reproduction statement that turn it around ("could not reproduce", "not yet reproduced"). */
const NEGATION = /\b(?:not|never|unable|cannot|can't|couldn't|could\s+not|yet\s+to|failed\s+to|no\s+longer|haven't|hasn't|has\s+not|have\s+not|was\s+not|were\s+not|wasn't|weren't|isn't|is\s+not)\b[^.;:]{0,30}$/i;
/** "reproduce" counts only as something done or possible: "able to reproduce", "we reproduce it", "can reproduce". */
const BARE_REPRODUCE = /\b(?:able\s+to|can|could|did|we|i|they|consistently|always|reliably)\s+(?:\w+\s+)?$/i;
const STEP_HEADING = /^(?:step\s*\d+|\d+[.)])\b/i;
const TEMPLATE = /\{\{[^}]*\}\}|\$\{\d+(?::[^}]*)?\}/;

export default defineRule({
  meta: {
    id: 'repro-steps-unverified',
    title: 'Give numbered reproduction steps and say who reproduced the issue',
    rationale: 'Engineering acts on an escalation when it can replay the failure; steps that are not ordered, or that nobody has re-run, send them back to ask.',
    severity: 'warning',
    appliesTo: { types: ['escalation-report'] },
    tags: ['evidence'],
    fixable: false,
    wordLists: ['reproduced-phrases'],
    messages: {
      both: 'Reproduction steps are not a numbered list of at least two steps and do not say they were reproduced',
      notList: 'Reproduction steps are not a numbered list of at least two steps',
      unverified: 'Reproduction steps do not say who reproduced the issue, when or where ("Reproduced by NAME on YYYY-MM-DD in staging")',
      negative: 'Reproduction steps say the issue has not been reproduced ("{text}")',
    },
    example: {
      bad: '## Reproduction Steps\n\nCustomer says exports fail sometimes.',
      good: '## Reproduction Steps\n\n1. Sign in as an admin.\n2. Export 10,000 rows as CSV.\n\nReproduced by Dana Whitfield on 2026-11-20 in staging.',
    },
  },
  check(ctx) {
    const section = ctx.sections.get('reproduction-steps');
    if (!section) return;
    const doc = ctx.doc;
    const units = unitsOf(doc, section);
    // An empty section is section-empty's to report.
    if (units.length === 0) return;
    const ordered = orderedSteps(doc, section);
    const statement = reproduced(doc, section, ctx.words('reproduced-phrases', builtIn));
    const range = section.titleRange;
    if (statement.kind === 'negative') {
      ctx.report({ message: ctx.msg('negative', { text: statement.text }), range });
      return;
    }
    const verified = statement.kind === 'positive';
    if (ordered >= 2 && verified) return;
    ctx.report({ message: ctx.msg(ordered < 2 && !verified ? 'both' : ordered < 2 ? 'notList' : 'unverified'), range });
  },
});

/** Steps in order: items of numbered lists, rows of a steps table, or "Step N" headings and paragraphs. */
function orderedSteps(doc: MdDocument, section: Section): number {
  const inside = (l: number) => l > section.line && l < section.end;
  const items = doc.listItems.filter((li) => inside(li.line) && li.ordered && (!li.parent || !inside(li.parent.line) || !li.parent.ordered));
  let best = items.length;
  for (const t of doc.tables) {
    if (!inside(t.line)) continue;
    const first = (t.header.cells[0]?.text ?? '').toLowerCase().replace(/[*_`]/g, '').trim();
    const numbered = t.rows.filter((r) => /^\s*(?:step\s*)?\d+[.)]?\s*$/i.test((r.cells[0]?.text ?? '').replace(/[*_`]/g, '')));
    if (/^(?:#|no\.?|step|steps|n)$/.test(first) || numbered.length === t.rows.length) best = Math.max(best, t.rows.length);
  }
  const stepLines = doc.blocks.filter((b) => inside(b.line) && !b.listItem && (b.kind === 'paragraph' || b.kind === 'heading') && STEP_HEADING.test(doc.masked.slice(b.start, b.stop).replace(/^[#\s*_]+/, '')));
  return Math.max(best, stepLines.length >= 2 ? stepLines.length : 0);
}

/** Whether the section states that the steps were re-run, says they were not, or says nothing. */
function reproduced(doc: MdDocument, section: Section, phrases: string[]): { kind: 'positive' | 'negative' | 'none'; text: string } {
  let negative: string | undefined;
  for (const u of unitsOf(doc, section)) {
    const raw = doc.text.slice(u.start, u.stop);
    const re = wordMatcher(phrases);
    for (let m = re.exec(u.text); m; m = re.exec(u.text)) {
      const before = u.text.slice(0, m.index);
      const word = m[0].toLowerCase();
      if (NEGATION.test(before)) {
        negative ??= u.text.slice(Math.max(0, m.index - 20), m.index + m[0].length).replace(/\s+/g, ' ').trim();
        continue;
      }
      if (word === 'reproduce' && !BARE_REPRODUCE.test(before)) continue;
      if (TEMPLATE.test(raw) && !/\breproduced\s+by\b/i.test(u.text)) continue;
      return { kind: 'positive', text: m[0] };
    }
  }
  return negative ? { kind: 'negative', text: negative } : { kind: 'none', text: '' };
}

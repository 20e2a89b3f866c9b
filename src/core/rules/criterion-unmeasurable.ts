import type { ListItem, MdDocument, Section, Table } from '../document';
import { hasFigure } from '../figures';
import { shorten, stripMarkup } from '../items';
import { findPlaceholders } from '../placeholders';
import { wordMatcher } from '../prose';
import { defineRule } from '../rule';
import { normalizeTitle } from '../text';
import type { Range } from '../types';
import stateWords from './criterion-unmeasurable.words.json';

// The column holding the criterion: "Success Criterion", "Acceptance Criterion", "Criterion", "Exit criteria"…
const CRITERION_COLUMN = /\bcriteri(?:on|a)\b|^acceptance\b|^definition of done$|^success measure/;
// Columns whose figure makes a row measurable even when the criterion cell is terse.
const MEASURE_COLUMN = /^(?:target|expected|threshold|goal|measure|measured|metric|kpi|actual|baseline|pass when|pass threshold)\b/;
// Something a person can observe, or a measured absence ("zero data loss", "no errors").
const OBSERVABLE = /\b(?:can|cannot|can't|could|able to|unable to)\b|\b(?:no|zero|without)\s+(?:\w+\s+)?(?:loss|errors?|downtime|failures?|incidents?|defects?|discrepanc\w*|outages?|rejects?|rejections?)\b/i;
const VERSION = /\bv\d+(?:\.\d+)*\b|\b\d+\.\d+\.\d+\b/gi;
// The state word is a predicate of the criterion: "is configured", "has been set up".
const COPULA = /\b(?:is|are|was|were|be|been|being|gets?|got|has|have|had)(?:\s+(?:now|all|fully|successfully|correctly|properly|completely|been|already))*\s*$/;
// What may follow a state word at the end of a criterion: "configured for all users", "deployed to production".
const QUALIFIER = /^(?:(?:in|on|for|across|to|at|with|by|under|via|into|per|and\s+(?:tested|verified|working|documented|signed\s+off)|end[- ]to[- ]end)\b[^.;]{0,80})?$/;
// A state word right after one of these is an attribute ("the configured threshold"), not the claim.
const ATTRIBUTIVE = /\b(?:the|a|an|all|any|each|every|its|their|our|your|his|her|of|for|to|in|on|with|by|from|once|when|after|before|if|until|unless|while)\s*$/;
// A state inside a condition ("reconciles automatically once data is migrated") is not the criterion's claim.
const CONDITION = /\b(?:once|when|after|before|if|until|unless|while|because|so that)\b/;

interface Criterion {
  text: string;
  range: Range;
}

export default defineRule({
  meta: {
    id: 'criterion-unmeasurable',
    title: 'State criteria as observable outcomes or numbers',
    rationale:
      'A criterion such as "SSO is set up" can be ticked without the customer gaining anything; "Customer can authenticate via SSO" or a target figure is something both sides can verify.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['content'],
    fixable: false,
    wordLists: ['internal-state'],
    messages: {
      internal: '"{item}" in "{section}" describes an internal state, not an outcome: say what the customer can observe ("Customer can …") or give a number',
    },
    example: {
      bad: '- SSO is set up',
      good: '- Customer can authenticate via SSO with their Okta accounts',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const states = ctx.words('internal-state', stateWords as string[]);
    if (states.length === 0) return;
    const seen = new Set<string>();
    for (const { section } of ctx.sectionsWhere('criteria')) {
      for (const c of criteriaOf(doc, section)) {
        const key = `${c.range.start.line}:${c.range.start.character}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!isInternalState(c.text, states)) continue;
        ctx.report({ message: ctx.msg('internal', { item: shorten(stripMarkup(c.text)), section: section.title }), range: c.range });
      }
    }
  },
});

/** The criteria of a section: the criterion cell of each table row, and each list item. */
function criteriaOf(doc: MdDocument, section: Section): Criterion[] {
  const out: Criterion[] = [];
  const inSection = (line: number) => line > section.line && line < section.end;
  const tables = doc.tables.filter((t) => inSection(t.line));
  for (const table of tables) {
    const col = criterionColumn(table);
    const measures = table.header.cells.map((c, i) => (MEASURE_COLUMN.test(normalizeTitle(stripMarkup(c.text))) && i !== col ? i : -1)).filter((i) => i >= 0);
    for (const row of table.rows) {
      const cell = row.cells[col];
      if (!cell || !stripMarkup(cell.text)) continue;
      if (findPlaceholders(doc, row.line, row.line + 1).length > 0) continue;
      // A target or expected figure elsewhere in the row makes the criterion measurable.
      if (measures.some((i) => row.cells[i] && hasFigure(maskedOf(doc, row.cells[i].range).replace(VERSION, ' ')))) continue;
      out.push({ text: maskedOf(doc, cell.range), range: cell.range });
    }
  }
  // Where criteria are tabulated, a list beside the table holds notes, not criteria.
  if (tables.length > 0) return out;
  for (const li of doc.listItems) {
    if (!inSection(li.line) || !li.text) continue;
    const stop = ownEnd(doc, li);
    if (findPlaceholders(doc, li.line, stop).length > 0) continue;
    const text = itemText(doc, li, stop);
    // "Phase 1:" over nested items is a heading for its children, which are judged on their own.
    if (/:\s*$/.test(text) && stop < li.end) continue;
    out.push({ text, range: li.textRange });
  }
  return out;
}

function criterionColumn(table: Table): number {
  const names = table.header.cells.map((c) => normalizeTitle(stripMarkup(c.text)));
  const i = names.findIndex((n) => CRITERION_COLUMN.test(n));
  return i >= 0 ? i : 0;
}

/** Exclusive end line of an item's own text: its first nested item, or its end. */
function ownEnd(doc: MdDocument, li: ListItem): number {
  const child = doc.listItems.find((c) => c.parent === li);
  return child ? child.line : li.end;
}

/** An item's own text (continuation lines included, nested items not), masked, on one line. */
function itemText(doc: MdDocument, li: ListItem, stop: number): string {
  const start = doc.lines.starts[li.line] + li.textRange.start.character;
  const end = doc.lines.ends[Math.max(li.line, stop - 1)];
  return doc.masked.slice(start, Math.max(start, end)).replace(/\s*[\r\n]+\s*(?:>\s*)*/g, ' ').trim();
}

function maskedOf(doc: MdDocument, r: Range): string {
  return doc.masked.slice(doc.lines.offsetAt(r.start), doc.lines.offsetAt(r.end));
}

/** Whether a criterion only states that something was set up, done or deployed. */
function isInternalState(raw: string, states: readonly string[]): boolean {
  const plain = stripMarkup(raw).replace(/\\([|*_])/g, '$1');
  if (!plain || OBSERVABLE.test(plain)) return false;
  if (hasFigure(plain.replace(VERSION, ' '))) return false;
  // Asides do not change what the criterion claims: "SSO configured (Okta)".
  const t = plain
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!;:,\s]+$/, '')
    .toLowerCase();
  if (!t) return false;
  const re = wordMatcher(states);
  for (let m = re.exec(t); m; m = re.exec(t)) {
    // Bounded context keeps long criteria linear; a criterion's subject and qualifier are short.
    const before = t.slice(Math.max(0, m.index - 200), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 120).trim();
    if (CONDITION.test(before)) return false;
    if (COPULA.test(before)) return true;
    if (m.index === 0) return true;
    if (!ATTRIBUTIVE.test(before) && QUALIFIER.test(after)) return true;
  }
  return false;
}

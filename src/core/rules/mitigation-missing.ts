import type { MdDocument, Table, TableRow } from '../document';
import { stripMarkup } from '../items';
import { findWord } from '../prose';
import { defineRule } from '../rule';
import { findColumn, introducesResponses, maskedText, sectionItems, type SectionItem } from '../section-items';
import { appendColumnEdits } from '../table-edit';
import type { TextEdit } from '../types';
import builtInMitigation from './mitigation-missing.words.json';

type Field = 'mitigation' | 'likelihood' | 'impact' | 'contingency';

/** Where each type keeps its gaps or risks, what they are called, and what each must carry. */
const TARGETS: Record<string, { section: string; noun: 'Gap' | 'Risk'; fields: Field[] }> = {
  'architecture-review': { section: 'gaps-and-mitigations', noun: 'Gap', fields: ['mitigation'] },
  'solution-proposal': { section: 'risks-and-mitigations', noun: 'Risk', fields: ['mitigation'] },
  'risk-register': { section: 'risks', noun: 'Risk', fields: ['likelihood', 'impact', 'mitigation', 'contingency'] },
};

const COLUMN_NAME: Record<Field, string> = { mitigation: 'Mitigation', likelihood: 'Likelihood', impact: 'Impact', contingency: 'Contingency' };

// A combined rating ("Score", "Risk level", "L x I") stands for both likelihood and impact.
const RATING = /\b(?:score|rating|risk level|exposure|priority|l x i|lxi|p x i|pxi)\b/;
const COLUMN_TEST: Record<Field, (n: string) => boolean> = {
  mitigation: (n) => /\b(?:mitigat\w*|workarounds?|remediation|treatment|response|countermeasures?|controls?)\b/.test(n) || ['plan', 'action', 'actions', 'action plan', 'approach', 'how addressed', 'resolution', 'proposed solution'].includes(n),
  likelihood: (n) => /\b(?:likelihood|probability|prob|chance)\b/.test(n) || RATING.test(n) || n === 'l' || n === 'p',
  impact: (n) => /\b(?:impact|severity|consequences?)\b/.test(n) || RATING.test(n) || n === 'i' || n === 's',
  contingency: (n) => /\b(?:contingenc\w*|fallback|fall back|plan b|backup plan)\b/.test(n),
};

/** Cell values that say nothing is there. TBD/TBC count as missing here: an undecided mitigation is no mitigation. */
const EMPTY = new Set(['', '-', '--', '---', '—', '–', 'n/a', 'na', 'none', 'no', 'nil', 'null', 'unknown', '?', '??', 'tbd', 'tbc', 'todo', 'not defined', 'not yet defined', 'to be defined', 'to be determined', 'pending']);
const NO_GAP = new Set(['', '-', '--', '—', '–', 'n/a', 'na', 'none', 'no', 'no gap', 'nil', 'not applicable', 'no gap identified', 'fully supported', 'supported']);
const CLOSED = new Set(['closed', 'done', 'resolved', 'retired', 'complete', 'completed', 'mitigated', 'accepted', 'risk accepted']);
/** An entry that says there is nothing to mitigate: "No gaps identified", "None". */
const NOTHING_TO_MITIGATE = /^\s*(?:(?:no|none)\b[^.]*\b(?:gaps?|risks?)\b|none|n\/a|not applicable|nil)\b[^\n]*$/i;
/** Template snippets and prompts are placeholder-remaining's to report. */
const TEMPLATE = /\{\{[^}]*\}\}|\$\{\d+(?::[^}]*)?\}|^\[[A-Z][^\]]*\]$/;

const FIELD_WORDS: Record<Exclude<Field, 'mitigation'>, RegExp> = {
  likelihood: /\b(?:likelihood|probability|likely|unlikely|chance|odds)\b/i,
  impact: /\b(?:impact|severity|consequences?)\b/i,
  contingency: /\b(?:contingenc\w*|fallback|fall back|plan b|if (?:it|this) (?:happens|occurs|materiali[sz]es))\b/i,
};
/** A second clause after the risk statement, unless it is only a bookkeeping label. */
const BOOKKEEPING = /^\s*(?:owner|owners|status|due|date|likelihood|probability|impact|severity|id|ref|category|raised)\b/i;

export default defineRule({
  meta: {
    id: 'mitigation-missing',
    title: 'Give every gap and risk a mitigation',
    rationale: 'A gap or risk written down without a response is a surprise postponed; in a risk register, likelihood, impact and a contingency are what make the risk manageable.',
    severity: 'warning',
    appliesTo: { types: ['architecture-review', 'risk-register', 'solution-proposal'] },
    tags: ['content'],
    fixable: true,
    wordLists: ['mitigation-words'],
    messages: {
      missing: '{noun} "{item}" has no {fields}',
    },
    example: {
      bad: '| Data migration slips | High | High |  | Dana Whitfield |',
      good: '| Data migration slips | High | High | Dry-run migration in week 2 | Dana Whitfield |',
    },
  },
  check(ctx) {
    const target = ctx.type ? TARGETS[ctx.type.id] : undefined;
    if (!target) return;
    const section = ctx.sections.get(target.section);
    if (!section) return;
    const doc = ctx.doc;
    const mitigationWords = ctx.words('mitigation-words', builtInMitigation);
    const columns = new Map<Table, Map<Field, number>>();
    const items = sectionItems(doc, section, { headings: true, isGroup: (h) => /\b(?:risks|gaps)$/.test(h.norm) });
    const fixed = new Set<Table>();
    for (const item of items) {
      let missing: Field[];
      let fix: TextEdit[] | undefined;
      if (item.kind === 'row') {
        const table = item.table!;
        let found = columns.get(table);
        if (!found) {
          found = new Map<Field, number>();
          for (const f of target.fields) found.set(f, findColumn(table, COLUMN_TEST[f]));
          columns.set(table, found);
        }
        missing = rowMissing(table, item.row!, found, target.noun, mitigationWords);
        // A column missing from the table: the first row that needs it offers to add it, one column per pass.
        const absent = target.fields.find((f) => found!.get(f)! < 0);
        if (missing.length > 0 && absent && !fixed.has(table)) {
          fixed.add(table);
          fix = appendColumnEdits(doc, table, COLUMN_NAME[absent]);
        }
      } else {
        if (item.kind === 'list' && introducesResponses(doc, section.line, item.line, mitigationWords)) continue;
        missing = blockMissing(doc, item, target.fields, mitigationWords);
      }
      if (missing.length === 0) continue;
      ctx.report({ message: ctx.msg('missing', { noun: target.noun, item: labelOf(item, target.noun), fields: listOf(missing) }), range: labelRangeOf(item, target.noun), fix });
    }
  },
});

function cell(row: TableRow, i: number): string | undefined {
  if (i < 0) return undefined;
  return stripMarkup(row.cells[i]?.text ?? '').replace(/<br\s*\/?>/gi, ' ').trim();
}

/** Fields a row leaves empty or has no column for; rows of closed risks and of gaps that are no gap are skipped. */
function rowMissing(table: Table, row: TableRow, cols: Map<Field, number>, noun: 'Gap' | 'Risk', mitigationWords: string[]): Field[] {
  const status = cell(row, findColumn(table, (n) => n === 'status' || n === 'state'));
  if (status && CLOSED.has(status.toLowerCase())) return [];
  if (noun === 'Gap') {
    const gap = cell(row, findColumn(table, (n) => n === 'gap' || n === 'gaps' || n === 'gap description'));
    if (gap !== undefined && NO_GAP.has(gap.toLowerCase().replace(/[.!]$/, ''))) return [];
  }
  const out: Field[] = [];
  for (const [f, i] of cols) {
    if (i < 0) {
      // No column for it: the row may still say it in another cell ("Notes: mitigated by…").
      const text = row.cells.map((c) => stripMarkup(c.text)).join(' | ');
      if (!(f === 'mitigation' ? findWord(text, mitigationWords) : FIELD_WORDS[f].test(text))) out.push(f);
      continue;
    }
    const v = cell(row, i) ?? '';
    if (TEMPLATE.test(v)) continue;
    if (EMPTY.has(v.toLowerCase().replace(/[.!]$/, ''))) out.push(f);
  }
  return out;
}

/** Fields a free-form gap or risk (list item or sub-heading block) does not mention. */
function blockMissing(doc: MdDocument, item: SectionItem, fields: Field[], mitigationWords: string[]): Field[] {
  const text = maskedText(doc, item.kind === 'heading' ? item.line + 1 : item.line, item.end);
  const full = item.kind === 'heading' ? `${item.heading!.title}\n${text}` : text;
  if (TEMPLATE.test(doc.text.slice(doc.lines.starts[item.line], doc.lines.ends[Math.max(item.line, item.end - 1)]))) return [];
  if (!/[\p{L}\p{N}]/u.test(full)) return [];
  const opening = item.kind === 'heading' ? (text.trim().split('\n')[0] ?? '') : item.label;
  if (NOTHING_TO_MITIGATE.test(opening.replace(/^[\s>*+-]*(?:\d+[.)]\s*)?/, ''))) return [];
  const out: Field[] = [];
  for (const f of fields) {
    if (f === 'mitigation') {
      if (!hasMitigation(doc, item, full, mitigationWords)) out.push(f);
    } else if (!FIELD_WORDS[f].test(full)) out.push(f);
  }
  return out;
}

/**
 * A free-form item carries a mitigation when it names one ("Mitigation:", "mitigated by",
 * "workaround") or says more than the risk itself: a second clause or sentence, or nested items.
 */
function hasMitigation(doc: MdDocument, item: SectionItem, text: string, words: string[]): boolean {
  if (findWord(text, words)) return true;
  if (item.kind === 'list' && doc.listItems.some((c) => c.parent === item.listItem && !BOOKKEEPING.test(c.text))) return true;
  const body = item.kind === 'heading' ? text.slice(text.indexOf('\n') + 1) : text;
  const clauses = body
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z])|;\s*|\s[—–-]{1,2}\s|\s*(?:→|->|=>)\s*/)
    .map((c) => c.trim())
    .filter((c) => /[\p{L}]{3,}/u.test(c) && !BOOKKEEPING.test(c));
  return clauses.length >= 2;
}

function labelOf(item: SectionItem, noun: 'Gap' | 'Risk'): string {
  if (item.kind === 'row' && item.table && item.row) {
    const i = findColumn(item.table, noun === 'Gap' ? (n) => n === 'gap' || n === 'gaps' : (n) => n === 'risk' || n === 'risks' || n === 'risk description' || n === 'description' || n === 'title');
    const v = cell(item.row, i);
    if (v) return v.length > 60 ? `${v.slice(0, 59)}…` : v;
  }
  return item.label.replace(/^(?:gap|risk)\s*:\s*/i, '');
}

function labelRangeOf(item: SectionItem, noun: 'Gap' | 'Risk') {
  if (item.kind === 'row' && item.table && item.row) {
    const i = findColumn(item.table, noun === 'Gap' ? (n) => n === 'gap' || n === 'gaps' : (n) => n === 'risk' || n === 'risks' || n === 'risk description' || n === 'description' || n === 'title');
    const c = i >= 0 ? item.row.cells[i] : undefined;
    if (c && c.text.trim()) return c.range;
  }
  return item.labelRange;
}

function listOf(fields: Field[]): string {
  if (fields.length === 1) return fields[0];
  return `${fields.slice(0, -1).join(', ')} or ${fields[fields.length - 1]}`;
}

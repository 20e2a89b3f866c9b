import type { Cell, MdDocument, Section, Table } from '../document';
import { hasFigure } from '../figures';
import { shorten, stripMarkup } from '../items';
import { findPlaceholders } from '../placeholders';
import { findWord, unitRange, unitsOf } from '../prose';
import { defineRule, type RuleContext } from '../rule';
import { appendColumnEdits } from '../table-edit';
import { normalizeTitle } from '../text';
import type { Range } from '../types';
import builtIn from './result-without-baseline.words.json';

// Where each type reports its results, and what it calls the starting value.
const RESULT_SECTIONS: Record<string, { ids: string[]; column: string }> = {
  'case-study': { ids: ['results'], column: 'Before' },
  'post-implementation-review': { ids: ['success-criteria-vs-actuals'], column: 'Baseline' },
};

const BASE_COLUMN = /^(?:before|baseline|from|previous|prior|pre|was|original|initial|starting point|start|status quo|old)\b|\b(?:baseline|before)\b/;
const TIME_COLUMN = /^(?:timeframe|time frame|time period|period|measurement period|measured over|measurement window|window|duration|over|when|date|dates|as of|timeline|horizon)$|\b(?:timeframe|time frame|period|window)\b/;
const EMPTY = /^(?:|-+|—|–|\?+)$/;
const MEASURE = /\b(?:measured|measurement|figures?|data|numbers|results|metrics|compar\w*|covers?|period|window)\b/i;
// A plan or a forecast is not a result yet.
const FUTURE = /\b(?:will|plan(?:s|ned)?\s+to|aim(?:s|ing)?\s+to|expect(?:s|ed)?\s+to|next\s+(?:quarter|year|month|phase|release))\b/i;

// "from 12 weeks to 3", "baseline", "before", "previously", "compared with", "vs", "→".
const BASELINE_TEXT = /\bfrom\s+[^.;]{0,40}?\d|\bbaseline\b|\bbefore\b|\bpreviously\b|\bprior\b|\bcompared\s+(?:with|to)\b|\bvs\.?(?=\s)|\bversus\b|\bwas\s+[^.;]{0,30}?\d|\bused\s+to\b|\boriginally\b|→|->|\bpre-\w+/i;
const UNIT = '(?:days?|weeks?|months?|quarters?|years?|sprints?|hours?)';
const COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a|an|several|few)';
const EVENT = '(?:go-?live|launch|rollout|roll-out|deployment|migration|cutover|kickoff|kick-off|implementation|adoption|onboarding|release|the\\s+pilot|the\\s+switch)';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
// "in 3 months", "within Q2", "over 6 weeks", "since go-live", "the first 90 days", "per month", "year over year", a date.
const TIMEFRAME_TEXT = new RegExp(
  [
    `\\b(?:in|within|over|during|after|across|for|by|through|throughout|since)\\s+(?:the\\s+)?(?:(?:first|last|past|next|following|same)\\s+)?(?:${COUNT}[\\s-]+)?${UNIT}\\b`,
    `\\b(?:first|last|past)\\s+${COUNT}?[\\s-]*${UNIT}\\b`,
    `\\b${COUNT}[\\s-]+${UNIT}\\s+(?:after|since|post|following|into|of)\\b`,
    `\\b(?:since|after|following|post)[\\s-]+${EVENT}\\b`,
    `\\b(?:in|within|during|by|over|through|across|since|until|between)\\s+(?:Q[1-4]|H[12]|FY\\s?\\d{2,4}|(?:19|20)\\d{2}|${MONTH})\\b`,
    '\\b(?:year|quarter|month|week)[\\s-]+(?:over|on)[\\s-]+(?:year|quarter|month|week)\\b',
    '\\b(?:yoy|qoq|mom|annual(?:ly|ised|ized)?|monthly|weekly|quarterly)\\b',
    '\\b(?:per|a|each|every)\\s+(?:day|week|month|quarter|year)\\b',
    '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b',
    '\\bQ[1-4]\\b[^.;]{0,20}\\b(?:vs\\.?|versus|to|and|→)\\s+Q[1-4]\\b',
    `\\b(?:this|that|last|the)\\s+(?:quarter|year|month|period)\\b`,
  ].join('|'),
  'i',
);

interface Need {
  baseline: boolean;
  timeframe: boolean;
}

export default defineRule({
  meta: {
    id: 'result-without-baseline',
    title: 'Give every result its baseline and its timeframe',
    rationale: 'A result is a change: "3 weeks" means nothing until the reader knows it was 12 weeks before and over what period it was measured. Without both, a result cannot be checked or repeated.',
    severity: 'warning',
    appliesTo: { types: ['case-study', 'post-implementation-review'] },
    tags: ['evidence'],
    fixable: true,
    wordLists: ['result-terms'],
    messages: {
      noBaselineColumn: 'The results table in "{section}" has no {column} column; give each result the value it started from',
      noTimeframeColumn: 'The results table in "{section}" has no Timeframe column; say over what period each result was measured',
      noBaseline: 'Result "{item}" has no baseline; say what the value was before',
      noTimeframe: 'Result "{item}" has no timeframe; say over what period it was measured',
      noBoth: 'Result "{item}" has no baseline and no timeframe; say what the value was before and over what period it was measured',
    },
    example: {
      bad: 'Integration time fell by 75%.',
      good: 'Integration time fell from 12 weeks to 3 weeks over the first two quarters after go-live.',
    },
  },
  check(ctx) {
    const spec = ctx.type ? RESULT_SECTIONS[ctx.type.id] : undefined;
    if (!spec) return;
    const terms = ctx.words('result-terms', builtIn as string[]);
    for (const id of spec.ids) {
      const section = ctx.sections.get(id);
      if (section) checkSection(ctx, section, spec.column, terms);
    }
  },
});

function checkSection(ctx: RuleContext, section: Section, column: string, terms: string[]): void {
  const doc = ctx.doc;
  const units = unitsOf(doc, section).filter((u) => u.kind === 'sentence');
  // A customer's words in a blockquote are a quote, not the document's result claim.
  const quoted = (line: number) => /^\s{0,3}>/.test(doc.lines.line(line));
  const results = new Set(units.filter((u) => hasFigure(u.text) && findWord(u.text, terms) && !FUTURE.test(u.text) && !quoted(u.block.line) && findPlaceholders(doc, u.block.line, u.block.end).length === 0));
  const leadIns = leadInsOf(doc, section);
  // A sentence about how the figures were measured ("All figures compare the quarter before go-live with the quarter after") covers the whole section.
  const scope = units.filter((u) => !results.has(u) && MEASURE.test(u.text) && !/:\s*$/.test(doc.masked.slice(u.block.start, u.block.stop).trim())).map((u) => u.text);
  const sectionWide: Need = { baseline: scope.some((t) => BASELINE_TEXT.test(t)), timeframe: scope.some((t) => TIMEFRAME_TEXT.test(t)) };
  const inheritedAt = (line: number): Need => {
    const lead = leadAt(leadIns, line);
    return {
      baseline: sectionWide.baseline || (!!lead && BASELINE_TEXT.test(lead.text)),
      timeframe: sectionWide.timeframe || (!!lead && TIMEFRAME_TEXT.test(lead.text)),
    };
  };

  for (const table of doc.tables) {
    if (table.line <= section.line || table.line >= section.end) continue;
    checkTable(ctx, section, table, column, inheritedAt(table.line));
  }
  for (const u of results) {
    const inherited = inheritedAt(u.block.line);
    const missing = { baseline: !inherited.baseline && !BASELINE_TEXT.test(u.text), timeframe: !inherited.timeframe && !TIMEFRAME_TEXT.test(u.text) };
    report(ctx, missing, u.text, unitRange(doc, u));
  }
}

/**
 * Lead-in paragraphs ("In the six months after go-live:") and the lines they introduce: the
 * list or table right after them, up to the next paragraph of prose or heading.
 */
function leadInsOf(doc: MdDocument, section: Section): Array<{ text: string; from: number; to: number }> {
  const out: Array<{ text: string; from: number; to: number }> = [];
  let open: { text: string; from: number; to: number } | undefined;
  for (const b of doc.blocks) {
    if (b.line <= section.line) continue;
    if (b.line >= section.end) break;
    const prose = b.kind === 'heading' || (b.kind === 'paragraph' && !b.listItem);
    if (!prose) continue;
    // The next paragraph or heading ends what the previous lead-in introduced.
    if (open) {
      open.to = b.line;
      open = undefined;
    }
    if (b.kind !== 'paragraph') continue;
    const text = doc.masked.slice(b.start, b.stop);
    if (!/:\s*$/.test(text.trim())) continue;
    open = { text, from: b.end, to: section.end };
    out.push(open);
  }
  return out;
}

function checkTable(ctx: RuleContext, section: Section, table: Table, column: string, inherited: Need): void {
  const doc = ctx.doc;
  const heads = table.header.cells.map((c) => normalizeTitle(stripMarkup(c.text)));
  const tc = heads.findIndex((h, i) => i > 0 && TIME_COLUMN.test(h));
  const bc = heads.findIndex((h, i) => i > 0 && i !== tc && BASE_COLUMN.test(h));
  const rows: Array<{ label: Cell; text: string; missing: Need }> = [];
  for (const row of table.rows) {
    const label = row.cells[0];
    if (!label || findPlaceholders(doc, row.line, row.line + 1).length > 0) continue;
    const values = row.cells.filter((_, i) => i > 0 && i !== tc).map((c) => cellText(doc, c));
    // A row is a result metric when it reports a figure; "SSO works | yes | yes" is not one.
    if (!values.some((v) => hasFigure(v))) continue;
    const text = doc.masked.slice(doc.lines.starts[row.line], doc.lines.ends[row.line]);
    const baselineCell = bc >= 0 ? cellText(doc, row.cells[bc]) : undefined;
    const timeCell = tc >= 0 ? cellText(doc, row.cells[tc]) : undefined;
    rows.push({
      label,
      text,
      missing: {
        baseline: bc >= 0 ? EMPTY.test(baselineCell ?? '') : !inherited.baseline && !BASELINE_TEXT.test(text),
        timeframe: tc >= 0 ? EMPTY.test(timeCell ?? '') : !inherited.timeframe && !TIMEFRAME_TEXT.test(text),
      },
    });
  }
  if (rows.length === 0) return;
  // A column no result row makes up for is one finding on the header, fixed by adding the column.
  const noBaseCol = bc < 0 && rows.every((r) => r.missing.baseline);
  const noTimeCol = tc < 0 && rows.every((r) => r.missing.timeframe);
  if (noBaseCol) ctx.report({ message: ctx.msg('noBaselineColumn', { section: section.title, column }), range: table.header.range, fix: appendColumnEdits(doc, table, column) });
  // Two columns added in one pass would pad short rows twice; the second comes on the next pass.
  if (noTimeCol) ctx.report({ message: ctx.msg('noTimeframeColumn', { section: section.title }), range: table.header.range, fix: noBaseCol ? undefined : appendColumnEdits(doc, table, 'Timeframe') });
  for (const r of rows) {
    report(ctx, { baseline: r.missing.baseline && !noBaseCol, timeframe: r.missing.timeframe && !noTimeCol }, r.label.text, r.label.range);
  }
}

function report(ctx: RuleContext, missing: Need, label: string, range: Range): void {
  const id = missing.baseline && missing.timeframe ? 'noBoth' : missing.baseline ? 'noBaseline' : missing.timeframe ? 'noTimeframe' : undefined;
  if (!id) return;
  ctx.report({ message: ctx.msg(id, { item: shorten(stripMarkup(label)) }), range });
}

/** The lead-in covering `line` (lead-ins are in order and never overlap). */
function leadAt(leadIns: Array<{ text: string; from: number; to: number }>, line: number): { text: string } | undefined {
  let lo = 0;
  let hi = leadIns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (leadIns[mid].from <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && line < leadIns[found].to ? leadIns[found] : undefined;
}

function cellText(doc: MdDocument, cell: Cell | undefined): string {
  if (!cell) return '';
  return stripMarkup(doc.masked.slice(doc.lines.offsetAt(cell.range.start), doc.lines.offsetAt(cell.range.end))).trim();
}

import { AttachedCache } from '../attached-cache';
import type { MdDocument, Table, TableRow } from '../document';
import { shorten, stripMarkup } from '../items';
import { wordMatcher } from '../prose';
import { defineRule } from '../rule';
import { findColumn } from '../section-items';
import { normalizeTitle } from '../text';
import builtIn from './theme-single-source.words.json';

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, no: 0, one: 1, single: 1, a: 1, an: 1, two: 2, both: 2, couple: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, dozen: 12, hundred: 100,
};
const NUM = `(?:\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})`;
const THEME_COLUMNS = new Set(['theme', 'themes', 'feedback theme', 'theme name', 'topic', 'topics', 'pattern', 'patterns']);
/** Header of a column that holds how many accounts back a theme. */
const COUNT_COLUMN = /^(?:(?:no|number|num|count|n)(?: of)? )?(?:accounts?|customers?|clients?|companies|organi[sz]ations|orgs|tenants|respondents)(?: (?:affected|raising|asking|mentioning|impacted|count|raised))?$|^(?:frequency|count|n|accounts raising it|raised by|mentioned by|reach)$/;
/** A labelled count: "Accounts: 4", "Frequency: 6 customers", "Raised by: Customer A, Customer C". */
const LABEL = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?((?:number of |no\.? of |# ?)?(?:accounts?|customers?|clients?|companies|organi[sz]ations|tenants)(?: affected| raising it| asking)?|raised by|mentioned by|reported by|requested by|frequency|count|respondents|reach)(?:\*\*|__)?\s*(?::|=)(?:\*\*|__)?\s*(.*)$/i;
/** Labels and columns whose value may list the accounts by name instead of counting them. */
const NAMES_ALLOWED = /^(?:(?:number of |no\.? of |# ?)?(?:accounts?|customers?|clients?|companies|organi[sz]ations|tenants)(?: affected| raising it| asking)?|raised by|mentioned by|reported by|requested by|accounts raising it)$/i;

export default defineRule({
  meta: {
    id: 'theme-single-source',
    title: 'Back every feedback theme with a count of accounts',
    rationale: 'A theme is a pattern across customers; without the number of accounts behind it, or with only one, it is an anecdote the product team cannot weigh.',
    severity: 'warning',
    appliesTo: { types: ['feedback-summary'] },
    tags: ['evidence'],
    fixable: false,
    wordLists: ['account-nouns'],
    messages: {
      noCount: 'Theme "{theme}" gives no count of the accounts behind it',
      single: 'Theme "{theme}" is backed by one account only',
    },
    example: {
      bad: '### Bulk export\n\nCustomers keep asking for CSV export.',
      good: '### Bulk export\n\n- Accounts: 5 (Customer A, C, F, H, K)',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const nouns = ctx.words('account-nouns', builtIn);
    // A document that states its base ("186 responses") lets a percentage or share in a theme stand for several accounts.
    const hasBase = countsIn(doc.masked, nouns).some((n) => n >= 2);
    const themeSection = ctx.sections.get('theme-analysis');
    if (themeSection) {
      for (const h of doc.sections) {
        if (h.parent !== themeSection) continue;
        const text = blockText(doc, h.line, h.end);
        if (/\{\{[^}]*\}\}|\$\{\d+/.test(doc.text.slice(doc.lines.starts[h.line], doc.lines.ends[h.line])) || hasTemplateCount(doc, h.line, h.end)) continue;
        const name = stripMarkup(h.title).replace(/^(?:theme\s*\d*\s*[:.-]\s*|\d+[.)-]\s*)/i, '');
        let verdict = judge(`${stripMarkup(h.title)}\n${text}`, nouns, hasBase);
        // The count may be given where the theme is summarised ("1. Bulk export: raised by 5 accounts").
        if (verdict === 'noCount') verdict = elsewhere(doc, name, h.line, h.end, nouns, hasBase) ?? verdict;
        if (verdict === 'ok') continue;
        ctx.report({ message: ctx.msg(verdict, { theme: shorten(name) }), range: h.titleRange });
      }
    }
    for (const table of doc.tables) {
      const ti = findColumn(table, (n) => THEME_COLUMNS.has(n));
      if (ti < 0) continue;
      const ci = findColumn(table, (n) => COUNT_COLUMN.test(n));
      for (const row of table.rows) {
        const name = stripMarkup(row.cells[ti]?.text ?? '');
        if (!name || /\{\{|\$\{\d+/.test(row.cells.map((c) => c.text).join(' '))) continue;
        const verdict = judgeRow(table, row, ci, nouns, hasBase);
        if (verdict === 'ok') continue;
        ctx.report({ message: ctx.msg(verdict, { theme: shorten(name) }), range: row.cells[ti].range });
      }
    }
  },
});

type Verdict = 'ok' | 'noCount' | 'single';

/** Masked text of a theme block without blockquote lines: what a customer said is not how many said it. */
function blockText(doc: MdDocument, from: number, to: number): string {
  const out: string[] = [];
  for (let i = from + 1; i < to; i++) {
    const l = doc.maskedLine(i);
    if (/^\s{0,3}>/.test(l)) continue;
    out.push(l);
  }
  return out.join('\n');
}

/** The verdict of the first line outside the theme's block that names the theme and states a count. */
function elsewhere(doc: MdDocument, name: string, from: number, to: number, nouns: string[], hasBase: boolean): Verdict | undefined {
  const key = normalizeTitle(name);
  if (key.length < 4) return undefined;
  const norms = normalizedLines(doc);
  for (let i = 0; i < doc.lines.lineCount; i++) {
    if (i >= from && i < to) continue;
    const l = doc.maskedLine(i);
    if (/^\s{0,3}(?:>|#)/.test(l)) continue;
    norms[i] ??= ` ${normalizeTitle(l)} `;
    if (!norms[i].includes(` ${key} `)) continue;
    const v = judge(l, nouns, hasBase);
    if (v !== 'noCount') return v;
  }
  return undefined;
}

// Each theme without a count looks for its name on every other line: the lines are normalised
// once per document, not once per theme (bench/README.md).
const lineNorms = new AttachedCache<MdDocument, string[]>('lineNorms');

function normalizedLines(doc: MdDocument): string[] {
  let norms = lineNorms.get(doc);
  if (!norms) {
    norms = [];
    lineNorms.set(doc, norms);
  }
  return norms;
}

function hasTemplateCount(doc: MdDocument, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const l = doc.lines.line(i);
    if (LABEL.test(l) && /\{\{[^}]*\}\}|\$\{\d+/.test(l)) return true;
  }
  return false;
}

/** A theme block: the largest count of accounts it states decides. */
function judge(text: string, nouns: string[], hasBase: boolean): Verdict {
  const counts: number[] = [];
  for (const line of text.split('\n')) {
    const m = LABEL.exec(line);
    if (m) {
      const n = valueCount(m[2], nouns, NAMES_ALLOWED.test(m[1].trim()));
      if (n !== undefined) counts.push(n);
    }
  }
  counts.push(...countsIn(text, nouns));
  if (counts.length === 0) return hasBase && /\d\s*%|\b\d+\s*\/\s*\d+\b|\b\d+\s+(?:of|out of)\s+\d+\b/.test(text) ? 'ok' : 'noCount';
  return Math.max(...counts) >= 2 ? 'ok' : 'single';
}

function judgeRow(table: Table, row: TableRow, ci: number, nouns: string[], hasBase: boolean): Verdict {
  const counts: number[] = [];
  if (ci >= 0) {
    const header = normalizeTitle(stripMarkup(table.header.cells[ci]?.text ?? ''));
    const n = valueCount(stripMarkup(row.cells[ci]?.text ?? ''), nouns, NAMES_ALLOWED.test(header) || /\b(?:accounts?|customers?|clients?|companies|organi[sz]ations|tenants)\b/.test(header));
    if (n !== undefined) counts.push(n);
  }
  const text = row.cells.map((c) => stripMarkup(c.text)).join(' | ');
  counts.push(...countsIn(text, nouns));
  if (counts.length === 0) return hasBase && /\d\s*%/.test(text) ? 'ok' : 'noCount';
  return Math.max(...counts) >= 2 ? 'ok' : 'single';
}

/**
 * How many accounts a labelled value or count cell names: a leading number ("4", "4 accounts",
 * "40%"), else the number of names it lists ("Customer A, Customer C" is two). Undefined when it says nothing.
 */
function valueCount(value: string, nouns: string[], allowNames: boolean): number | undefined {
  const v = value.replace(/<!--.*?-->/g, '').trim();
  if (!v || /^(?:-|—|–|n\/a|none|unknown|tbd|\?)$/i.test(v)) return undefined;
  const inText = countsIn(v, nouns);
  if (inText.length) return Math.max(...inText);
  const pct = /^(\d+(?:\.\d+)?)\s*%/.exec(v);
  if (pct) return Number(pct[1]) > 0 ? 2 : 0;
  // A bare number counts; a number of something else ("12 mentions", "30 tickets") does not.
  const num = new RegExp(`^(?:about |around |approx\\.? |~|over |more than |at least |only |just )?(${NUM})(?=\\s*(?:$|[,;.(\\[]|\\s[-–—]))`, 'i').exec(v);
  if (num && !/^(?:a|an)$/i.test(num[1])) return toNumber(num[1]);
  if (!allowNames || /^\d/.test(v)) return undefined;
  if (/^(?:several|multiple|many|some|few|various|most|all|high|medium|low|frequent|often|rare)\b/i.test(v)) return undefined;
  const names = v.replace(/\(.*?\)/g, '').split(/\s*(?:,|;|\/|\band\b|&)\s*/i).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return names.length || undefined;
}

/** Counts attached to an account noun in free text: "4 accounts", "across six customers", "3 of 12 accounts", "40% of respondents", "a single customer". */
function countsIn(text: string, nouns: string[]): number[] {
  const out: number[] = [];
  const re = wordMatcher(nouns);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const pct = /(\d+(?:\.\d+)?)\s*%\s*(?:\(\s*\d+\s*\/\s*\d+\s*\)\s*)?(?:of\s+(?:the\s+|our\s+|all\s+)?)?(?:[\p{L}-]+\s+)?$/iu.exec(before);
    if (pct) {
      out.push(Number(pct[1]) > 0 ? 2 : 0);
      continue;
    }
    // "N of M accounts", "N/M customers": N is the count.
    const share = new RegExp(`\\b(${NUM})\\s*(?:of|out of|/)\\s*(?:the\\s+)?(?:\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu').exec(before);
    if (share) {
      out.push(toNumber(share[1]));
      continue;
    }
    const direct = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:only\\s+|just\\s+)?(${NUM})\\s+(?:(?:distinct|different|separate|enterprise|mid-market|smb|key|large|small|existing|paying|active|strategic|named|other)\\s+)?$`, 'iu').exec(before);
    if (direct) out.push(toNumber(direct[1]));
  }
  return out;
}

function toNumber(s: string): number {
  const w = NUMBER_WORDS[s.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : 0;
}

import type { MdDocument, Section } from '../document';
import { stripMarkup } from '../items';
import { isPlaceholder } from '../placeholders';
import { wordMatcher } from '../prose';
import { defineRule, type Audience, type RuleContext } from '../rule';
import { findColumn } from '../section-items';
import type { Suggestion } from '../types';
import builtIn from './quote-unapproved.words.json';

/** "(quote approved by NAME, DATE)": the inline marker recorded right after a quote. */
const MARKER = /\(\s*quote\s+approved\s+by\s+([^,()]*?)\s*(?:,\s*([^()]*?)\s*)?\)/i;
const TEMPLATE = /\{\{[^}]*\}\}|\$\{\d+(?::[^}]*)?\}/;
const ADMONITION = /^\s*(?:\[!\w+\]|(?:\*\*|__)?(?:note|notes|tip|warning|important|caution|info|disclaimer|update|edit|aside|nb|n\.b)\b(?:\*\*|__)?\s*[:.!]?)/i;
const DASH_ATTRIBUTION = /^\s*(?:—|–|―|--|~)\s*\S/;
const QUOTE_HEADING = /\b(?:quotes?|testimonials?|verbatims?|in their words|voice of the customer|what customers said)\b/;
const QUOTE_COLUMN = /^(?:(?:representative|customer|example|sample|key|direct)\s+)?(?:quotes?|verbatims?|testimonials?)$|^(?:what they said|in their words)$/;
const QUOTE_LABEL = /(?:^|\n)\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:(?:representative|customer|example|direct)\s+)?(?:quotes?|verbatim|testimonial)(?:\*\*|__)?\s*:/i;
const VENDOR_VOICE = /\bour\s+(?:ceo|cto|coo|founder|team|engineers?|se|solutions engineers?|csm|product\s+(?:team|manager|lead)|vp|head)\b/i;
const MIN_WORDS = 5;

interface Quote {
  /** Offsets into the document text. */
  start: number;
  stop: number;
  text: string;
  approved: 'yes' | 'no' | 'undated';
}

export default defineRule({
  meta: {
    id: 'quote-unapproved',
    title: 'Record who approved each customer quote, and when',
    rationale: 'A customer’s words may only be published with their approval; without a record of it, nobody can tell whether the quote is safe to share.',
    severity: 'warning',
    appliesTo: { types: ['case-study', 'feedback-summary'], audiences: ['customer', 'public'] },
    tags: ['privacy'],
    fixable: false,
    wordLists: ['speech-verbs'],
    messages: {
      unapproved: 'Quote "{quote}" has no recorded approval; add `quote_approval` to the front matter or "(quote approved by NAME, YYYY-MM-DD)" after it',
      undated: 'The approval of quote "{quote}" gives no date; write "(quote approved by NAME, YYYY-MM-DD)"',
    },
    example: {
      bad: '> We went live in three weeks instead of twelve.\n>\n> — Lee Park, Lead Architect',
      good: '> We went live in three weeks instead of twelve.\n>\n> — Lee Park, Lead Architect\n\n(quote approved by Lee Park, 2026-10-30)',
    },
  },
  check(ctx) {
    if (frontMatterApproval(ctx.fm.quote_approval)) return;
    const doc = ctx.doc;
    const quoteSections: Section[] = [];
    for (const id of ['customer-quote', 'theme-analysis']) {
      const s = ctx.sections.get(id);
      if (s) quoteSections.push(s);
    }
    for (const s of doc.sections) if (QUOTE_HEADING.test(s.norm) && !quoteSections.includes(s)) quoteSections.push(s);
    const inQuoteSection = (line: number) => quoteSections.some((s) => line > s.line && line < s.end);
    const vendors = vendorNames(ctx);
    const speech = ctx.words('speech-verbs', builtIn);

    const quotes: Quote[] = [];
    const quoteLines = blockquotes(doc, quotes, inQuoteSection);
    inlineQuotes(doc, quotes, quoteLines, speech, vendors, inQuoteSection);
    tableQuotes(doc, quotes);
    quotes.sort((a, b) => a.start - b.start);

    const escalate = effectiveAudience(ctx) === 'public' ? ('error' as const) : undefined;
    const suggestions = stubSuggestion(ctx);
    for (const q of quotes) {
      if (q.approved === 'yes') continue;
      const words = q.text.replace(/\s+/g, ' ').trim().split(' ');
      const label = words.length > 7 ? `${words.slice(0, 7).join(' ')}…` : words.join(' ');
      ctx.report({ message: ctx.msg(q.approved === 'undated' ? 'undated' : 'unapproved', { quote: label }), range: doc.lines.rangeOf(q.start, q.stop), escalate, suggestions });
    }
  },
});

/** Front matter `quote_approval: {approved_by, date}` (or a list of them) with both filled in. */
function frontMatterApproval(v: unknown): boolean {
  const ok = (x: unknown) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
    const o = x as Record<string, unknown>;
    const filled = (s: unknown) => (typeof s === 'string' && s.trim() !== '' && !isPlaceholder(s) && !TEMPLATE.test(s)) || s instanceof Date;
    return filled(o.approved_by) && filled(o.date);
  };
  return Array.isArray(v) ? v.length > 0 && v.every(ok) : ok(v);
}

/** Whether an inline marker records an approval: a name and a date, neither a placeholder. */
function markerVerdict(text: string): Quote['approved'] | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  const name = m[1]?.trim() ?? '';
  const date = m[2]?.trim() ?? '';
  if (!name || TEMPLATE.test(name) || isPlaceholder(name)) return 'no';
  if (!date) return 'undated';
  if (TEMPLATE.test(date) || isPlaceholder(date) || !/\d/.test(date)) return 'no';
  return 'yes';
}

function effectiveAudience(ctx: RuleContext): Audience {
  const a = ctx.fm.audience;
  if (a === 'internal' || a === 'customer' || a === 'public') return a;
  const def = (ctx.type?.frontMatter.properties.audience as { default?: unknown } | undefined)?.default;
  return def === 'internal' || def === 'customer' || def === 'public' ? def : ctx.audience;
}

function vendorNames(ctx: RuleContext): string[] {
  return (ctx.engagement?.stakeholders ?? []).filter((s) => s.side === 'vendor').map((s) => s.name);
}

function stubSuggestion(ctx: RuleContext): Suggestion[] | undefined {
  const fm = ctx.doc.frontMatter;
  if (!fm || fm.endLine === undefined || 'quote_approval' in ctx.fm) return undefined;
  const eol = ctx.doc.eol;
  const at = { line: fm.endLine, character: 0 };
  return [{ title: 'Add a quote_approval entry to the front matter', edits: [{ range: { start: at, end: at }, newText: `quote_approval:${eol}  approved_by: "{{Approver}}"${eol}  date: "{{YYYY-MM-DD}}"${eol}` }] }];
}

/** Blockquotes that are customer quotes; returns every blockquote line so inline scanning skips them. */
function blockquotes(doc: MdDocument, out: Quote[], inQuoteSection: (line: number) => boolean): Set<number> {
  const lines = new Set<number>();
  const isQuoteLine = (i: number) => /^ {0,3}>/.test(doc.maskedLine(i));
  for (let i = 0; i < doc.lines.lineCount; i++) {
    if (!isQuoteLine(i)) continue;
    const first = i;
    while (i + 1 < doc.lines.lineCount && isQuoteLine(i + 1)) i++;
    const last = i;
    for (let k = first; k <= last; k++) lines.add(k);
    const contentLines: Array<{ line: number; text: string; at: number }> = [];
    for (let k = first; k <= last; k++) {
      const raw = doc.maskedLine(k);
      const m = /^(?: {0,3}>\s?)+/.exec(raw);
      const at = m ? m[0].length : 0;
      contentLines.push({ line: k, text: raw.slice(at), at });
    }
    const body = contentLines.map((c) => c.text).join('\n');
    const firstContent = contentLines.find((c) => c.text.trim() !== '');
    if (!firstContent || ADMONITION.test(firstContent.text)) continue;
    if (!/[\p{L}\p{N}]/u.test(body.replace(/\{\{[^}]*\}\}|\$\{\d+(?::[^}]*)?\}/g, ''))) continue;
    // What follows the blockquote: an attribution line and the approval marker, up to two lines.
    const after: string[] = [];
    for (let k = last + 1; k < doc.lines.lineCount && after.length < 2; k++) {
      const l = doc.lines.line(k);
      if (l.trim() === '') continue;
      if (/^ {0,3}(?:#|>)/.test(l)) break;
      after.push(l);
      if (!DASH_ATTRIBUTION.test(l)) break;
    }
    const attributed = contentLines.some((c) => DASH_ATTRIBUTION.test(c.text)) || after.some((l) => DASH_ATTRIBUTION.test(l));
    const opensWithQuote = /^\s*(?:\*\*|__|\*|_)?["“„«]/.test(firstContent.text);
    if (!inQuoteSection(first) && !attributed && !opensWithQuote) continue;
    const lastContent = [...contentLines].reverse().find((c) => c.text.trim() !== '')!;
    const start = doc.lines.starts[firstContent.line] + firstContent.at + (firstContent.text.length - firstContent.text.trimStart().length);
    const stop = doc.lines.starts[lastContent.line] + lastContent.at + lastContent.text.trimEnd().length;
    const verdict = markerVerdict(body) ?? markerVerdict(after.join('\n')) ?? 'no';
    out.push({ start, stop, text: stripMarkup(firstContent.text.replace(/^\s*["“„«]/, '')), approved: verdict });
  }
  return lines;
}

/** Quoted sentences in paragraphs, list items and rows, attributed by a speech verb, a dash or a "Quote:" label. */
function inlineQuotes(doc: MdDocument, out: Quote[], quoteLines: Set<number>, speech: string[], vendors: string[], inQuoteSection: (line: number) => boolean): void {
  const blocks = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'row');
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (quoteLines.has(b.line)) continue;
    if (b.kind === 'row' && b.row === b.table?.header) continue;
    const text = doc.masked.slice(b.start, b.stop);
    const spans = quotedSpans(text);
    if (spans.length === 0) continue;
    const labelled = QUOTE_LABEL.test(text) || (b.listItem !== undefined && QUOTE_LABEL.test(doc.maskedLine(b.listItem.line)));
    spans.forEach(([a, z], k) => {
      const inner = text.slice(a + 1, z - 1).replace(/^["“]|["”’']+$/g, '');
      if (TEMPLATE.test(inner) || (inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length < MIN_WORDS) return;
      const context = contextOf(text, a, z, spans);
      const right = text.slice(z, spans[k + 1]?.[0] ?? text.length);
      const dashOrParen = /^\s*[,.]?\s*(?:[—–―~]|--|\(\s*[A-Z])/.test(right);
      const attributed = labelled || dashOrParen || spokenByPerson(context, speech) || (inQuoteSection(b.line) && /^\s*["“]/.test(text));
      if (!attributed) return;
      if ((vendors.length > 0 && wordMatcher(vendors).test(context)) || VENDOR_VOICE.test(context)) return;
      let verdict = markerVerdict(right);
      if (verdict === undefined && k === spans.length - 1) {
        const next = blocks[bi + 1];
        if (next && next.line <= b.end + 1) verdict = /^\s*\(\s*quote\s+approved/i.test(doc.masked.slice(next.start, next.stop)) ? markerVerdict(doc.masked.slice(next.start, next.stop)) : undefined;
      }
      out.push({ start: b.start + a, stop: b.start + z, text: inner, approved: verdict ?? 'no' });
    });
  }
}

/** Things that "say" text without being a person: quoting them is not quoting a customer. */
const NOT_A_SPEAKER = /\b(?:documentation|docs|guide|manual|readme|rfc|spec|specification|standard|contract|policy|agreement|sla|error|message|log|logs|banner|screen|page|dialog|prompt|ui|api|response|release notes|faq|article|ticket|title|label|question|survey|form|field|sign|website|site)\s*$/i;

/** A speech verb in the context whose subject is not a document, message or screen. */
function spokenByPerson(context: string, speech: string[]): boolean {
  const re = wordMatcher(speech);
  for (let m = re.exec(context); m; m = re.exec(context)) {
    const before = context.slice(Math.max(0, m.index - 40), m.index).replace(/[,\s]+$/, '').replace(/\b(?:also|then|later|once|clearly|simply|still|now)$/i, '').trimEnd();
    if (!NOT_A_SPEAKER.test(before)) return true;
  }
  return false;
}

/** Cells of a quote column ("Representative quote") hold quotes; the marker may sit in the cell. */
function tableQuotes(doc: MdDocument, out: Quote[]): void {
  for (const t of doc.tables) {
    const qi = findColumn(t, (n) => QUOTE_COLUMN.test(n));
    if (qi < 0) continue;
    for (const row of t.rows) {
      const c = row.cells[qi];
      if (!c) continue;
      const text = stripMarkup(c.text);
      if (!text || /^(?:-|—|–|n\/a|none)$/i.test(text) || TEMPLATE.test(text) || isPlaceholder(text)) continue;
      const start = doc.lines.starts[row.line] + c.range.start.character;
      // A quoted sentence in the cell is already found by the inline scan.
      if (out.some((q) => q.start >= start && q.start < start + c.text.length)) continue;
      out.push({ start, stop: start + c.text.length, text: text.replace(/^["“]/, ''), approved: markerVerdict(c.text) ?? 'no' });
    }
  }
}

/** [open, close) offsets of quoted runs: “…”, "…", and “…’’ as some writers close them. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let kind = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0) {
      if (c === '“' || (c === '"' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
        open = i;
        kind = c;
      }
      continue;
    }
    if ((kind === '“' && c === '”') || (kind === '"' && c === '"') || (kind === '“' && c === '"')) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (kind === '“' && (text.startsWith('’’', i) || text.startsWith("''", i))) {
      spans.push([open, i + 2]);
      open = -1;
      i++;
    } else if (c === '\n' && text[i + 1] === '\n') open = -1;
  }
  return spans;
}

/** The sentence(s) around a quote, the quoted text itself left out. */
function contextOf(text: string, a: number, z: number, spans: Array<[number, number]>): string {
  const inQuote = (i: number) => spans.some(([s, e]) => i >= s && i < e);
  const sentenceStart = (from: number) => {
    let s = from;
    while (s > 0 && !(/[.!?]/.test(text[s - 1]) && /\s/.test(text[s] ?? ' ') && !inQuote(s - 1))) s--;
    return s;
  };
  let s = sentenceStart(a);
  // A quote that opens its own sentence is attributed by the sentence before it ("…, Wafaa says. “For us…”").
  if (s > 0 && !/[\p{L}\p{N}]/u.test(text.slice(s, a))) s = sentenceStart(s - 1);
  let e = z;
  while (e < text.length && !(/[.!?]/.test(text[e]) && !inQuote(e))) e++;
  return `${text.slice(s, a)} ${text.slice(z, Math.min(text.length, e + 1))}`;
}

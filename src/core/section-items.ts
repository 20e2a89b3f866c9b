import { AttachedCache } from './attached-cache';
import type { ListItem, MdDocument, Section, Table, TableRow } from './document';
import { shorten, stripMarkup } from './items';
import { findWord } from './prose';
import { normalizeTitle } from './text';
import type { Range } from './types';

/**
 * One entry of a section that lists things (prerequisites, environment details, risks, gaps):
 * a table row, a top-level list item (with its nested lines), or a direct sub-heading's block.
 */
export interface SectionItem {
  kind: 'row' | 'list' | 'heading';
  /** First line and exclusive end line of the item (nested items and the heading's body included). */
  line: number;
  end: number;
  /** First cell, first-line text or heading title, without markup, shortened for messages. */
  label: string;
  labelRange: Range;
  table: Table | undefined;
  row: TableRow | undefined;
  listItem: ListItem | undefined;
  heading: Section | undefined;
}

export interface ItemOptions {
  /** Treat a list item whose own text ends with ":" and which has nested items as a group: its children are the items. */
  expandGroups?: boolean;
  /**
   * Also return the direct sub-headings of the section as items (blocks such as "### Risk: …"),
   * their lists being part of them. A sub-heading holding a table, or one `isGroup` accepts
   * ("### Technical risks"), is a group instead: its rows and list items are the items.
   */
  headings?: boolean;
  isGroup?: (heading: Section) => boolean;
}

/** The rows, top-level list items and (optionally) sub-heading blocks of a section, in document order. */
export function sectionItems(doc: MdDocument, section: Section, opts: ItemOptions = {}): SectionItem[] {
  const out: SectionItem[] = [];
  const inSection = (line: number) => line > section.line && line < section.end;
  const blocks: Section[] = [];
  if (opts.headings) {
    for (const h of doc.sections) {
      if (h.parent !== section) continue;
      const hasTable = doc.tables.some((t) => t.line > h.line && t.line < h.end);
      if (hasTable || opts.isGroup?.(h)) continue;
      blocks.push(h);
      out.push({ kind: 'heading', line: h.line, end: h.end, label: shorten(stripMarkup(h.title)), labelRange: h.titleRange, table: undefined, row: undefined, listItem: undefined, heading: h });
    }
  }
  const inBlock = (line: number) => blocks.some((h) => line > h.line && line < h.end);
  for (const table of doc.tables) {
    if (!inSection(table.line) || inBlock(table.line)) continue;
    for (const row of table.rows) {
      if (row.cells.every((c) => stripMarkup(c.text) === '')) continue;
      const first = row.cells.find((c) => stripMarkup(c.text) !== '') ?? row.cells[0];
      out.push({ kind: 'row', line: row.line, end: row.line + 1, label: shorten(stripMarkup(first?.text ?? '')), labelRange: first ? first.range : row.range, table, row, listItem: undefined, heading: undefined });
    }
  }
  const tops = doc.listItems.filter((li) => inSection(li.line) && !inBlock(li.line) && (!li.parent || li.parent.line <= section.line));
  for (const li of tops) {
    const children = doc.listItems.filter((c) => c.parent === li);
    if (opts.expandGroups && children.length > 0 && /:\s*$/.test(stripMarkup(li.text))) {
      for (const c of children) pushItem(out, c);
    } else pushItem(out, li);
  }
  out.sort((a, b) => a.line - b.line);
  return out;
}

function pushItem(out: SectionItem[], li: ListItem): void {
  if (!li.text.trim()) return;
  out.push({ kind: 'list', line: li.line, end: li.end, label: shorten(stripMarkup(li.text)), labelRange: li.textRange, table: undefined, row: undefined, listItem: li, heading: undefined });
}

/**
 * Text of lines [from, to) as prose plus code: comments, link destinations and bare URLs are
 * blanked (offsets kept), code spans and fenced code are kept. Front matter is never included.
 */
export function textWithCode(doc: MdDocument, from: number, to: number): string {
  const start = doc.lines.starts[Math.max(0, from)] ?? doc.text.length;
  const stop = to >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[to];
  const chars = doc.text.slice(start, stop).split('');
  const blank = (a: number, b: number) => {
    for (let i = Math.max(a, start); i < Math.min(b, stop); i++) if (chars[i - start] !== '\n' && chars[i - start] !== '\r') chars[i - start] = ' ';
  };
  for (const c of doc.comments) if (c.stop > start && c.start < stop) blank(c.start, c.stop);
  const s = chars.join('');
  const out = s.split('');
  const re = /\]\((?:[^()\n]|\([^()\n]*\))*\)|\bhttps?:\/\/[^\s|<>`)]+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const a = m[0].startsWith(']') ? m.index + 1 : m.index;
    for (let i = a; i < m.index + m[0].length; i++) out[i] = ' ';
  }
  // Front matter lines (when `from` reaches into it) stay blank as in the masked text.
  const body = doc.frontMatter?.endLine !== undefined ? doc.lines.starts[doc.frontMatter.bodyLine] ?? doc.text.length : 0;
  for (let i = start; i < Math.min(body, stop); i++) if (out[i - start] !== '\n' && out[i - start] !== '\r') out[i - start] = ' ';
  return out.join('');
}

/** Masked text (code, comments, link targets blanked) of lines [from, to). */
export function maskedText(doc: MdDocument, from: number, to: number): string {
  const start = doc.lines.starts[Math.max(0, from)] ?? doc.text.length;
  const stop = to >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[to];
  return doc.masked.slice(start, stop);
}

// Normalised header cells, once per parsed table (tables are immutable).
const headerCache = new AttachedCache<Table, string[]>('headerCache');

/** Index of the first header cell whose normalised text satisfies `test`, or -1. */
export function findColumn(table: Table, test: (norm: string) => boolean): number {
  let norms = headerCache.get(table);
  if (!norms) {
    norms = table.header.cells.map((c) => normalizeTitle(stripMarkup(c.text)));
    headerCache.set(table, norms);
  }
  return norms.findIndex(test);
}

/** The first heading anywhere in the document whose normalised title satisfies `test`. */
export function findHeading(doc: MdDocument, test: (norm: string) => boolean): Section | undefined {
  return doc.sections.find((s) => test(s.norm));
}

/**
 * Whether the list holding an item is introduced by a sentence about responses rather than
 * risks ("This is mitigated by:"): its items are the mitigations of a risk stated in prose.
 */
export function introducesResponses(doc: MdDocument, sectionLine: number, line: number, words: string[]): boolean {
  let intro: (typeof doc.blocks)[number] | undefined;
  for (const b of doc.blocks) {
    if (b.line <= sectionLine || b.line >= line) continue;
    if (b.kind === 'paragraph' && !b.listItem) intro = b;
  }
  if (!intro) return false;
  for (let l = intro.end; l < line; l++) {
    if (doc.lines.line(l).trim() !== '' && !doc.listItems.some((li) => li.line <= l && l < li.end)) return false;
  }
  const text = doc.masked.slice(intro.start, intro.stop);
  return !!findWord(text, words) && !/\b(?:risks?|gaps?|threats?|concerns?|issues?)\b/i.test(text);
}

import { parseBlocks, type Token } from './block-parser';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { maskInline, newCandidateMemo, splitRow, type Interval } from './inline';
import { LineIndex, detectEol, normalizeTitle } from './text';
import type { Range } from './types';

export interface Section {
  level: number;
  title: string;
  /** `normalizeTitle(title)`. */
  norm: string;
  /** Line of the heading. */
  line: number;
  /** Exclusive end line: the next heading of the same or a higher level, or the end of the document. */
  end: number;
  /** Exclusive end of the section's own text: the next heading of any level. */
  contentEnd: number;
  titleRange: Range;
  parent: Section | undefined;
}

export interface Cell {
  /** Trimmed cell text as written (markup included). */
  text: string;
  range: Range;
}

export interface TableRow {
  line: number;
  cells: Cell[];
  range: Range;
}

export interface Table {
  line: number;
  /** Exclusive end line. */
  end: number;
  header: TableRow;
  rows: TableRow[];
}

export interface ListItem {
  line: number;
  /** Exclusive end line (nested items included). */
  end: number;
  ordered: boolean;
  /** 0 for a top-level item. */
  depth: number;
  /** First-line text after the marker and the checkbox, trimmed (masked: code and link targets blanked). */
  text: string;
  textRange: Range;
  task: { checked: boolean; boxRange: Range } | undefined;
  parent: ListItem | undefined;
}

export type BlockKind = 'paragraph' | 'heading' | 'row';

/** A run of prose the rules read: a paragraph, a heading's text or a table row. */
export interface Block {
  kind: BlockKind;
  line: number;
  /** Exclusive end line. */
  end: number;
  /** Offsets into `text` / `masked`. */
  start: number;
  stop: number;
  listItem: ListItem | undefined;
  table: Table | undefined;
  row: TableRow | undefined;
}

export interface Comment {
  /** The whole comment including `<!--` and `-->`. */
  text: string;
  start: number;
  stop: number;
  range: Range;
}

export interface MdDocument {
  /** The text as given, less a leading BOM. */
  text: string;
  hadBom: boolean;
  eol: '\n' | '\r\n';
  lines: LineIndex;
  /** `text` with front matter, code, HTML, comments and link targets blanked to spaces (same offsets). */
  masked: string;
  frontMatter: FrontMatter | undefined;
  sections: Section[];
  tables: Table[];
  listItems: ListItem[];
  blocks: Block[];
  comments: Comment[];
  /** Fenced and indented code blocks as [line, exclusive end line); an unclosed fence runs to the end. */
  codeBlocks: Array<{ line: number; end: number }>;
  /** Link reference labels defined in the document, upper-cased as markdown-it normalises them. */
  references: Set<string>;
  /** The innermost section containing `line`, if any. */
  sectionAt(line: number): Section | undefined;
  /** Masked text of line `i`. */
  maskedLine(i: number): string;
}

const TASK = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+)\[([ xX])\](?=\s|$)/;
const ITEM = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)]))(\s+|$)/;

/** Parses a Markdown document once into the model the rules read. Never throws on any string. */
export function parseDocument(input: string): MdDocument {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(lines);
  const bodyLine = frontMatter?.endLine !== undefined ? frontMatter.bodyLine : 0;

  const masks: Interval[] = [];
  if (bodyLine > 0) masks.push([0, lines.starts[bodyLine] ?? text.length]);
  // markdown-it sees the body only; offsetting its line numbers keeps them ours.
  const body = bodyLine > 0 ? text.slice(lines.starts[bodyLine] ?? text.length) : text;
  let tokens: Token[] = [];
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  try {
    tokens = parseBlocks(body, env);
  } catch {
    tokens = [];
  }

  const sections: Section[] = [];
  const tables: Table[] = [];
  const listItems: ListItem[] = [];
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  const codeBlocks: Array<{ line: number; end: number }> = [];
  const inlineRanges: Array<[number, number, BlockKind]> = [];
  const openItems: ListItem[] = [];
  const ordered: boolean[] = [];
  let table: Table | undefined;
  let inHead = false;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map ? [t.map[0] + bodyLine, t.map[1] + bodyLine] : undefined;
    switch (t.type) {
      case 'heading_open': {
        if (!map) break;
        const level = Number(t.tag.slice(1));
        const title = (tokens[i + 1]?.content ?? '').trim();
        const lineText = lines.line(map[0]);
        const at = title ? lineText.indexOf(title) : -1;
        const titleRange = at >= 0
          ? { start: { line: map[0], character: at }, end: { line: map[0], character: at + title.length } }
          : lines.trimmedLineRange(map[0]);
        sections.push({ level, title, norm: normalizeTitle(title), line: map[0], end: lines.lineCount, contentEnd: lines.lineCount, titleRange, parent: undefined });
        inlineRanges.push([map[0], map[1], 'heading']);
        break;
      }
      case 'paragraph_open':
        if (map && !table) inlineRanges.push([map[0], map[1], 'paragraph']);
        break;
      case 'fence':
      case 'code_block':
        if (map) {
          masks.push([lines.starts[map[0]], lines.ends[Math.max(map[0], map[1] - 1)]]);
          codeBlocks.push({ line: map[0], end: map[1] });
        }
        break;
      case 'html_block':
        if (map) {
          const start = lines.starts[map[0]];
          const stop = lines.ends[Math.max(map[0], map[1] - 1)];
          masks.push([start, stop]);
          collectComments(text, start, stop, lines, comments);
        }
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        ordered.push(t.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        ordered.pop();
        break;
      case 'list_item_open': {
        if (!map) break;
        const item = listItem(lines, map[0], map[1], ordered[ordered.length - 1] ?? false, openItems);
        listItems.push(item);
        openItems.push(item);
        break;
      }
      case 'list_item_close':
        openItems.pop();
        break;
      case 'table_open':
        if (map) table = { line: map[0], end: map[1], header: undefined as unknown as TableRow, rows: [] };
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        if (table && map) {
          const row = splitRow(lines, map[0]);
          if (inHead) table.header = row;
          else table.rows.push(row);
          inlineRanges.push([map[0], map[0] + 1, 'row']);
        }
        break;
      case 'table_close':
        if (table?.header) tables.push(table);
        table = undefined;
        break;
      default:
        break;
    }
  }

  // Section extents: a heading's section runs to the next heading of the same or a higher level.
  const stack: Section[] = [];
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    s.contentEnd = k + 1 < sections.length ? sections[k + 1].line : lines.lineCount;
    while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop()!.end = s.line;
    s.parent = stack[stack.length - 1];
    stack.push(s);
  }

  // Inline markup that rules must not read as prose: code spans, comments, link targets, tags.
  let ti = 0;
  let li = 0;
  const memo = newCandidateMemo();
  for (const [a, b, kind] of inlineRanges) {
    const start = lines.starts[a];
    const stop = lines.ends[Math.max(a, b - 1)];
    maskInline(text, start, stop, masks, (s, e) => collectComments(text, s, e, lines, comments), memo);
    while (ti < tables.length && tables[ti].end <= a) ti++;
    const tbl = kind === 'row' && ti < tables.length && tables[ti].line <= a ? tables[ti] : undefined;
    // Rows are one line each, in order, after the header and delimiter: index, do not search (a search per row is quadratic).
    const guess = tbl?.rows[a - tbl.line - 2];
    const row = tbl ? (tbl.header.line === a ? tbl.header : guess?.line === a ? guess : tbl.rows.find((r) => r.line === a)) : undefined;
    while (li < listItems.length && listItems[li].line <= a) li++;
    blocks.push({ kind, line: a, end: b, start, stop, listItem: kind === 'paragraph' ? innermostItem(listItems, li, a) : undefined, table: tbl, row });
  }
  comments.sort((x, y) => x.start - y.start);

  const masked = applyMasks(text, masks);
  const maskedLines = new Map<number, string>();
  for (const item of listItems) {
    // Item text is read from the masked text so code and link targets never look like prose.
    const s = masked.slice(lines.starts[item.textRange.start.line] + item.textRange.start.character, lines.starts[item.textRange.end.line] + item.textRange.end.character);
    item.text = s.trim();
  }

  const headingLines = sections.map((s) => s.line);
  return {
    text,
    hadBom,
    eol: detectEol(text),
    lines,
    masked,
    frontMatter,
    sections,
    tables,
    listItems,
    blocks,
    comments,
    codeBlocks,
    references: new Set(Object.keys(env.references ?? {})),
    sectionAt(line: number) {
      let lo = 0;
      let hi = headingLines.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (headingLines[mid] <= line) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found >= 0 ? sections[found] : undefined;
    },
    maskedLine(i: number) {
      let s = maskedLines.get(i);
      if (s === undefined) {
        s = masked.slice(lines.starts[i], lines.ends[i]);
        maskedLines.set(i, s);
      }
      return s;
    },
  };
}

function listItem(lines: LineIndex, line: number, end: number, ordered: boolean, open: ListItem[]): ListItem {
  const s = lines.line(line);
  const parent = open[open.length - 1];
  const depth = parent ? parent.depth + 1 : 0;
  const task = TASK.exec(s);
  let textStart: number;
  let box: ListItem['task'];
  if (task) {
    const at = task[1].length;
    box = { checked: task[2] !== ' ', boxRange: { start: { line, character: at }, end: { line, character: at + 3 } } };
    textStart = at + 3;
  } else {
    const m = ITEM.exec(s);
    textStart = m ? m[1].length : 0;
  }
  while (textStart < s.length && (s[textStart] === ' ' || s[textStart] === '\t')) textStart++;
  const textEnd = Math.max(textStart, s.trimEnd().length);
  return {
    line,
    end,
    ordered,
    depth,
    text: s.slice(textStart, textEnd),
    textRange: { start: { line, character: textStart }, end: { line, character: textEnd } },
    task: box,
    parent,
  };
}

function innermostItem(items: ListItem[], upto: number, line: number): ListItem | undefined {
  for (let k = upto - 1; k >= 0; k--) {
    const it = items[k];
    if (it.line <= line && line < it.end) return it;
    if (it.depth === 0 && it.end <= line) break;
  }
  return undefined;
}

function collectComments(text: string, start: number, stop: number, lines: LineIndex, out: Comment[]): void {
  let at = text.indexOf('<!--', start);
  while (at >= 0 && at < stop) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 || close + 3 > stop ? stop : close + 3;
    out.push({ text: text.slice(at, end), start: at, stop: end, range: lines.rangeOf(at, end) });
    at = text.indexOf('<!--', end);
  }
}

/** Blanks every interval to spaces, keeping line breaks so offsets and lines stay put. */
function applyMasks(text: string, masks: Interval[]): string {
  if (masks.length === 0) return text;
  masks.sort((x, y) => x[0] - y[0]);
  const out: string[] = [];
  let at = 0;
  for (const [a0, b] of masks) {
    const a = Math.max(a0, at);
    if (b <= a) continue;
    out.push(text.slice(at, a));
    blank(text, a, b, out);
    at = b;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** Pushes [a, b) of `text` as spaces, its line breaks kept (no regular expression: this runs on every masked span). */
function blank(text: string, a: number, b: number, out: string[]): void {
  let run = a;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > run) out.push(' '.repeat(i - run));
      out.push(c === 10 ? '\n' : '\r');
      run = i + 1;
    }
  }
  if (b > run) out.push(' '.repeat(b - run));
}

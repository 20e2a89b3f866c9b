import { AttachedCache } from './attached-cache';
import type { Block, MdDocument, Section } from './document';
import type { Range } from './types';

/** A unit of prose a content rule judges on its own: a sentence, a list item's sentence, or a whole table row. */
export interface Unit {
  kind: 'sentence' | 'row';
  /** Masked text (code, comments, link targets blanked), same length as the source slice. */
  text: string;
  start: number;
  stop: number;
  block: Block;
}

/** Sentence ends: . ! ? followed by space/end, not after a common abbreviation or a single initial. */
const SENTENCE_END = /[.!?]+(?=\s|$)/g;
const ABBREV = /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|no|fig|mr|mrs|ms|dr|inc|ltd|co|st|min|max|avg|est)|\b[A-Z])\.$/i;

/** The prose units of lines [from, to), or of a section (its own text and its subsections). */
export function unitsOf(doc: MdDocument, from: number | Section, to?: number): Unit[] {
  const a = typeof from === 'number' ? from : from.line + 1;
  const b = typeof from === 'number' ? (to ?? doc.lines.lineCount) : from.end;
  // Performance (bench/README.md): a dozen rules ask for the units of their sections; the
  // document is split once and each request takes its blocks' units (units are shared: rules
  // only read them). Blocks come in line order, so the units of [a, b) are one run of them.
  const { all, sorted } = allUnits(doc);
  if (!sorted) return all.filter((u) => u.block.line >= a && u.block.line < b);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].block.line < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Unit[] = [];
  for (let i = lo; i < all.length && all[i].block.line < b; i++) out.push(all[i]);
  return out;
}

const unitCache = new AttachedCache<MdDocument, { all: Unit[]; sorted: boolean }>('unitCache');

function allUnits(doc: MdDocument): { all: Unit[]; sorted: boolean } {
  let units = unitCache.get(doc);
  if (!units) {
    const all = splitUnits(doc, 0, doc.lines.lineCount);
    units = { all, sorted: all.every((u, i) => i === 0 || all[i - 1].block.line <= u.block.line) };
    unitCache.set(doc, units);
  }
  return units;
}

function splitUnits(doc: MdDocument, a: number, b: number): Unit[] {
  const out: Unit[] = [];
  for (const block of doc.blocks) {
    if (block.line < a || block.line >= b || block.kind === 'heading') continue;
    if (block.kind === 'row') {
      if (block.row && block.table && block.row !== block.table.header) out.push({ kind: 'row', text: doc.masked.slice(block.start, block.stop), start: block.start, stop: block.stop, block });
      continue;
    }
    splitSentences(doc.masked, block.start, block.stop, (s, e) => out.push({ kind: 'sentence', text: doc.masked.slice(s, e), start: s, stop: e, block }));
  }
  return out;
}

function splitSentences(text: string, start: number, stop: number, emit: (s: number, e: number) => void): void {
  const src = text.slice(start, stop);
  let at = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(src); m; m = SENTENCE_END.exec(src)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && ABBREV.test(src.slice(Math.max(at, m.index - 8), end))) continue;
    // A decimal point is not a sentence end ("3.5").
    if (m[0] === '.' && /\d/.test(src[m.index - 1] ?? '') && /\d/.test(src[end] ?? '')) continue;
    pushTrimmed(src, at, end, start, emit);
    at = end;
  }
  pushTrimmed(src, at, src.length, start, emit);
}

function pushTrimmed(src: string, a: number, b: number, base: number, emit: (s: number, e: number) => void): void {
  let x = a;
  let y = b;
  while (x < y && /[\s>*+\-|#]/.test(src[x]) && !/[-+]\d/.test(src.slice(x, x + 2))) x++;
  // List markers ("1. ", "- [ ] ") at the start of a unit are not prose.
  const marker = /^(?:\d{1,9}[.)]\s+|\[[ xX]\]\s+)+/.exec(src.slice(x, y));
  if (marker) x += marker[0].length;
  while (y > x && /\s/.test(src[y - 1])) y--;
  if (y > x && /[\p{L}\p{N}]/u.test(src.slice(x, y))) emit(base + x, base + y);
}

const NUMBER_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|half|double|twice|triple|dozen';
const QUANTITY = new RegExp(
  [
    '\\d', // any figure: 40%, 3 weeks, 12.5 ms, 2026-11-02, v2.4, $1.2M, p95
    `\\b(?:${NUMBER_WORDS})\\b`,
    '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\s+\\d',
  ].join('|'),
  'i',
);

/** Whether a text carries a figure: a number, percentage, unit, date or a number word. */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

// Keyed by the list's content: each lint run builds its lists afresh, the patterns need not be.
const listCache = new Map<string, RegExp>();

/**
 * A case-insensitive matcher for whole words or phrases from a list. The list's entries are
 * words, never patterns: every character is matched literally.
 */
export function wordMatcher(words: readonly string[]): RegExp {
  // Rules pass the same list array for every document (the engine keeps it while the
  // configuration's words are the same): found by identity first, then by content.
  let re = byList.get(words);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  const key = words.join('\u0000');
  re = listCache.get(key);
  if (!re) {
    const parts = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = parts.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : /(?!)/g;
    if (listCache.size > 256) listCache.clear();
    listCache.set(key, re);
  }
  byList.set(words, re);
  re.lastIndex = 0;
  return re;
}

const byList = new WeakMap<readonly string[], RegExp>();

/** The first match of any listed word in `text`, with its offset. */
export function findWord(text: string, words: readonly string[]): { word: string; index: number } | undefined {
  const re = wordMatcher(words);
  const m = re.exec(text);
  return m ? { word: m[0], index: m.index } : undefined;
}

/** Range of a unit, or of a part of it [offset, offset + length). */
export function unitRange(doc: MdDocument, u: Unit, offset = 0, length = u.stop - u.start - offset): Range {
  return doc.lines.rangeOf(u.start + offset, u.start + offset + length);
}

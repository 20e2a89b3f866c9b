import type { TableRow } from './document';
import type { LineIndex } from './text';

/** Half-open offset interval [start, stop). */
export type Interval = [number, number];

const BACKTICK = 96;
const BACKSLASH = 92;

/**
 * Adds to `masks` the parts of an inline run (paragraph, heading, table row) that are not
 * prose: code spans, HTML comments and tags, link destinations, autolinks and bare URLs.
 * A linear scan; no regular expression here can backtrack.
 */
export function maskInline(text: string, start: number, stop: number, masks: Interval[], onComment: (s: number, e: number) => void, memo: CandidateMemo = newCandidateMemo()): void {
  let i = start;
  while (i < stop) {
    // Jump to the next character that can start markup; everything before it is prose.
    i = nextCandidate(text, i, memo);
    if (i < 0 || i >= stop) return;
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      i += 2;
      continue;
    }
    if (c === BACKTICK) {
      let n = 1;
      while (i + n < stop && text.charCodeAt(i + n) === BACKTICK) n++;
      const close = findRun(text, i + n, stop, n);
      if (close < 0) {
        i += n;
        continue;
      }
      masks.push([i, close + n]);
      i = close + n;
      continue;
    }
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        const end = close < 0 || close + 3 > stop ? stop : close + 3;
        masks.push([i, end]);
        onComment(i, end);
        i = end;
        continue;
      }
      const gt = text.indexOf('>', i + 1);
      if (gt > 0 && gt < stop && /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z/][^<>\n]*|[^\s@<>]+@[^\s@<>]+)>$/.test(text.slice(i, gt + 1))) {
        masks.push([i, gt + 1]);
        i = gt + 1;
        continue;
      }
    }
    if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const end = closeParen(text, i + 1, stop);
      if (end > 0) {
        masks.push([i + 1, end + 1]);
        i = end + 1;
        continue;
      }
    }
    if ((c === 104 /* h */ || c === 102 /* f */) && (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('ftp://', i))) {
      let e = i;
      while (e < stop && !isSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== 124 /* | */ && text.charCodeAt(e) !== 60) e++;
      // Trailing punctuation belongs to the sentence, not the URL.
      while (e > i && /[.,;:!?)\]'"]/.test(text[e - 1])) e--;
      masks.push([i, e]);
      i = e;
      continue;
    }
    i++;
  }
}

// Performance (see bench/README.md): the characters the scan acts on, found by one native
// regular-expression search instead of a test per character. A match is exactly where the
// loop above would act: `\\`, a backtick, `<`, `](`, or a URL scheme.
const CANDIDATE = /[\\`<]|\](?=\()|(?:https?|ftp):\/\//g;
/**
 * The last candidate search over one text: from `from`, the next candidate is at `found`
 * (-1: none). Any position in [from, found] has the same next candidate, which keeps a run of
 * short inline ranges from searching the same stretch of text again. One per parse.
 */
export interface CandidateMemo {
  from: number;
  found: number;
}

export function newCandidateMemo(): CandidateMemo {
  return { from: 0, found: -2 };
}

function nextCandidate(text: string, from: number, memo: CandidateMemo): number {
  if (memo.found !== -2 && from >= memo.from && (memo.found < 0 || from <= memo.found)) return memo.found;
  CANDIDATE.lastIndex = from;
  const m = CANDIDATE.exec(text);
  memo.from = from;
  memo.found = m ? m.index : -1;
  return memo.found;
}

function findRun(text: string, from: number, stop: number, n: number): number {
  let i = from;
  while (i < stop) {
    const at = text.indexOf('`', i);
    if (at < 0 || at >= stop) return -1;
    let m = 1;
    while (at + m < stop && text.charCodeAt(at + m) === BACKTICK) m++;
    if (m === n) return at;
    i = at + m;
  }
  return -1;
}

/** Index of the `)` closing the `(` at `open`, allowing one level of nesting; -1 if none on the run. */
function closeParen(text: string, open: number, stop: number): number {
  let depth = 0;
  for (let i = open; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13) return -1;
    }
    if (c === 40) depth++;
    else if (c === 41) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Splits a table row line into trimmed cells at unescaped pipes. */
export function splitRow(lines: LineIndex, line: number): TableRow {
  const s = lines.line(line);
  const cells: TableRow['cells'] = [];
  // Leading blockquote or list markers are not part of the row.
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '>')) i++;
  if (s[i] === '|') i++;
  let cellStart = i;
  const push = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x < y && (s[x] === ' ' || s[x] === '\t')) x++;
    while (y > x && (s[y - 1] === ' ' || s[y - 1] === '\t')) y--;
    cells.push({ text: s.slice(x, y), range: { start: { line, character: x }, end: { line, character: y } } });
  };
  // As GFM: every unescaped pipe splits, inside backticks too.
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === 124) {
      push(cellStart, i);
      cellStart = i + 1;
    }
  }
  const rest = s.slice(cellStart);
  if (rest.trim().length > 0) push(cellStart, s.length);
  const trimmed = lines.trimmedLineRange(line);
  return { line, cells, range: trimmed };
}

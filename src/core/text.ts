import type { Position, Range } from './types';

/**
 * Line table over a text. Lines end at \r\n, \n or a lone \r, as in VS Code, so
 * positions agree with the editor's whatever the file's line endings.
 */
export class LineIndex {
  readonly starts: number[];
  /** Offset where each line's content ends (before its line break). */
  readonly ends: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    const n = text.length;
    // Performance (see bench/README.md): without a \r, line breaks are found by native search.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
      ends.push(n);
      this.starts = starts;
      this.ends = ends;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(n);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  offsetAt(p: Position): number {
    const line = Math.min(Math.max(p.line, 0), this.starts.length - 1);
    return Math.min(this.starts[line] + Math.max(p.character, 0), this.ends[line]);
  }

  positionAt(offset: number): Position {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.ends[lo]) - this.starts[lo] };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The range of line `i`'s content without its line break. */
  lineRange(i: number): Range {
    const len = this.ends[i] - this.starts[i];
    return { start: { line: i, character: 0 }, end: { line: i, character: len } };
  }

  /** The range of line `i` from its first to its last non-blank character. */
  trimmedLineRange(i: number): Range {
    const s = this.line(i);
    const first = s.search(/\S/);
    if (first < 0) return this.lineRange(i);
    return { start: { line: i, character: first }, end: { line: i, character: s.trimEnd().length } };
  }
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** Lower-case, drop numbering, punctuation and emoji, `&` as "and": for comparing headings and column names. */
export function normalizeTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

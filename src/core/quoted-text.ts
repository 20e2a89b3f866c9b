import type { MdDocument } from './document';

// A quotation longer than this is more likely an unmatched mark than a quote.
const MAX_QUOTE = 400;

/**
 * `text` with every double-quoted passage ("…" or “…”, on one line) blanked to
 * spaces, same length, so that words a customer said are not read as the author's own claim
 * or request. Single quotes are left alone, as they double as apostrophes. Linear time.
 */
export function blankQuoted(text: string): string {
  if (!/["\u201c]/.test(text)) return text;
  const n = text.length;
  // Next straight quote, next closing curly quote, and next line break at or after each offset.
  const nextStraight = new Int32Array(n + 1).fill(n);
  const nextCurly = new Int32Array(n + 1).fill(n);
  const nextBreak = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    nextStraight[i] = c === 34 ? i : nextStraight[i + 1];
    nextCurly[i] = c === 0x201d ? i : nextCurly[i + 1];
    nextBreak[i] = c === 10 || c === 13 ? i : nextBreak[i + 1];
  }
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 0x201c) continue;
    const close = c === 34 ? nextStraight[i + 1] : nextCurly[i + 1];
    if (close >= n || close - i - 1 < 1 || close - i - 1 > MAX_QUOTE || nextBreak[i + 1] < close) continue;
    out.push(text.slice(at, i), ' '.repeat(close + 1 - i));
    at = close + 1;
    i = close;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** Whether line `line` belongs to a blockquote (`>` after indentation or a list marker). */
export function isBlockquoteLine(doc: MdDocument, line: number): boolean {
  if (line < 0 || line >= doc.lines.lineCount) return false;
  return /^ {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?>/.test(doc.lines.line(line));
}

// The smallest single edit turning one text into another: fix-all results are applied this way so
// that the cursor, folding and undo of the untouched parts of a document stay as they were.
import { LineIndex } from '../../core/text';
import type { TextEdit } from '../../core/types';

export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && endB > start && before.charCodeAt(endA - 1) === after.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // Never split a CRLF or a surrogate pair: positions inside one do not exist for the editor.
  if (start > 0 && (isPairStart(before, start - 1) || isPairStart(after, start - 1))) start--;
  if (endA < before.length && isPairStart(before, endA - 1)) {
    endA++;
    endB++;
  }
  const lines = new LineIndex(before);
  return { range: lines.rangeOf(start, endA), newText: after.slice(start, endB) };
}

function isPairStart(s: string, i: number): boolean {
  if (i < 0 || i + 1 >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c === 13 && s.charCodeAt(i + 1) === 10) || (c >= 0xd800 && c <= 0xdbff);
}

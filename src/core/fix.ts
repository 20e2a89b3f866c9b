import { LineIndex } from './text';
import type { Finding, TextEdit } from './types';

/**
 * Applies edits to a text. Edits that overlap an earlier one are skipped (and counted), so
 * two fixes never fight over the same characters; a later pass can pick them up.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; skipped: number } {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e, i) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  let applied = 0;
  let skipped = 0;
  for (const s of spans) {
    if (s.start < at) {
      skipped++;
      continue;
    }
    out.push(text.slice(at, s.start), s.newText);
    at = s.end;
    applied++;
  }
  out.push(text.slice(at));
  return { text: out.join(''), applied, skipped };
}

/**
 * Every safe fix of `findings` in one list. Several findings of one rule may share one edit
 * (the missing sections of one place are inserted together): it is listed once. The same
 * edit from two rules is two intentions (two columns, each with its `---`) and stays twice.
 */
export function fixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    for (const e of f.fix ?? []) {
      const key = `${f.ruleId}\u0000${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}\u0000${e.newText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(e);
    }
  }
  return edits;
}

/**
 * Applies safe fixes and re-lints until nothing more is fixable (at most `passes` rounds).
 * Line endings of inserted text follow the document's.
 */
export function fixAll(text: string, lintText: (t: string) => readonly Finding[], passes = 10): { text: string; applied: number } {
  let current = text;
  let total = 0;
  for (let i = 0; i < passes; i++) {
    const edits = fixEdits(lintText(current));
    if (edits.length === 0) break;
    const r = applyEdits(current, edits);
    if (r.applied === 0 || r.text === current) break;
    current = r.text;
    total += r.applied;
  }
  return { text: current, applied: total };
}

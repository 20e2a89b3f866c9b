import type { MdDocument } from './document';
import { unitsOf, wordMatcher } from './prose';

/**
 * Whether a document addresses a concern (security, performance, data residency…): some
 * sentence, list item or table row names it and does not say it was left open ("not
 * discussed", "TBD", "unknown"), or a heading names it and the text under it says something
 * other than that. Code, comments, link targets and front matter are never read.
 */
export interface ConcernScan {
  /** Distinct words of the list found in addressing units, lower-cased. */
  words: Set<string>;
}

/** A clause that leaves its concern open. */
const OPEN = /\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:discussed|covered|addressed|captured|defined|known|agreed|confirmed|specified|documented|reviewed|assessed|considered)|no\s+information|unknown|tbd|tbc|to\s+be\s+(?:confirmed|determined|defined|discussed|agreed))\b/i;

/**
 * Scans lines [from, to), or the whole document. With `enough`, stops once that many distinct
 * words are found (a caller that only asks "at least n?" gets its answer sooner).
 */
export function scanConcern(doc: MdDocument, words: readonly string[], from = 0, to = doc.lines.lineCount, extra?: RegExp, enough = Infinity): ConcernScan {
  const found = new Set<string>();
  const re = wordMatcher(words);
  const g = extra ? new RegExp(extra.source, extra.flags.includes('g') ? extra.flags : `${extra.flags}g`) : undefined;
  const take = (text: string) => {
    const hits: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!OPEN.test(clauseAround(text, m.index, m.index + m[0].length))) hits.push(m[0].toLowerCase().replace(/\s+/g, ' '));
    }
    if (g) {
      g.lastIndex = 0;
      for (let m = g.exec(text); m; m = g.exec(text)) {
        if (!OPEN.test(clauseAround(text, m.index, m.index + m[0].length))) hits.push(m[0].toLowerCase());
        if (m[0].length === 0) g.lastIndex++;
      }
    }
    return hits;
  };
  for (const u of unitsOf(doc, from, to)) {
    for (const w of take(u.text)) found.add(w);
    if (found.size >= enough) return { words: found };
  }
  // A heading that names the concern counts when the text under it says something and does not leave it open.
  for (const s of doc.sections) {
    if (s.line < from || s.line >= to) continue;
    const hits = take(s.title);
    if (hits.length === 0) continue;
    const body = unitsOf(doc, s.line + 1, s.end);
    if (body.length > 0 && !body.every((u) => OPEN.test(u.text))) for (const w of hits) found.add(w);
    if (found.size >= enough) break;
  }
  return { words: found };
}

/** The clause of `text` around [a, b): bounded by sentence ends, semicolons, "but" and line breaks. */
function clauseAround(text: string, a: number, b: number): string {
  const before = text.slice(Math.max(0, a - 300), a);
  const after = text.slice(b, b + 300);
  const cuts = [before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf('\n')];
  const but = /\bbut\b(?![\s\S]*\bbut\b)/.exec(before);
  if (but) cuts.push(but.index + 3);
  const startCut = Math.max(...cuts);
  const endRel = after.search(/[;\n]|\.\s|\bbut\b/);
  return before.slice(startCut >= 0 ? startCut + 1 : 0) + text.slice(a, b) + (endRel >= 0 ? after.slice(0, endRel) : after);
}

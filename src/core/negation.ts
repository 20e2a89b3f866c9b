// A word that is denied ("no issues", "not upset", "without problems") says the opposite of itself.
const NEGATOR = /(?:^|[^\w'’])(?:no|not|never|without|zero|nothing|none|nor|hardly|barely|\w+n['’]t|free\s+(?:of|from))(?=$|[^\w'’])/gi;
// Only the current clause counts.
const CLAUSE_BREAK = /[.;:!?,()\u2013\u2014]|\s-\s|\bbut\b|\bhowever\b/gi;

/**
 * Whether the word at `index` in `text` is negated: a negator at most three words before it
 * in the same clause ("no major integration issues", "wasn't upset").
 */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length;
  const clause = before.slice(from);
  let end = -1;
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(clause); m; m = NEGATOR.exec(clause)) end = m.index + m[0].length;
  if (end < 0) return false;
  const gap = clause.slice(end).trim();
  return gap === '' || gap.split(/\s+/).length <= 3;
}

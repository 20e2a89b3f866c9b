import type { Comment } from './document';
import type { Range } from './types';

/**
 * Suppression comments:
 *   <!-- se-disable RULE[, RULE] -- reason -->   … <!-- se-enable RULE -->
 *   <!-- se-disable-next-line RULE -- reason -->
 *   <!-- se-disable-line RULE -- reason -->      (on the line it silences; fits a table row)
 *   <!-- se-disable-file RULE -- reason -->
 * No rule id means every rule. A suppression without a reason still applies and is reported.
 */
export const SUPPRESSION_RULE_ID = 'suppression-unjustified';

export interface SuppressionProblem {
  message: string;
  range: Range;
}

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
  problems: SuppressionProblem[];
}

const DIRECTIVE = /^<!--\s*se-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->$/;

type Span = { rule: string; from: number; to: number };

export function parseSuppressions(comments: readonly Comment[], knownRules: ReadonlySet<string>, lineCount: number): Suppressions {
  const spans: Span[] = [];
  const problems: SuppressionProblem[] = [];
  const open = new Map<string, number>();
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const kind = m[1];
    const body = m[2];
    const dash = body.indexOf('--');
    const ruleText = (dash >= 0 ? body.slice(0, dash) : body).trim();
    const reason = dash >= 0 ? body.slice(dash + 2).trim() : '';
    const rules = ruleText ? ruleText.split(/[\s,]+/).filter(Boolean) : ['*'];
    for (const r of rules) {
      if (r !== '*' && !knownRules.has(r)) problems.push({ message: `Unknown rule "${r}" in a suppression comment`, range: c.range });
    }
    const startLine = c.range.start.line;
    const endLine = c.range.end.line;
    if (kind === 'enable') {
      for (const r of rules) {
        const keys = r === '*' ? [...open.keys()] : [r];
        for (const k of keys) {
          const from = open.get(k);
          if (from !== undefined) {
            spans.push({ rule: k, from, to: startLine });
            open.delete(k);
          }
        }
      }
      continue;
    }
    if (!reason || /^reason$/i.test(reason) || /^\{\{.*\}\}$/.test(reason)) {
      problems.push({ message: `Suppression of ${rules[0] === '*' ? 'all rules' : rules.join(', ')} gives no reason: add one after "--"`, range: c.range });
    }
    for (const r of rules) {
      if (kind === 'disable-file') spans.push({ rule: r, from: 0, to: lineCount });
      else if (kind === 'disable-line') spans.push({ rule: r, from: startLine, to: endLine + 1 });
      else if (kind === 'disable-next-line') spans.push({ rule: r, from: endLine + 1, to: endLine + 2 });
      else if (!open.has(r)) open.set(r, endLine);
    }
  }
  for (const [rule, from] of open) spans.push({ rule, from, to: lineCount });
  return {
    problems,
    isSuppressed(ruleId, line) {
      for (const s of spans) {
        if ((s.rule === ruleId || s.rule === '*') && line >= s.from && line < s.to) return true;
      }
      return false;
    },
  };
}

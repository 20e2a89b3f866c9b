// Fix-all edits for the editor, computed by the core's fixer and handed back as one minimal edit.
import { applyEdits, fixAll, fixEdits } from '../../core/fix';
import type { Finding, TextEdit } from '../../core/types';
import { minimalEdit } from './text-diff';

/** Every safe fix, re-linting until nothing more is fixable (as `se-deliverables lint --fix`). */
export function fixAllEdit(text: string, lintText: (t: string) => readonly Finding[]): { edit: TextEdit | undefined; applied: number } {
  const r = fixAll(text, lintText);
  return { edit: minimalEdit(text, r.text), applied: r.applied };
}

/** The safe fixes of one rule's findings in one pass. */
export function ruleFixEdit(text: string, findings: readonly Finding[], ruleId: string): TextEdit | undefined {
  const edits = fixEdits(findings.filter((f) => f.ruleId === ruleId));
  return edits.length ? minimalEdit(text, applyEdits(text, edits).text) : undefined;
}

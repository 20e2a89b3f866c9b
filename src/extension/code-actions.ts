// Quick fixes for a finding (its safe fix, its suggestions, all of its rule in the file, disable
// for this line or file with a reason, open the docs) and the `source.fixAll.seDeliverables`
// action that fix-on-save runs. The edits come from the core; this module only translates them.
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { SOURCE, toPosition, toTextEdit } from './convert';
import { fixAllEdit, ruleFixEdit } from './editing/fixes';
import { fileSuppression, lineSuppression, type SuppressionInsert } from './editing/suppression';
import type { Entry, FindingStore } from './findings';
import type { Linter } from './linter';
import { OPEN_RULE_DOCS } from './rule-docs';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('seDeliverables');
export const FIX_ALL = 'seDeliverables.fixAll';

export function registerCodeActions(store: FindingStore, linter: Linter): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
        // Only a source action was asked for (fix on save, or the Source Action menu).
        if (!context.only.contains(FIX_ALL_KIND) && !FIX_ALL_KIND.contains(context.only)) return [];
        const { edit } = fixAllWorkspaceEdit(document, linter);
        if (!edit) return [];
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all safe SE Deliverables problems'), FIX_ALL_KIND);
        action.edit = edit;
        return [action];
      }
      const entry = store.current(document);
      if (!entry) return [];
      const actions: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        if (d.source !== SOURCE) continue;
        const finding = store.findingFor(entry, d);
        if (finding) actions.push(...quickFixes(document, entry, finding, d));
      }
      return actions;
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand(FIX_ALL, async (uri?: unknown) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a deliverable to fix its problems.'));
        return 0;
      }
      await linter.ready();
      const { edit, applied } = fixAllWorkspaceEdit(doc, linter);
      if (!edit) {
        vscode.window.setStatusBarMessage(vscode.l10n.t('SE: nothing to fix safely'), 3000);
        return 0;
      }
      return (await vscode.workspace.applyEdit(edit)) ? applied : 0;
    }),
  );
}

/** One edit applying every safe fix, re-linting between passes; `applied` counts the fixes. */
function fixAllWorkspaceEdit(document: vscode.TextDocument, linter: Linter): { edit: vscode.WorkspaceEdit | undefined; applied: number } {
  const { edit, applied } = fixAllEdit(document.getText(), (t) => linter.lintNow(document.uri, t)?.findings ?? []);
  if (!edit) return { edit: undefined, applied: 0 };
  const we = new vscode.WorkspaceEdit();
  we.set(document.uri, [toTextEdit(edit)]);
  return { edit: we, applied };
}

function quickFixes(document: vscode.TextDocument, entry: Entry, f: Finding, d: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  const make = (title: string, edits: vscode.TextEdit[] | vscode.SnippetTextEdit[], preferred = false) => {
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.diagnostics = [d];
    a.isPreferred = preferred;
    a.edit = new vscode.WorkspaceEdit();
    a.edit.set(document.uri, edits);
    out.push(a);
  };
  if (f.fix) make(vscode.l10n.t('Fix: {0}', f.message), f.fix.map(toTextEdit), true);
  for (const s of f.suggestions ?? []) make(s.title, s.edits.map(toTextEdit));
  const sameRule = entry.shown.filter((x) => x.ruleId === f.ruleId && x.fix);
  if (f.fix && sameRule.length > 1) {
    const all = ruleFixEdit(document.getText(), sameRule, f.ruleId);
    if (all) make(vscode.l10n.t('Fix all {0} problems in this file', f.ruleId), [toTextEdit(all)]);
  }
  const line = lineSuppression(entry.result.doc, f.range.start.line, f.ruleId);
  if (line) make(vscode.l10n.t('Disable {0} for this line…', f.ruleId), [snippetEdit(line)]);
  make(vscode.l10n.t('Disable {0} for this file…', f.ruleId), [snippetEdit(fileSuppression(entry.result.doc, f.ruleId))]);
  const docs = new vscode.CodeAction(vscode.l10n.t('Show documentation for {0}', f.ruleId), vscode.CodeActionKind.QuickFix);
  docs.diagnostics = [d];
  docs.command = { command: OPEN_RULE_DOCS, title: docs.title, arguments: [f.ruleId] };
  out.push(docs);
  return out;
}

/** The comment with its reason as a selected placeholder. */
function snippetEdit(s: SuppressionInsert): vscode.SnippetTextEdit {
  const snippet = new vscode.SnippetString().appendText(s.before).appendPlaceholder('reason').appendText(s.after);
  return vscode.SnippetTextEdit.insert(toPosition(s.at), snippet);
}

// Ticking a manual checklist item from the sidebar: one undoable WorkspaceEdit that replaces
// only the `[ ]` / `[x]` box of each task item, so nothing else in the file (line endings, BOM,
// whitespace) changes. The box is checked against the document first: a model computed before
// the last edit never ticks the wrong line.
import * as vscode from 'vscode';
import type { TaskRef } from '../../core/progress';

export interface TaskChange {
  uri: vscode.Uri;
  task: TaskRef;
  checked: boolean;
}

const BOX = /^\[[ xX]\]$/;

/** Applies the changes; resolves false (and says why) when a box is no longer where the model saw it. */
export async function setTasks(changes: readonly TaskChange[]): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  let stale: vscode.Uri | undefined;
  for (const c of changes) {
    const doc = await vscode.workspace.openTextDocument(c.uri);
    const { start, end } = c.task.box;
    if (start.line >= doc.lineCount) {
      stale = c.uri;
      continue;
    }
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const box = doc.getText(range);
    if (!BOX.test(box)) {
      stale = c.uri;
      continue;
    }
    if ((box !== '[ ]') === c.checked) continue;
    edit.replace(c.uri, range, c.checked ? '[x]' : '[ ]', {
      label: c.checked ? vscode.l10n.t('Tick checklist item') : vscode.l10n.t('Untick checklist item'),
      needsConfirmation: false,
    });
  }
  if (stale) void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed since the sidebar read it; not ticked. Try again once the sidebar has refreshed.', vscode.workspace.asRelativePath(stale)));
  if (edit.size === 0) return !stale;
  // A refactoring: files that were saved before are saved again when `files.refactoring.autoSave` is on.
  const ok = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  return ok && !stale;
}

// What the user sees as open: a tab, not a document VS Code still holds in memory after its tab
// closed (it may for minutes).
import * as vscode from 'vscode';

export function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

export function isInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => tabUri(t)?.toString() === key));
}

/**
 * The open document whose text stands for a file's: one shown in a tab, or with unsaved changes.
 * A document VS Code keeps in memory after its tab closed is not the file any more (the file may
 * since have been deleted or changed on disk). `path` is the URI's path; `match` narrows further.
 */
export function documentStandingFor(path: string, match: (d: vscode.TextDocument) => boolean = () => true): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.path === path && match(d) && (d.isDirty || isInTab(d.uri)));
}

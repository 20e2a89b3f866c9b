// Status bar: the active deliverable's type and its finding count; clicking opens Problems.
import * as vscode from 'vscode';
import type { FindingStore } from './findings';

/**
 * `seDeliverables.statusBar.inspect` (registered, not contributed: not in the command palette):
 * the item as shown, for tests and automation; the API cannot read a status bar item back.
 */
export const INSPECT_STATUS = 'seDeliverables.statusBar.inspect';

export interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string;
}

export function registerStatusBar(store: FindingStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('seDeliverables.status', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('SE Deliverables');
  item.command = 'workbench.actions.view.problems';
  let visible = false;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const entry = doc && store.get(doc.uri);
    if (!entry || entry.result.kind === 'none') {
      item.hide();
      visible = false;
      return;
    }
    const r = entry.result;
    const what = r.kind === 'engagement' ? vscode.l10n.t('Engagement') : (r.type?.title ?? vscode.l10n.t('Unknown deliverable type'));
    const count = entry.diagnostics.length;
    const errors = entry.diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    item.text = count ? `$(${errors ? 'error' : 'warning'}) ${what}: ${count}` : `$(pass) ${what}`;
    item.tooltip = count
      ? vscode.l10n.t('SE Deliverables: {0}, {1} problems ({2} errors). Click to open the Problems panel.', what, count, errors)
      : vscode.l10n.t('SE Deliverables: {0}, no problems.', what);
    item.show();
    visible = true;
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.commands.registerCommand(INSPECT_STATUS, (): StatusBarState => ({ visible, text: item.text, tooltip: typeof item.tooltip === 'string' ? item.tooltip : '', command: typeof item.command === 'string' ? item.command : '' })),
    vscode.window.onDidChangeActiveTextEditor(update),
    store.onDidChange((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) update();
    }),
  );
}

import * as vscode from 'vscode';
import { registerCheckAll } from './check-all';
import { registerCodeActions } from './code-actions';
import { registerCompletion } from './completion';
import { ConfigStore } from './config-files';
import { Diagnostics } from './diagnostics';
import { FindingStore } from './findings';
import { registerHover } from './hover';
import { Linter } from './linter';
import { registerNewDeliverable } from './new-deliverable';
import { registerNewEngagement } from './new-engagement';
import { registerRuleDocs } from './rule-docs';
import { registerStatusBar } from './status-bar';
import { registerViews } from './views';
import { WorkspaceHost } from './workspace-host';

// Wires the editor features; each feature module registers itself and returns a Disposable.
export function activate(context: vscode.ExtensionContext): void {
  const host = new WorkspaceHost();
  const configs = new ConfigStore(host);
  const linter = new Linter(host, configs);
  const store = new FindingStore();
  const diagnostics = new Diagnostics(linter, store, host, configs);
  context.subscriptions.push(
    host,
    configs,
    store,
    diagnostics,
    registerCheckAll(diagnostics, linter),
    registerCodeActions(store, linter),
    registerHover(store),
    registerCompletion(linter),
    registerStatusBar(store),
    registerNewDeliverable(host),
    registerNewEngagement(host),
    registerRuleDocs(context),
  );
  registerViews(context, linter);
}

export function deactivate(): void {
  // Nothing to release: every registration is owned by context.subscriptions.
}

// The sidebar (activity-bar container "SE Deliverables"): Engagements (engagement → phases with
// done/total → deliverables and workflow steps) and Checklists (the focused engagement's four
// checklists). Wires the progress source, the two providers, checkboxes, commands and the
// editor-following; the pieces live in ./tree/.
import * as vscode from 'vscode';
import type { Linter } from './linter';
import { registerTreeCommands, toggleItems } from './tree/commands';
import { EngagementFocus, registerFollowEditor } from './tree/follow-editor';
import { registerInspect } from './tree/inspect';
import { checklistNodes, engagementNodes, type Node } from './tree/nodes';
import { ProgressSource } from './tree/progress-source';
import { NodeProvider } from './tree/provider';

export const VIEW_CONTAINER = 'seDeliverables';
export const ENGAGEMENTS_VIEW = 'seDeliverables.engagements';
export const CHECKLISTS_VIEW = 'seDeliverables.checklists';

export function registerViews(context: vscode.ExtensionContext, linter: Linter): void {
  const source = new ProgressSource(linter, linter.configs);
  const focus = new EngagementFocus();
  const uriOf = (path: string) => source.uriOf(path);
  const engagements = new NodeProvider(async () => engagementNodes(await source.progress()), uriOf);
  const checklists = new NodeProvider(async () => checklistNodes(focus.of(await source.progress())), uriOf);
  const options = { showCollapseAll: true, manageCheckboxStateManually: true };
  const engagementsView = vscode.window.createTreeView<Node>(ENGAGEMENTS_VIEW, { treeDataProvider: engagements, ...options });
  const checklistsView = vscode.window.createTreeView<Node>(CHECKLISTS_VIEW, { treeDataProvider: checklists, ...options });

  const describeFocus = () => {
    const model = source.current();
    const e = model && focus.of(model);
    checklistsView.description = e ? (e.customer ?? e.id) : undefined;
  };
  const onCheckbox = (e: vscode.TreeCheckboxChangeEvent<Node>) => {
    const changes = e.items.map(([node, state]) => ({ node, checked: state === vscode.TreeItemCheckboxState.Checked }));
    // On failure (the file moved on), redraw so the box shows the file's state again.
    void toggleItems(source, changes).then((ok) => {
      if (!ok) {
        engagements.refresh();
        checklists.refresh();
      }
    });
  };

  context.subscriptions.push(
    source,
    focus,
    engagements,
    checklists,
    engagementsView,
    checklistsView,
    source.onDidChange(() => {
      engagements.refresh();
      checklists.refresh();
      describeFocus();
    }),
    focus.onDidChange(() => {
      checklists.refresh();
      describeFocus();
    }),
    engagementsView.onDidChangeCheckboxState(onCheckbox),
    checklistsView.onDidChangeCheckboxState(onCheckbox),
    registerFollowEditor(source, engagementsView, engagements, focus),
    registerTreeCommands(source, linter.host),
    registerInspect({ engagements, checklists }, () => source.progress()),
  );
}

// The sidebar's commands: Refresh, create a missing deliverable (the editor's New command with
// the type and the engagement's folder), New Deliverable… in an engagement, open engagement.md,
// and toggle a manual item (the same edit as its checkbox).
import * as vscode from 'vscode';
import type { EngagementProgress } from '../../core/progress';
import { NEW_DELIVERABLE } from '../new-deliverable';
import type { WorkspaceHost } from '../workspace-host';
import type { Node } from './nodes';
import type { ProgressSource } from './progress-source';
import { setTasks } from './task-toggle';

export const TREE_COMMANDS = {
  refresh: 'seDeliverables.refresh',
  create: 'seDeliverables.views.createDeliverable',
  newIn: 'seDeliverables.views.newDeliverable',
  openEngagement: 'seDeliverables.views.openEngagement',
  toggle: 'seDeliverables.views.toggleItem',
} as const;

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && 'kind' in x && 'id' in x;

/** Ticks (or unticks) manual items; `checked` undefined flips each. Resolves whether every edit applied. */
export function toggleItems(source: ProgressSource, nodes: ReadonlyArray<{ node: Node; checked?: boolean }>): Promise<boolean> {
  const changes = nodes.flatMap(({ node, checked }) => {
    const task = node.kind === 'item' ? node.item.task : undefined;
    return task ? [{ uri: source.uriOf(task.path), task, checked: checked ?? !task.checked }] : [];
  });
  return setTasks(changes);
}

export function registerTreeCommands(source: ProgressSource, host: WorkspaceHost): vscode.Disposable {
  const folderOf = (e: EngagementProgress) => vscode.Uri.joinPath(source.uriOf(e.path), '..');
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TREE_COMMANDS.refresh, async () => {
      host.refresh();
      source.refresh();
      await source.progress();
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.create, (node: unknown) => {
      if (!isNode(node) || node.kind !== 'missing') return undefined;
      return vscode.commands.executeCommand<vscode.Uri | undefined>(NEW_DELIVERABLE, node.slot.type, folderOf(node.engagement));
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.newIn, (node: unknown) => {
      const e = isNode(node) ? node.engagement : undefined;
      return vscode.commands.executeCommand<vscode.Uri | undefined>(NEW_DELIVERABLE, undefined, e && folderOf(e));
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.openEngagement, (node: unknown) => {
      const e = isNode(node) ? node.engagement : undefined;
      if (e) return vscode.commands.executeCommand('vscode.open', source.uriOf(e.path));
      return undefined;
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.toggle, (node: unknown, checked?: unknown) =>
      isNode(node) ? toggleItems(source, [{ node, checked: typeof checked === 'boolean' ? checked : undefined }]) : false,
    ),
  );
}

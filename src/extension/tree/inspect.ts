// `seDeliverables.views.inspect` (not in the command palette): the sidebar as its providers
// give it to VS Code — every node's TreeItem label, description, checkbox and context value,
// fetched through getChildren/getTreeItem — for tests and automation to compare with
// `se-deliverables status --format json`.
import * as vscode from 'vscode';
import type { Node } from './nodes';
import type { NodeProvider } from './provider';

export const INSPECT = 'seDeliverables.views.inspect';

export interface Row {
  id: string;
  label: string;
  description: string;
  /** Checkbox state of a manual item; undefined when the item has no checkbox. */
  checked: boolean | undefined;
  contextValue: string;
  /** The node itself, to pass to the sidebar's commands. */
  node: Node;
  children: Row[];
}

async function rows(provider: NodeProvider, parent?: Node): Promise<Row[]> {
  const out: Row[] = [];
  for (const node of await provider.getChildren(parent)) {
    const item = provider.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const box = item.checkboxState === undefined ? undefined : typeof item.checkboxState === 'number' ? item.checkboxState : item.checkboxState.state;
    out.push({
      id: node.id,
      label,
      description: typeof item.description === 'string' ? item.description : '',
      checked: box === undefined ? undefined : box === vscode.TreeItemCheckboxState.Checked,
      contextValue: item.contextValue ?? '',
      node,
      children: await rows(provider, node),
    });
  }
  return out;
}

export function registerInspect(views: { engagements: NodeProvider; checklists: NodeProvider }, ready: () => Promise<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(INSPECT, async () => {
    await ready();
    return { engagements: await rows(views.engagements), checklists: await rows(views.checklists) };
  });
}

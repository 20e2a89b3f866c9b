// A TreeDataProvider over the sidebar's nodes: it asks a layout for the roots, hands out the
// nodes' children and parents, and has each node translated into a TreeItem. No logic of its own.
import * as vscode from 'vscode';
import { walk, type Node } from './nodes';
import { toTreeItem } from './tree-items';

export class NodeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private roots: Node[] = [];
  private readonly changed = new vscode.EventEmitter<Node | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly laidOut = new vscode.EventEmitter<void>();
  /** Fires when VS Code has fetched new roots (then `find` sees the current tree). */
  readonly onDidLayout = this.laidOut.event;

  constructor(
    private readonly layout: () => Promise<Node[]>,
    private readonly uriOf: (path: string) => vscode.Uri,
  ) {}

  dispose(): void {
    this.changed.dispose();
    this.laidOut.dispose();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.children;
    this.roots = await this.layout();
    this.laidOut.fire();
    return this.roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = toTreeItem(node, this.uriOf);
    item.id = node.id;
    return item;
  }

  getParent(node: Node): Node | undefined {
    return node.parent;
  }

  /** The tree changed: VS Code asks for the roots again. */
  refresh(): void {
    this.changed.fire();
  }

  /** A node of the tree as last laid out. */
  find(predicate: (n: Node) => boolean): Node | undefined {
    for (const n of walk(this.roots)) if (predicate(n)) return n;
    return undefined;
  }
}

// The sidebar follows the editor: the active file's node is revealed in Engagements (when the
// view is shown), and its engagement becomes the one Checklists shows. Selecting a node in
// Engagements focuses its engagement too.
import * as vscode from 'vscode';
import type { EngagementProgress, WorkspaceProgress } from '../../core/progress';
import { isInside } from '../../core/paths';
import { toCorePath } from '../convert';
import type { Node } from './nodes';
import type { NodeProvider } from './provider';
import type { ProgressSource } from './progress-source';

/** Which engagement Checklists shows: the last one focused, else the first. */
export class EngagementFocus implements vscode.Disposable {
  private path: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  dispose(): void {
    this.changed.dispose();
  }

  set(path: string | undefined): void {
    if (!path || path === this.path) return;
    this.path = path;
    this.changed.fire();
  }

  of(p: WorkspaceProgress): EngagementProgress | undefined {
    return p.engagements.find((e) => e.path === this.path) ?? p.engagements[0];
  }
}

export function registerFollowEditor(source: ProgressSource, view: vscode.TreeView<Node>, provider: NodeProvider, focus: EngagementFocus): vscode.Disposable {
  let revealed: string | undefined;
  const follow = async (fromEditorChange: boolean) => {
    const editor = vscode.window.activeTextEditor;
    const model = source.current();
    if (!editor || !model) return;
    const path = toCorePath(editor.document.uri);
    if (!fromEditorChange && path === revealed) return;
    const node = provider.find((n) => (n.kind === 'deliverable' && n.state.path === path) || (n.kind === 'engagement' && n.engagement.path === path));
    const engagement = node?.engagement ?? model.engagements.find((e) => isInside(path, e.dir));
    focus.set(engagement?.path);
    if (!node || !view.visible) return;
    revealed = path;
    try {
      await view.reveal(node, { select: true, focus: false, expand: false });
    } catch {
      // The view has not fetched that part of the tree yet ("Data tree node not found"): the next update tries again.
      revealed = undefined;
    }
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(() => void follow(true)),
    provider.onDidLayout(() => void follow(false)),
    view.onDidChangeVisibility((e) => e.visible && void follow(true)),
    view.onDidChangeSelection((e) => focus.set(e.selection[0]?.engagement?.path)),
  );
}

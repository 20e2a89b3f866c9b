// New Engagement…: asks for the customer and the folder, writes engagement.md (front matter and
// the workflow steps as task items, rendered by the core) without overwriting, and opens it.
import * as vscode from 'vscode';
import { basename, dirname } from '../core/paths';
import { renderEngagement, slugify } from '../core/template';
import { createFile } from './create-file';
import { NEW_ENGAGEMENT } from './engagements';
import { readSettings } from './settings';
import type { WorkspaceHost } from './workspace-host';

export interface NewEngagementOptions {
  customer?: string;
  /** The engagement's folder; asked for (under where engagements live) when absent. */
  folder?: vscode.Uri;
  id?: string;
  alias?: string;
  segment?: 'smb' | 'mid-market' | 'enterprise';
}

export function registerNewEngagement(host: WorkspaceHost): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_ENGAGEMENT, async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const o: NewEngagementOptions = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as NewEngagementOptions) : {};
    const customer = o.customer?.trim() || (await vscode.window.showInputBox({
      title: vscode.l10n.t('SE: New Engagement'),
      prompt: vscode.l10n.t('Customer name'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the customer\'s name')),
    }))?.trim();
    if (!customer) return undefined;
    let folder = o.folder ?? (arg instanceof vscode.Uri ? vscode.Uri.joinPath(arg, slugify(customer)) : undefined);
    if (!folder) {
      const root = await engagementsRoot(host);
      if (!root) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: an engagement lives in a folder of the workspace.'));
        return undefined;
      }
      const suggested = vscode.Uri.joinPath(root, slugify(customer));
      const rel = await vscode.window.showInputBox({
        title: vscode.l10n.t('SE: New Engagement'),
        prompt: vscode.l10n.t('Folder for the engagement, relative to the workspace folder'),
        value: vscode.workspace.asRelativePath(suggested, false),
        validateInput: (v) => (v.trim() && !v.includes('..') ? undefined : vscode.l10n.t('Enter a folder inside the workspace')),
      });
      if (!rel) return undefined;
      const base = vscode.workspace.getWorkspaceFolder(root)?.uri ?? root;
      folder = vscode.Uri.joinPath(base, rel.trim());
    }
    const id = o.id ?? slugify(basename(folder.path));
    const text = renderEngagement({ id, customer, alias: o.alias, segment: o.segment, today: readSettings(folder).today });
    const target = vscode.Uri.joinPath(folder, 'engagement.md');
    // An engagement.md under another name would not be an engagement: no free name is offered.
    const created = await createFile(target, text, 'cancel');
    if (!created) {
      const open = vscode.l10n.t('Open engagement.md');
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already has an engagement.md; it is never overwritten.', vscode.workspace.asRelativePath(folder)), open).then((a) => {
        if (a) void vscode.window.showTextDocument(target);
      });
      return undefined;
    }
    host.refresh();
    await vscode.window.showTextDocument(created.uri);
    return created.uri;
  });
}

/** Where new engagements go: the folder holding the existing ones when they share one, else the first workspace folder. */
async function engagementsRoot(host: WorkspaceHost): Promise<vscode.Uri | undefined> {
  await host.ready();
  const parents = [...new Set(host.workspace().engagements().map((e) => dirname(e.dir)))];
  if (parents.length === 1) return host.uriOf(parents[0]);
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

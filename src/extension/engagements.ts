// Finding the engagement a command works on: an argument (the engagement folder, its
// engagement.md or anything inside it), else the only one, else a quick pick.
import * as vscode from 'vscode';
import { ENGAGEMENT_FILE, isEngagementFile, readEngagement, type Engagement } from '../core/engagement';
import { isInside } from '../core/paths';
import { toCorePath } from './convert';
import type { WorkspaceHost } from './workspace-host';

export const NEW_ENGAGEMENT = 'seDeliverables.newEngagement';

/**
 * The engagement an argument names: its folder, its engagement.md or anything inside it. A folder
 * whose engagement.md the workspace has not seen yet (just created) is read directly.
 */
export async function engagementFromArg(host: WorkspaceHost, arg: unknown): Promise<Engagement | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' && arg ? (/^[a-z][\w+.-]*:/i.test(arg) ? vscode.Uri.parse(arg) : vscode.Uri.file(arg)) : undefined;
  if (!uri) return undefined;
  await host.ready();
  const path = toCorePath(uri);
  const all = host.workspace().engagements();
  const known = all.find((e) => e.path === path || e.dir === path) ?? all.find((e) => isInside(path, e.dir));
  if (known) return known;
  const file = isEngagementFile(path) ? uri : vscode.Uri.joinPath(uri, ENGAGEMENT_FILE);
  const text = await host.textOf(file);
  return text === undefined ? undefined : readEngagement(toCorePath(file), text);
}

/** The engagement to use, asking when there are several; undefined when there is none or the user cancels. */
export async function pickEngagement(host: WorkspaceHost, title: string): Promise<Engagement | undefined> {
  const all = [...host.workspace().engagements()].sort((a, b) => a.dir.localeCompare(b.dir));
  if (all.length === 1) return all[0];
  if (all.length === 0) {
    const create = vscode.l10n.t('New Engagement…');
    const picked = await vscode.window.showInformationMessage(vscode.l10n.t('This workspace has no engagement (a folder with an engagement.md) yet.'), create);
    if (picked === create) await vscode.commands.executeCommand(NEW_ENGAGEMENT);
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = active ? all.find((e) => isInside(toCorePath(active), e.dir)) : undefined;
  const items = all.map((e) => ({
    label: e.customer ?? e.id,
    description: e.id,
    detail: vscode.workspace.asRelativePath(host.uriOf(e.dir)),
    engagement: e,
    picked: e === current,
  }));
  if (current) items.unshift(...items.splice(all.indexOf(current), 1));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Engagement') });
  return picked?.engagement;
}

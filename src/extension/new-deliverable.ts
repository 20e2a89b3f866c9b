// New Deliverable… (a quick pick of the catalog grouped by phase) and one `New <Title>` command
// per type. The file is rendered by the core with its front matter filled, written without
// overwriting anything, opened, and its placeholders become live snippet tab stops.
import * as vscode from 'vscode';
import { catalog, type DeliverableType } from '../core/catalog';
import { PERIOD, isPerPeriod, renderDeliverable } from '../core/template';
import { authorName } from './author';
import { createFile, type OnExists } from './create-file';
import { engagementFromArg, pickEngagement } from './engagements';
import { readSettings } from './settings';
import type { WorkspaceHost } from './workspace-host';

export const NEW_DELIVERABLE = 'seDeliverables.newDeliverable';
/** `seDeliverables.new.<type id>`: generated into package.json from the catalog by `npm run build:meta`. */
export const newTypeCommand = (typeId: string) => `seDeliverables.new.${typeId}`;

export interface NewDeliverableOptions {
  title?: string;
  onExists?: OnExists;
  /** For a per-period type: the month (YYYY-MM) or quarter (YYYY-Qn) it covers. */
  period?: string;
}

export function registerNewDeliverable(host: WorkspaceHost): vscode.Disposable {
  const cat = catalog();
  return vscode.Disposable.from(
    vscode.commands.registerCommand(NEW_DELIVERABLE, (type?: unknown, engagement?: unknown, options?: unknown) =>
      newDeliverable(host, typeof type === 'string' ? type : undefined, engagement, asOptions(options)),
    ),
    // From an explorer menu, VS Code passes the clicked resource (and the selection) instead.
    ...cat.types.map((t) => vscode.commands.registerCommand(newTypeCommand(t.id), (engagement?: unknown, options?: unknown) => newDeliverable(host, t.id, engagement, asOptions(options)))),
  );
}

/** Creates a deliverable; resolves with its URI (undefined when cancelled or refused). */
async function newDeliverable(host: WorkspaceHost, typeId: string | undefined, engagementArg: unknown, options: NewDeliverableOptions): Promise<vscode.Uri | undefined> {
  const cat = catalog();
  let type = typeId ? cat.get(typeId) : undefined;
  if (typeId && !type) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown deliverable type "{0}".', typeId));
    return undefined;
  }
  type ??= await pickType();
  if (!type) return undefined;
  await host.ready();
  const engagement = (await engagementFromArg(host, engagementArg)) ?? (await pickEngagement(host, vscode.l10n.t('New {0}: engagement', type.title)));
  if (!engagement) return undefined;
  const folder = host.uriOf(engagement.dir);
  const settings = readSettings(folder);
  const period = options.period && isPerPeriod(type) ? options.period : undefined;
  const rendered = renderDeliverable(type, { engagement, title: options.title, author: await authorName(settings.author), today: settings.today, period });
  const created = await createFile(vscode.Uri.joinPath(folder, rendered.relPath), rendered.text, options.onExists ?? 'ask');
  if (!created) return undefined;
  const editor = await vscode.window.showTextDocument(created.uri);
  if (created.created) {
    // The file holds the text form; the same text as a snippet makes each placeholder a tab stop.
    const doc = editor.document;
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    await editor.insertSnippet(new vscode.SnippetString(rendered.snippet), doc.validateRange(all), { undoStopBefore: false, undoStopAfter: true, keepWhitespace: true });
  }
  return created.uri;
}

async function pickType(): Promise<DeliverableType | undefined> {
  const cat = catalog();
  type Item = vscode.QuickPickItem & { type?: DeliverableType };
  const items: Item[] = [];
  for (const phase of cat.phases) {
    const types = cat.types.filter((t) => t.phase === phase.id);
    if (!types.length) continue;
    items.push({ label: phase.title, kind: vscode.QuickPickItemKind.Separator });
    for (const t of types) items.push({ label: t.title, description: t.id, detail: t.purpose, type: t });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('SE: New Deliverable'), placeHolder: vscode.l10n.t('Deliverable type'), matchOnDescription: true, matchOnDetail: true });
  return picked?.type;
}

function asOptions(o: unknown): NewDeliverableOptions {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return {};
  const x = o as Record<string, unknown>;
  return {
    title: typeof x.title === 'string' ? x.title : undefined,
    onExists: ['ask', 'freeName', 'open', 'cancel'].includes(x.onExists as string) ? (x.onExists as OnExists) : undefined,
    period: typeof x.period === 'string' && PERIOD.test(x.period) ? x.period : undefined,
  };
}

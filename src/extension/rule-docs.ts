// Open Rule Documentation: the rule pages (docs/rules/<id>.md) ship inside the extension, so the
// links work offline; they open in VS Code's Markdown preview. Diagnostic codes and hovers link
// here through a command URI.
import * as vscode from 'vscode';
import { rules } from '../core/rules/index.generated';
import { commandUri } from './convert';

export const OPEN_RULE_DOCS = 'seDeliverables.openRuleDocs';

const known = new Set(rules.map((r) => r.meta.id));

/** The link a finding's code carries; undefined for ids that are not rules (e.g. document-too-large). */
export function ruleDocsLink(ruleId: string): vscode.Uri | undefined {
  return known.has(ruleId) ? commandUri(OPEN_RULE_DOCS, ruleId) : undefined;
}

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_RULE_DOCS, async (ruleId?: unknown) => {
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.meta.id, description: r.meta.severity, detail: r.meta.title })),
        { title: vscode.l10n.t('SE: Open Rule Documentation'), placeHolder: vscode.l10n.t('Rule'), matchOnDetail: true },
      );
      id = picked?.label;
    }
    if (!id) return undefined;
    const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
    let page = vscode.Uri.joinPath(docs, `${id}.md`);
    if (!(await exists(page))) {
      void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" has no documentation page; showing the list of rules.', id));
      page = vscode.Uri.joinPath(docs, 'README.md');
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } catch {
      // The built-in Markdown extension is disabled: show the source instead.
      await vscode.window.showTextDocument(page, { preview: true });
    }
    return page;
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

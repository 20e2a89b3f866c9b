// Check All Deliverables: every Markdown file of the workspace, open or not, into the Problems
// panel, with progress while it runs.
import * as vscode from 'vscode';
import { yieldToEventLoop, type Diagnostics } from './diagnostics';
import type { Linter } from './linter';
import { EXCLUDE } from './workspace-host';

export const CHECK_ALL = 'seDeliverables.checkAll';

export interface CheckAllSummary {
  files: number;
  problems: number;
  cancelled: boolean;
}

export function registerCheckAll(diagnostics: Diagnostics, linter: Linter): vscode.Disposable {
  return vscode.commands.registerCommand(CHECK_ALL, () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('SE: Checking deliverables'), cancellable: true },
      async (progress, token): Promise<CheckAllSummary> => {
        await linter.ready();
        const uris = (await vscode.workspace.findFiles('**/*.{md,markdown}', EXCLUDE, undefined, token)).filter((u) => !linter.isIgnored(u));
        uris.sort((a, b) => a.path.localeCompare(b.path));
        const summary: CheckAllSummary = { files: 0, problems: 0, cancelled: false };
        for (const uri of uris) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
          summary.problems += await diagnostics.lintFile(uri, true);
          summary.files++;
          await yieldToEventLoop();
        }
        const text = vscode.l10n.t('SE: checked {0} files: {1} problems.', summary.files, summary.problems);
        if (summary.problems > 0) {
          void vscode.window.showInformationMessage(text, vscode.l10n.t('Show Problems')).then((a) => {
            if (a) void vscode.commands.executeCommand('workbench.actions.view.problems');
          });
        } else void vscode.window.showInformationMessage(text);
        return summary;
      },
    ),
  );
}

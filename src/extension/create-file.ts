// Creating a file without ever overwriting one: an existing name is refused, and a free name
// beside it (`-2`, `-3`…) is offered instead.
import * as vscode from 'vscode';

/** What to do when the file exists: ask (the default), take the free name, open the existing file, or stop. */
export type OnExists = 'ask' | 'freeName' | 'open' | 'cancel';

export interface Created {
  uri: vscode.Uri;
  /** False when the existing file was opened instead. */
  created: boolean;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `name-2.md`, `name-3.md`… the first that does not exist. */
export async function freeName(uri: vscode.Uri): Promise<vscode.Uri> {
  const m = /^(.*?)(\.[^./]*)?$/.exec(uri.path)!;
  for (let i = 2; ; i++) {
    const candidate = uri.with({ path: `${m[1]}-${i}${m[2] ?? ''}` });
    if (!(await exists(candidate))) return candidate;
  }
}

export async function createFile(uri: vscode.Uri, text: string, onExists: OnExists): Promise<Created | undefined> {
  let target = uri;
  if (await exists(uri)) {
    const free = await freeName(uri);
    let choice: OnExists = onExists;
    if (onExists === 'ask') {
      const create = vscode.l10n.t('Create {0}', basename(free));
      const open = vscode.l10n.t('Open Existing');
      const picked = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists and is never overwritten.', vscode.workspace.asRelativePath(uri)),
        create,
        open,
      );
      choice = picked === create ? 'freeName' : picked === open ? 'open' : 'cancel';
    }
    if (choice === 'open') return { uri, created: false };
    if (choice !== 'freeName') return undefined;
    target = free;
  }
  // Checked just above; workspace.fs has no exclusive create, so check once more right before writing.
  if (await exists(target)) return undefined;
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return { uri: target, created: true };
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

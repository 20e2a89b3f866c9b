// The author of a new deliverable: the `seDeliverables.author` setting, else the user's name from
// git's global configuration files, read as text like the CLI does (nothing is executed, and a
// repository's own .git/config is not trusted for it).
import * as vscode from 'vscode';
import { gitUserName } from '../core/git-config';

export async function authorName(setting: string): Promise<string | undefined> {
  if (setting) return setting;
  const env = typeof process === 'object' ? process.env : {};
  let home: string | undefined;
  try {
    home = (await import('node:os')).homedir();
  } catch {
    home = undefined; // A web extension host has no home folder.
  }
  const join = (...p: string[]) => p.join('/').replace(/\/+/g, '/');
  const files = [env.GIT_CONFIG_GLOBAL, env.XDG_CONFIG_HOME ? join(env.XDG_CONFIG_HOME, 'git', 'config') : home && join(home, '.config', 'git', 'config'), home && join(home, '.gitconfig')];
  for (const f of files) {
    if (!f) continue;
    try {
      const name = gitUserName(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(f))));
      if (name) return name;
    } catch {
      // Not there: try the next one.
    }
  }
  return undefined;
}

import { homedir } from 'node:os';
import { join } from 'node:path';
import { readText } from './node-host';

/**
 * The user's name from git's global configuration files, read as text: nothing is executed,
 * and a repository's own .git/config is not trusted for it.
 */
export function gitAuthor(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const files = [env.GIT_CONFIG_GLOBAL, join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'git', 'config'), join(homedir(), '.gitconfig')];
  for (const f of files) {
    if (!f) continue;
    const text = readText(f);
    if (!text) continue;
    let inUser = false;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      const section = /^\[([^\]\s"]+)(?:\s+"[^"]*")?\]$/.exec(line);
      if (section) inUser = section[1].toLowerCase() === 'user';
      else if (inUser) {
        const m = /^name\s*=\s*(.+)$/i.exec(line);
        if (m) return m[1].replace(/^"(.*)"$/, '$1').trim() || undefined;
      }
    }
  }
  return undefined;
}

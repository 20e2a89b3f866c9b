import { homedir } from 'node:os';
import { join } from 'node:path';
import { gitUserName } from '../core/git-config';
import { readText } from './node-host';

/**
 * The user's name from git's global configuration files, read as text: nothing is executed,
 * and a repository's own .git/config is not trusted for it.
 */
export function gitAuthor(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const files = [env.GIT_CONFIG_GLOBAL, join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'git', 'config'), join(homedir(), '.gitconfig')];
  for (const f of files) {
    const text = f ? readText(f) : undefined;
    const name = text === undefined ? undefined : gitUserName(text);
    if (name) return name;
  }
  return undefined;
}

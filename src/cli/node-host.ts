import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Host } from '../core/engagement';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
export const MAX_READ_BYTES = 64 * 1024 * 1024;

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Reads a file as UTF-8 text; undefined when missing, unreadable or too large. */
export function readText(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_READ_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Walks `dir` for files whose name passes `accept`, skipping dependency and build folders. */
export function walk(dir: string, accept: (name: string) => boolean, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  names.sort();
  for (const name of names) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(p, accept, out);
    } else if (st.isFile() && accept(name)) out.push(p);
  }
  return out;
}

/** The disk as the core's host: engagement.md files under the given roots. */
export function nodeHost(roots: readonly string[]): Host {
  let found: string[] | undefined;
  return {
    readText: (p) => readText(p),
    engagementFiles() {
      if (!found) {
        const set = new Set<string>();
        for (const r of roots) for (const f of walk(resolve(r), (n) => n.toLowerCase() === 'engagement.md')) set.add(toPosix(f));
        found = [...set].sort();
      }
      return found;
    },
  };
}

import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { globToRegExp, isGlob } from '../core/glob';
import { toPosix, walk } from './node-host';

const MARKDOWN = /\.(?:md|markdown)$/i;

/** Files named by the targets: files as given, folders walked for Markdown, globs matched from cwd. */
export function expandTargets(cwd: string, targets: readonly string[], ignore: readonly RegExp[], ignoreBase: string): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const t of targets.length ? targets : ['.']) {
    if (isGlob(t)) {
      const norm = toPosix(t).replace(/^\.\//, '');
      const staticPart = norm.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some(isGlob)).join('/');
      const base = resolve(cwd, staticPart || '.');
      const re = globToRegExp(norm);
      const before = files.size;
      for (const f of walk(base, () => true)) if (re.test(toPosix(relative(cwd, f)))) files.add(f);
      if (files.size === before) missing.push(t);
      continue;
    }
    const abs = resolve(cwd, t);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(t);
      continue;
    }
    if (st.isDirectory()) for (const f of walk(abs, (n) => MARKDOWN.test(n))) files.add(f);
    else files.add(abs);
  }
  const kept = [...files].filter((f) => !ignore.some((re) => re.test(toPosix(relative(ignoreBase, f)))));
  return { files: kept.sort(), missing };
}

export function ignoreMatchers(globs: readonly string[] | undefined): RegExp[] {
  return (globs ?? []).map((g) => globToRegExp(toPosix(g).replace(/^\.\//, '').replace(/\/$/, '/**')));
}

export interface ReadFile {
  text: string;
  /** Why the file cannot be checked, or cannot be fixed safely. */
  unreadable?: string;
  unfixable?: string;
  bom: boolean;
  mtimeMs: number;
  size: number;
  bytes: Buffer;
}

/** Reads a file for linting, decoding UTF-8 (and UTF-16 with a BOM); binary files are reported, not read. */
export function readForLint(path: string, maxBytes: number): ReadFile {
  const st = statSync(path);
  const base = { bom: false, mtimeMs: st.mtimeMs, size: st.size, bytes: Buffer.alloc(0) };
  if (st.size > maxBytes) return { ...base, text: '', unreadable: `File is ${(st.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB read limit; not checked` };
  const bytes = readFileSync(path);
  const b = { ...base, bytes };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return { ...b, text, unfixable: 'the file is UTF-16; fixes are written only to UTF-8 files' };
  }
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return { ...b, text: '', unreadable: 'File looks binary (it contains NUL bytes); not checked' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let unfixable: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
    unfixable = 'the file is not valid UTF-8; fixing it would change bytes it did not mean to';
  }
  return { ...b, text, bom, unfixable };
}

/**
 * Replaces a file's content without ever leaving it half-written: write a temporary file
 * beside it, keep the original's permissions, and rename over it, but only if the file
 * has not changed since it was read.
 */
export function writeSafely(path: string, text: string, read: ReadFile): void {
  const now = statSync(path);
  if (now.mtimeMs !== read.mtimeMs || now.size !== read.size || !readFileSync(path).equals(read.bytes)) {
    throw new Error(`${path} changed while it was being checked; not written`);
  }
  const data = Buffer.from((read.bom ? '\uFEFF' : '') + text, 'utf8');
  let tmp = '';
  for (let i = 0; ; i++) {
    tmp = join(dirname(path), `.${basename(path)}.se-fix-${process.pid}-${i}`);
    if (!existsSync(tmp)) break;
  }
  const fd = openSync(tmp, 'wx', now.mode & 0o7777);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(tmp, now.mode & 0o7777);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file is already gone.
    }
    throw e;
  }
}

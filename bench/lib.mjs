// Small helpers shared by the bench scripts: timing statistics and a seeded PRNG.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length, samples: samples.map((x) => round(x)) };
}

export function round(x, d = 3) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** Milliseconds taken by fn(). */
export function time(fn) {
  const a = performance.now();
  fn();
  return performance.now() - a;
}

export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markdown files under dir, sorted, skipping dot folders (as the CLI and markdownlint-cli2 do). */
export function markdownFiles(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (/\.md$/i.test(name)) out.push(p);
  }
  return out;
}

export function readAll(paths) {
  return paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

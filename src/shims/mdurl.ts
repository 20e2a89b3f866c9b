// Bundled in place of mdurl for markdown-it (see esbuild.mjs): the same functions, loaded on first
// use with the rest of ./link-references.
import type * as Links from './link-references';

type Mdurl = typeof Links.mdurl;
const mdurl = (): Mdurl => (require('./link-references') as typeof Links).mdurl;

/** A stand-in for `mdurl[name]` that calls it with the same arguments, and reads its properties. */
function lazy<K extends keyof Mdurl>(name: K): Mdurl[K] {
  const f = (...args: unknown[]) => (mdurl()[name] as (...a: unknown[]) => unknown)(...args);
  for (const key of ['defaultChars', 'componentChars']) Object.defineProperty(f, key, { get: () => (mdurl()[name] as unknown as Record<string, unknown>)[key] });
  return f as Mdurl[K];
}

export const decode = lazy('decode');
export const encode = lazy('encode');
export const format = lazy('format');
export const parse = lazy('parse');

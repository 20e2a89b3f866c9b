// Bundled in place of `entities` for markdown-it (see esbuild.mjs): the same function, loaded on
// first use with the rest of ./link-references.
import type * as Links from './link-references';

export function decodeHTMLStrict(s: string): string {
  return (require('./link-references') as typeof Links).decodeHTMLStrict(s);
}

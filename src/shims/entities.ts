// Bundled in place of `entities` for markdown-it (see esbuild.mjs). The block parser needs it only
// to decode a named character reference (`&amp;`, `&colon;`…) in the destination or title of a
// link reference definition, which is rare, and its decoding table is large and slow to set up:
// so it is loaded on first use (the extension ships it as dist/chunks/entities.js; elsewhere it
// is bundled inline). The same function of the same package, only later.
import type * as Decode from 'entities/decode';

export function decodeHTMLStrict(s: string): string {
  return (require('entities/decode') as typeof Decode).decodeHTMLStrict(s);
}

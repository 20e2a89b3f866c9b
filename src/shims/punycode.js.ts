// Bundled in place of punycode.js for markdown-it (see esbuild.mjs): the same functions, loaded on
// first use with the rest of ./link-references.
import type * as Links from './link-references';

type Punycode = typeof Links.punycode;
const punycode = (): Punycode => (require('./link-references') as typeof Links).punycode;

export default {
  get version() {
    return punycode().version;
  },
  get ucs2() {
    return punycode().ucs2;
  },
  decode: (s: string) => punycode().decode(s),
  encode: (s: string) => punycode().encode(s),
  toASCII: (s: string) => punycode().toASCII(s),
  toUnicode: (s: string) => punycode().toUnicode(s),
} satisfies Punycode;

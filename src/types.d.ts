// esbuild bundles .md files as text (see esbuild.mjs).
declare module '*.md' {
  const text: string;
  export default text;
}

// punycode.js has no types of its own (src/shims/punycode.js.ts stands in for it).
declare module 'punycode.js' {
  const punycode: {
    version: string;
    ucs2: { decode(s: string): number[]; encode(codePoints: number[]): string };
    decode(s: string): string;
    encode(s: string): string;
    toASCII(s: string): string;
    toUnicode(s: string): string;
  };
  export default punycode;
}

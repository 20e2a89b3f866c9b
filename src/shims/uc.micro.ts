// Bundled in place of uc.micro for markdown-it (see esbuild.mjs). markdown-it reads its Unicode
// punctuation and symbol classes (P, S) only in inline parsing (emphasis delimiters) and in the
// `smartquotes` core rule; the document model runs neither (src/core/block-parser.ts: inline rules
// off, only the block parser runs). If either is ever used, it fails loudly here instead of
// answering wrongly. test/core/block-parser.test.ts compares the block tokens with those of the
// published markdown-it and its real dependencies.
function unreachable(name: string): { test(s: string): never } {
  return {
    test() {
      throw new Error(`uc.micro is not bundled (src/shims/uc.micro.ts), yet ${name}.test() was called`);
    },
  };
}

export const P = unreachable('P');
export const S = unreachable('S');

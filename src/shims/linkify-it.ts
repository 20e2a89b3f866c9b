// Bundled in place of linkify-it for markdown-it (see esbuild.mjs). markdown-it constructs a
// LinkifyIt for its two linkify rules (core and inline); the document model runs neither: it calls
// only markdown-it's block parser (src/core/block-parser.ts), whose rules never read `md.linkify`,
// and `linkify` is off. So nothing calls into this object; if something ever did, it fails loudly
// here instead of silently finding no links. test/core/block-parser.test.ts compares the block
// tokens with those of the published markdown-it and its real dependencies.
function unreachable(name: string): () => never {
  return () => {
    throw new Error(`linkify-it is not bundled (src/shims/linkify-it.ts), yet LinkifyIt.${name}() was called`);
  };
}

export class LinkifyIt {
  add = unreachable('add');
  match = unreachable('match');
  matchAtStart = unreachable('matchAtStart');
  normalize = unreachable('normalize');
  onCompile = unreachable('onCompile');
  pretest = unreachable('pretest');
  set = unreachable('set');
  test = unreachable('test');
  testSchemaAt = unreachable('testSchemaAt');
  tlds = unreachable('tlds');
}

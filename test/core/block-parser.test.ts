import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseBlocks, type Token } from '../../src/core/block-parser';
import { markdownFiles, seedDocuments } from '../fuzz/properties';
import { hostileInputs } from '../fuzz/hostile';

// The bundles replace five of markdown-it's dependencies (esbuild.mjs, src/shims/): linkify-it and
// uc.micro by stand-ins that throw when used; entities, mdurl and punycode.js by the same functions
// loaded on first use (src/shims/link-references.ts). This file is bundled the same way, so
// parseBlocks runs with them here (as does every other unit test). The reference is the published
// markdown-it with its real dependencies, loaded from node_modules at run time, unbundled,
// configured as src/core/block-parser.ts configures it, and run the same way (normalised line
// breaks and NULs, then the block parser).

type MarkdownIt = { block: { parse(src: string, md: MarkdownIt, env: object, tokens: Token[]): void } };
const MarkdownItClass = createRequire(__filename)('markdown-it') as new (options: object) => MarkdownIt;
const md = new MarkdownItClass({ html: true });
function reference(src: string, env: object): Token[] {
  const tokens: Token[] = [];
  md.block.parse(src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'), md, env, tokens);
  return tokens;
}

const root = join(__dirname, '..', '..', '..');

function tokensOf(tokens: Token[]): string {
  return JSON.stringify(tokens.map((t) => [t.type, t.tag, t.attrs, t.map, t.nesting, t.level, t.children, t.content, t.markup, t.info, t.meta, t.block, t.hidden]));
}

function agree(src: string, name: string): void {
  const ours: Record<string, unknown> = {};
  const theirs: Record<string, unknown> = {};
  const a = tokensOf(parseBlocks(src, ours));
  const b = tokensOf(reference(src, theirs));
  assert.ok(a === b, `${name}: block tokens differ from markdown-it's`);
  assert.deepEqual(ours, theirs, `${name}: link references differ from markdown-it's`);
}

/** Link reference definitions: the block rule that reaches entities, mdurl and punycode. */
const REFERENCES = [
  '[a]: http://example.com/a&amp;b "T&eacute;st &quot;q&quot;"\n\n[a]\n',
  "[b]: <http://example.com/x y> 'single &copy;'\n",
  '[c]: javascript&colon;alert(1)\n\n[c]\n',
  '[d]: javascript:alert(1)\n',
  '[e]: data:image/png;base64,AAAA\n[f]: data:text/html,<b>x</b>\n',
  '[g]: http://mañana.example/ünïcödé?q=ä#frag\n',
  '[h]: http://xn--maana-pta.example/\n[i]: mailto:someone@exämple.org\n',
  '[j]: /path\\(escaped\\) (paren &amp; title)\n',
  '[k]:\n  http://example.com\n  "multi-line\n  title"\n',
  '[l]: http://example.com &notanentity; x\n\n[m]: http://example.com/&NotAnEntity;\n',
  '[ N  o ]: http://example.com/&#x41;&#65;&#0;&#xD800;\n\n[n o]\n',
  '> [q]: http://example.com/&lt;\n\n- [r]: http://example.com/&gt;\n',
  '[s]: http://user:p%61ss@EXAMPLE.com:8080/a b/%zz?x=1&y=%E2%82%AC\n',
];

/** Fragments of every block construct, combined at random below. */
const FRAGMENTS = [
  '# Heading', '## Heading *em*', 'Setext\n===', 'Setext\n---', 'paragraph text', 'line one\nline two', '',
  '- item', '* item', '1. one', '2) two', '- [ ] task', '- [x] done', '  - nested', '    indented code',
  '> quote', '> > nested quote', '```js\ncode\n```', '~~~ info &amp; `x`\nfenced\n~~~', '```', '---', '***', '___',
  '| a | b |\n|---|:-:|\n| 1 | 2 |', '| a |\n| - |', '<div>\nhtml\n</div>', '<!-- comment -->', '<?php x ?>', '<![CDATA[x]]>',
  '<custom-tag>', '<script>\nx\n</script>', ...REFERENCES.map((r) => r.trimEnd()), '\\# not a heading', '&amp; &copy; &#35;',
  'www.example.com https://example.com/x', '"quotes" and -- dashes (c) ...', '\t- tab item', '\u00a0nbsp', 'é ü 中文 😀',
];

describe('block parser (markdown-it with the bundles\' stand-ins for its inline-only dependencies)', () => {
  it('gives the tokens and link references of the published markdown-it on every document in the repository', function () {
    this.timeout(120000);
    const files = [...markdownFiles(join(root, 'examples')), ...markdownFiles(join(root, 'docs')), ...markdownFiles(join(root, 'test'))];
    assert.ok(files.length > 20, `found ${files.length} documents`);
    for (const f of files) agree(readFileSync(f, 'utf8'), f.slice(root.length + 1));
    for (const d of seedDocuments()) agree(d.text, d.name);
  });

  it('…on the hostile inputs', function () {
    this.timeout(120000);
    for (const h of hostileInputs()) if (h.bytes.length < 3_000_000) agree(new TextDecoder().decode(h.bytes), h.name);
  });

  it('…on link reference definitions, decoded and normalised by the packages loaded on first use', () => {
    for (const r of REFERENCES) agree(r, JSON.stringify(r));
    const env: { references?: Record<string, { href: string; title: string }> } = {};
    parseBlocks(REFERENCES[0] + REFERENCES[2], env);
    assert.deepEqual(env.references?.A, { href: 'http://example.com/a&b', title: 'Tést "q"' });
    assert.equal(env.references?.C, undefined, '`javascript&colon;` decodes to a forbidden scheme');
  });

  it('…on random combinations of every block construct', function () {
    this.timeout(120000);
    const doc = fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('', ' ', '  ', '   ', '    ', '> ', '- ', '1. '), fc.constantFrom('\n', '\n\n', '\r\n', '\r')), { maxLength: 30 });
    fc.assert(fc.property(doc, (parts) => agree(parts.map(([f, indent, eol]) => indent + f.replace(/\n/g, `\n${indent}`) + eol).join(''), 'random')), { numRuns: 2000, seed: 6 });
  });
});

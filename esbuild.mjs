// Bundles the CLI, the extension (with the chunks it loads on first use) and the tests.
// Type-checking is separate (`npm run typecheck`).
// Usage: node esbuild.mjs [--watch] [--no-tests] [--production] [--analyze]
//   --analyze  prints what each input adds to dist/extension.js (esbuild's metafile) and the chunks' sizes
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const root = new URL('.', import.meta.url).pathname;
const coreDir = join(root, 'src', 'core') + sep;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The core must stay free of VS Code and of direct file access: fail the build if it is not. */
const coreIsPure = {
  name: 'core-is-pure',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(vscode|fs|fs\/promises)$/ }, (a) => {
      if (a.importer.startsWith(coreDir)) {
        return { errors: [{ text: `src/core must not import "${a.path}" (imported by ${relative(root, a.importer)}); pass I/O through the host interface` }] };
      }
      return undefined;
    });
  },
};

/**
 * markdown-it's dependencies that the document model never or seldom reaches, replaced in every
 * bundle by the files of src/shims/: the core runs only markdown-it's block parser
 * (src/core/block-parser.ts: inline rules off).
 *   linkify-it, uc.micro     read only by the inline and linkify rules: stand-ins that throw if used
 *   entities, mdurl,         decode and normalise the URL and title of link reference definitions:
 *   punycode.js              the same functions, loaded on first use (src/shims/link-references.ts)
 */
const markdownItDeps = {
  name: 'markdown-it-deps',
  setup(build) {
    const markdownIt = `${sep}node_modules${sep}markdown-it${sep}`;
    build.onResolve({ filter: /^(entities|linkify-it|mdurl|punycode\.js|uc\.micro)$/ }, (a) => (a.importer.includes(markdownIt) ? { path: join(root, 'src', 'shims', `${a.path}.ts`) } : undefined));
  },
};

/**
 * Code the extension seldom needs, shipped as files of their own in dist/chunks/ and loaded on
 * first use, so that loading the extension does not pay for it. The source asks for each with a
 * plain `require()` inside the function that needs it; the extension build turns that require into
 * `require("./chunks/<file>")`, and the CLI and the tests bundle it inline (initialised on first
 * use). `contents` is what the chunk is built from.
 */
const chunks = [
  // front matter and configuration files beyond the subset src/core/front-matter.ts reads itself,
  // and new files' front matter
  { file: 'yaml.js', request: /^yaml$/, contents: "module.exports = require('yaml');" },
  // what link reference definitions need: entities, mdurl, punycode.js (src/shims/link-references.ts)
  { file: 'link-references.js', request: /\/link-references$/, contents: "export * from './src/shims/link-references';" },
  // the validators of configuration files and of a catalog changed since build:meta (src/core/precompiled.ts)
  { file: 'meta-validators.js', request: /\/validators-meta\.generated$/, contents: "export * from './src/core/validators-meta.generated';" },
  // the templates of new files (src/catalog/index.generated.ts)
  { file: 'templates.js', request: /\/templates\.generated$/, contents: "export * from './src/catalog/templates.generated';" },
];

const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    for (const c of chunks) {
      build.onResolve({ filter: c.request }, (a) => {
        if (a.kind === 'require-call') return { path: `./chunks/${c.file}`, external: true };
        return { errors: [{ text: `"${a.path}" is loaded on first use from dist/chunks/${c.file}: require() it where it is needed instead of importing it (${relative(root, a.importer)})` }] };
      });
    }
  },
};

/**
 * One namespace object for the VS Code API. esbuild gives each module that imports "vscode" its
 * own copy of the API's names (`__toESM(require("vscode"))`: a getter for each of ~200 names, in
 * each of ~25 modules), which was about a third of the time to load the extension (bench/README.md,
 * (5)); they now share one, with the same getters.
 */
const oneVscode = {
  name: 'one-vscode',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (a) => (a.namespace === 'one-vscode' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'one-vscode' }));
    build.onLoad({ filter: /.*/, namespace: 'one-vscode' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  loader: { '.md': 'text' },
  logLevel: 'warning',
  legalComments: 'none',
  define: { SE_VERSION: JSON.stringify(pkg.version) },
};

function walk(dir, match, out = []) {
  let names = [];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, match, out);
    else if (match(p)) out.push(p);
  }
  return out;
}

const builds = [
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    minify: production,
    plugins: [coreIsPure, markdownItDeps],
  },
  {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: true,
    plugins: [coreIsPure, oneVscode, markdownItDeps, lazyChunks],
  },
  ...chunks.map((c) => ({
    ...common,
    stdin: { contents: c.contents, resolveDir: process.cwd(), sourcefile: `chunks/${c.file}`, loader: 'ts' },
    outfile: `dist/chunks/${c.file}`,
    minify: true,
    plugins: [coreIsPure, markdownItDeps],
  })),
];

if (!args.has('--no-tests')) {
  const unit = walk(join(root, 'test'), (p) => p.endsWith('.test.ts') && !p.includes(`${sep}integration${sep}`));
  if (unit.length) {
    builds.push({ ...common, entryPoints: unit, outdir: 'out/test', outbase: 'test', external: ['mocha'], plugins: [coreIsPure, markdownItDeps] });
  }
  const integration = walk(join(root, 'test', 'integration', 'suite'), (p) => p.endsWith('.ts'));
  if (integration.length) {
    builds.push({ ...common, entryPoints: integration, outdir: 'out/integration/suite', outbase: 'test/integration/suite', external: ['vscode', 'mocha'], plugins: [markdownItDeps] });
  }
}

// A chunk no longer built must not linger (the .vsix takes every file of dist/chunks/).
rmSync('dist/chunks', { recursive: true, force: true });

try {
  if (args.has('--watch')) {
    for (const b of builds) await (await esbuild.context(b)).watch();
  } else {
    const results = await Promise.all(builds.map((b) => esbuild.build(args.has('--analyze') ? { ...b, metafile: true } : b)));
    if (args.has('--analyze')) {
      for (const [i, r] of results.entries()) {
        const out = builds[i].outfile;
        if (out === 'dist/extension.js') console.log(await esbuild.analyzeMetafile(r.metafile));
        else if (out?.startsWith('dist/chunks/')) console.log(`  ${out}: ${Object.values(r.metafile.outputs)[0].bytes} bytes, loaded on first use`);
      }
    }
  }
} catch {
  process.exitCode = 1;
}

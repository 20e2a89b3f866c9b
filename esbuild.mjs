// Bundles the CLI, the extension and the tests. Type-checking is separate (`npm run typecheck`).
// Usage: node esbuild.mjs [--watch] [--no-tests] [--production]
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
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
 * Two of markdown-it's dependencies that the document model never reaches, replaced in every bundle
 * by stand-ins that throw if used (src/shims/): linkify-it and uc.micro are read only by the inline
 * and linkify rules, and the core runs only markdown-it's block parser (src/core/block-parser.ts).
 */
const markdownItDeps = {
  name: 'markdown-it-deps',
  setup(build) {
    const markdownIt = `${sep}node_modules${sep}markdown-it${sep}`;
    build.onResolve({ filter: /^(linkify-it|uc\.micro)$/ }, (a) => (a.importer.includes(markdownIt) ? { path: join(root, 'src', 'shims', `${a.path}.ts`) } : undefined));
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
    plugins: [coreIsPure, markdownItDeps],
  },
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

try {
  if (args.has('--watch')) {
    for (const b of builds) await (await esbuild.context(b)).watch();
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
} catch {
  process.exitCode = 1;
}

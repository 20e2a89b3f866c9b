// Builds what the bench runs, into bench/.data/build/ (never into dist/, which others use):
//   core.cjs   the core (engine, document model, rules) bundled for node, for the in-process measurements
//   dist/      the production bundles, made by the project's own esbuild.mjs (--production) run in a
//              shadow folder whose src/, schemas/, package.json and node_modules link to the real ones
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const BUILD = join(root, 'bench', '.data', 'build');

export async function build() {
  mkdirSync(BUILD, { recursive: true });
  // The entry: the real core, plus the progress model once it exists.
  const exportsList = [
    "export { lint, compareFindings } from '../../../src/core/engine';",
    "export * as engine from '../../../src/core/engine';",
    "export { parseDocument } from '../../../src/core/document';",
    "export { Workspace } from '../../../src/core/engagement';",
    "export { catalog } from '../../../src/core/catalog';",
    "export { rules } from '../../../src/core/rules/index.generated';",
  ];
  if (existsSync(join(root, 'src/core/progress.ts'))) exportsList.push("export * as progress from '../../../src/core/progress';");
  const entry = join(BUILD, 'entry.ts');
  writeFileSync(entry, `${exportsList.join('\n')}\n`);
  const core = join(BUILD, 'core.cjs');
  await esbuild.build({
    entryPoints: [entry],
    outfile: core,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.md': 'text' },
    logLevel: 'error',
    define: { SE_VERSION: '"bench"' },
  });

  const shadow = join(BUILD, 'shadow');
  rmSync(join(shadow, 'dist'), { recursive: true, force: true });
  mkdirSync(shadow, { recursive: true });
  for (const name of ['src', 'schemas', 'node_modules', 'package.json', 'tsconfig.json']) {
    const link = join(shadow, name);
    if (!existsSync(link)) symlinkSync(join(root, name), link);
  }
  const r = spawnSync(process.execPath, [join(root, 'esbuild.mjs'), '--production', '--no-tests'], { cwd: shadow, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`production build failed:\n${r.stdout}${r.stderr}`);
  return { core, cli: join(shadow, 'dist', 'cli.js'), extension: join(shadow, 'dist', 'extension.js'), shadow };
}

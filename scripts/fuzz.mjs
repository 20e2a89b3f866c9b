// Bundles test/fuzz/fuzz-main.ts and runs it: `npm run fuzz -- --runs 100000`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outfile = join(root, 'out', 'fuzz.cjs');
await esbuild.build({ entryPoints: [join(root, 'test', 'fuzz', 'fuzz-main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', loader: { '.md': 'text' }, logLevel: 'error' });
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);

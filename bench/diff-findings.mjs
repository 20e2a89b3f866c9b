// Differential check for performance work: lints the same documents with the core of another
// commit and with the working tree, and reports every document whose findings differ. A faster
// rule or document model must give identical findings (same rules, ranges, messages, fixes).
//
//   node bench/diff-findings.mjs <git-ref> [--mutations N] [--seed S]
//
// Documents: the bench's generated corpus (bench/.data/corpus-1k, made by `npm run bench`) when
// present, ../shared/corpus, examples/, docs/, and N (default 1,500) mutations of those: pieces of
// markup, secrets, addresses, customer names and front matter inserted and text deleted at seeded
// positions. Exit 1 when any document differs. The reference tree is a detached worktree under
// bench/.data/ (git-ignored), removed afterwards.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { markdownFiles, readAll, seeded } from './lib.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const ref = args.find((a) => !a.startsWith('--'));
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
if (!ref) {
  console.error('usage: node bench/diff-findings.mjs <git-ref> [--mutations N] [--seed S]');
  process.exit(2);
}
const work = join(root, 'bench', '.data', 'diff');
const refTree = join(work, 'ref');
mkdirSync(work, { recursive: true });
const git = (...a) => {
  const r = spawnSync('git', a, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
if (existsSync(refTree)) git('worktree', 'remove', '--force', refTree);
git('worktree', 'add', '--detach', refTree, ref);
symlinkSync(join(root, 'node_modules'), join(refTree, 'node_modules'));

const require = createRequire(join(root, 'package.json'));
async function bundle(tree, name) {
  const entry = join(work, `${name}-entry.ts`);
  writeFileSync(entry, `export { lint } from '${tree}/src/core/engine';\nexport { Workspace } from '${tree}/src/core/engagement';\n`);
  const outfile = join(work, `${name}.cjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', loader: { '.md': 'text' }, logLevel: 'error', define: { SE_VERSION: '"diff"' } });
  return require(outfile);
}

try {
  const before = await bundle(refTree, 'ref');
  const after = await bundle(root, 'cur');
  const corpus1k = join(root, 'bench', '.data', 'corpus-1k', 'engagements');
  const sets = [
    ['corpus-1k', existsSync(corpus1k) ? readAll(markdownFiles(corpus1k)) : []],
    ['shared corpus', readAll(markdownFiles(join(root, '..', 'shared', 'corpus')))],
    ['examples', readAll(markdownFiles(join(root, 'examples')))],
    ['docs', readAll(markdownFiles(join(root, 'docs')))],
  ];
  const pool = sets.flatMap(([, files]) => files);
  const rand = seeded(opt('--seed', 42));
  const pieces = ['\n', '\r\n', '`', '<!--', '-->', '](', ')', '|', '# ', '- [ ] ', '```', '\n---\n', '  ', '> ', 'é', '@', 'password: Tr0ub4dor3x ', 'api_key=AbC123xyz456QWE789', 'jane.doe@acme.io ', 'Contoso ', 'fabrikam', '\u212aelvin', 'owner: @sam ', '2026-01-01 ', '{{Customer}}', '[Owner name]', 'TBD ', '"We cut costs," said Dana. ', 'stakeholders:\n  - name: Jo\n    email: jo@x.io\n'];
  const mutated = [];
  for (let i = 0; i < opt('--mutations', 1500) && pool.length; i++) {
    const src = pool[Math.floor(rand() * pool.length)];
    let t = src.text;
    for (let k = 0; k < 15; k++) {
      const at = Math.floor(rand() * t.length);
      t = rand() < 0.7 ? t.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + t.slice(at) : t.slice(0, at) + t.slice(at + Math.floor(rand() * 20));
    }
    mutated.push({ path: src.path, text: t });
  }
  sets.push(['mutated', mutated]);

  let differ = 0;
  let total = 0;
  const byRule = {};
  for (const [name, files] of sets) {
    // Each set is linted inside the generated workspace (its engagement.md files), as in the bench.
    const texts = new Map(sets[0][1].map((f) => [f.path, f.text]));
    const host = { readText: (p) => texts.get(p), engagementFiles: () => [...texts.keys()].filter((p) => p.endsWith('/engagement.md')) };
    const wsBefore = new before.Workspace(host);
    const wsAfter = new after.Workspace(host);
    for (const f of files) {
      const o = { path: f.path, today: '2026-11-23' };
      const a = before.lint(f.text, { ...o, workspace: wsBefore }).findings;
      const b = after.lint(f.text, { ...o, workspace: wsAfter }).findings;
      for (const x of b) byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
      total++;
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        if (differ++ < 10) console.log(`differs (${name}): ${f.path}: ${a.length} findings before, ${b.length} after`);
      }
    }
  }
  const findings = Object.values(byRule).reduce((x, y) => x + y, 0);
  console.log(`${total} documents, ${findings} findings from ${Object.keys(byRule).length} rules: ${differ} differ from ${ref}`);
  process.exitCode = differ ? 1 : 0;
} finally {
  git('worktree', 'remove', '--force', refTree);
}

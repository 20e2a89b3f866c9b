// `npm run bench`: how fast the linter is, against markdownlint and markdown-it on the same inputs.
// Usage: npm run bench -- [--check] [--10k] [--reps N] [--quick] [--print]
//   --check   also exit 1 when a budget is missed (runs the 10,000-file CLI measurement for its peak RSS)
//   --10k     also compare the CLIs over 10,000 files (adds about five minutes: markdownlint-cli2 is slow)
//   --quick   fewer repetitions, for a fast look while working (not for the record)
//   --print   print the table of the last run (bench/results.json) again
// See bench/README.md for what is measured, how, and what the figures mean.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, type as osType, release } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from '../bench/build.mjs';
import { TODAY, generate } from '../bench/generate.mjs';
import { round, stats } from '../bench/lib.mjs';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const value = (f, d) => {
  const i = argv.indexOf(f);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : d;
};
const check = flag('--check');
const tenK = flag('--10k');
const quick = flag('--quick');
const reps = value('--reps', quick ? 3 : 7);
const started = performance.now();
const log = (s) => process.stderr.write(`${s}\n`);

export const BUDGETS = {
  ratioMarkdownlint: 0.1,
  ratioParse: 1.8,
  ratioEdit: 1.5,
  ratioEditGoal: 0.25,
  ratioCli: 0.15,
  rss10kMiB: 250,
  activationMs: 30,
  extensionKB: 400,
};

if (flag('--print')) {
  // Print the table of the last run again (bench/results.json), measuring nothing.
  printTable(JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')));
  process.exit(0);
}

// ------------------------------------------------------------------ inputs and builds
log('SE Deliverables bench');
const data = generate({ tenK: tenK || check, log: (s) => log(`  ${s}`) });
log('  building (core for in-process runs; production bundles via esbuild.mjs --production)');
const built = await build();
const realCorpus = join(root, '..', 'shared', 'corpus');
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 1), freeGiB: round(freemem() / 2 ** 30, 1), os: `${osType()} ${release()}`, node: process.version },
  versions: {
    'se-deliverables': pkgVersion(root),
    markdownlint: pkgVersion(join(root, 'node_modules', 'markdownlint')),
    'markdownlint-cli2': pkgVersion(join(root, 'node_modules', 'markdownlint-cli2')),
    'markdown-it': pkgVersion(join(root, 'node_modules', 'markdown-it')),
    rules: 0,
  },
  options: { reps, quick, check, tenK, today: TODAY },
  inputs: { corpus1k: summary(data['corpus-1k']), big: summary(data.big), corpus10k: data['corpus-10k'] ? summary(data['corpus-10k']) : undefined, realCorpus: existsSync(realCorpus) ? '../shared/corpus' : undefined },
};

// ------------------------------------------------------------------ (1) (2) (3) (6): in-process, in a child with a clean heap
log(`(1)(2)(3)(6) in-process, ${reps} repetitions after warm-up`);
{
  const args = { root, core: built.core, corpus1k: join(data['corpus-1k'].dir, 'engagements'), big: data.big.path, realCorpus: existsSync(realCorpus) ? realCorpus : undefined, reps, mdlReps: quick ? 1 : 3, editReps: quick ? 9 : 21, today: TODAY };
  const r = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench', 'inproc.mjs'), JSON.stringify(args)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`bench/inproc.mjs failed (exit ${r.status})`);
  Object.assign(results, JSON.parse(r.stdout));
}
const { createRequire } = await import("node:module");
const core = createRequire(import.meta.url)(built.core);
results.versions.rules = core.rules.length;

// ------------------------------------------------------------------ (4): whole-process CLI vs markdownlint-cli2
log('(4) CLI over the folders (wall time and peak RSS per process)');
const mdlBin = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const ourCli = () => [process.execPath, built.cli, 'lint', '.', '--today', TODAY];
const theirCli = () => [process.execPath, mdlBin, '**/*.md'];
results.cli = {};
{
  const dir = data['corpus-1k'].dir;
  const n = quick ? 1 : 3;
  results.cli.files1k = compareCli(dir, ourCli(), theirCli(), n, n);
}
if (data['corpus-10k']) {
  const dir = data['corpus-10k'].dir;
  results.cli.files10k = compareCli(dir, ourCli(), theirCli(), 1, tenK ? 1 : 0);
}

// ------------------------------------------------------------------ (5): cold start and bundle sizes
log('(5) cold start: load dist/extension.js and run activate() with a stub vscode, one process per sample');
{
  const samples = [];
  let last;
  const n = quick ? 7 : 21;
  for (let i = 0; i < n + 2; i++) {
    const r = spawnSync(process.execPath, [join(root, 'bench', 'cold-start.cjs'), built.extension, data['corpus-1k'].dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold start failed: ${r.stderr}`);
    last = JSON.parse(r.stdout);
    if (i >= 2) samples.push(last);
  }
  results.coldStart = {
    total: stats(samples.map((s) => s.total)),
    load: stats(samples.map((s) => s.load)),
    activate: stats(samples.map((s) => s.activate)),
    subscriptions: last.subscriptions,
    // Files of dist/chunks/ that loading and activating required (none is expected).
    chunksLoaded: [...new Set(samples.flatMap((s) => s.chunksLoaded ?? []))],
    error: last.error,
  };
  // The extension's chunks: code it loads on first use, from dist/chunks/ (reported apart, not hidden).
  const chunkDir = join(dirname(built.extension), 'chunks');
  const chunks = Object.fromEntries((existsSync(chunkDir) ? readdirSync(chunkDir) : []).filter((f) => f.endsWith('.js')).sort().map((f) => [f, statSync(join(chunkDir, f)).size]));
  results.bundles = { extensionBytes: statSync(built.extension).size, chunkBytes: Object.values(chunks).reduce((a, b) => a + b, 0), chunks, cliBytes: statSync(built.cli).size };
}

// ------------------------------------------------------------------ report
results.elapsedSeconds = round((performance.now() - started) / 1000, 1);
results.budgets = evaluate(results);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
if (check) {
  const failed = results.budgets.filter((b) => b.enforced && !b.pass);
  if (failed.length) {
    log(`\nbench --check: ${failed.length} budget(s) missed: ${failed.map((b) => b.name).join(', ')}`);
    process.exit(1);
  }
  log('\nbench --check: all budgets met');
}

// ------------------------------------------------------------------ helpers
function pkgVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function summary(d) {
  return { files: d.files, bytes: d.bytes, lines: d.lines, engagements: d.engagements };
}

/** One process: wall time measured here, peak RSS by /usr/bin/time (or a preloaded hook without it). */
function runProcess(cmd, cwd) {
  const tmp = join(root, 'bench', '.data', `rss-${process.pid}.txt`);
  rmSync(tmp, { force: true });
  const haveTime = existsSync('/usr/bin/time');
  const full = haveTime ? ['/usr/bin/time', '-f', '%M', '-o', tmp, ...cmd] : cmd;
  const env = haveTime ? process.env : { ...process.env, NODE_OPTIONS: `--require ${join(root, 'bench', 'rss-hook.cjs')}`, SE_BENCH_RSS_FILE: tmp };
  const a = performance.now();
  const r = spawnSync(full[0], full.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = performance.now() - a;
  if (r.status === null || r.status > 1) throw new Error(`${cmd.join(' ')} exited with ${r.status ?? r.signal}`);
  const kb = Number(readFileSync(tmp, 'utf8').trim().split(/\s+/).pop());
  rmSync(tmp, { force: true });
  return { ms, rssMiB: kb / 1024 };
}

function compareCli(dir, ours, theirs, nOurs, nTheirs) {
  const files = data[dir.endsWith('10k') ? 'corpus-10k' : 'corpus-1k'];
  const label = `${files.files + files.engagements} files`;
  // Warm-up: the disk cache and node's compile cache, for both.
  runProcess(ours, dir);
  const o = [];
  const t = [];
  for (let i = 0; i < Math.max(nOurs, nTheirs); i++) {
    if (i < nOurs) o.push(runProcess(ours, dir));
    if (i < nTheirs) t.push(runProcess(theirs, dir));
  }
  const res = {
    files: files.files + files.engagements,
    ours: { wall: stats(o.map((x) => x.ms)), rssMiB: stats(o.map((x) => x.rssMiB)) },
    markdownlintCli2: t.length ? { wall: stats(t.map((x) => x.ms)), rssMiB: stats(t.map((x) => x.rssMiB)) } : undefined,
  };
  res.ratio = res.markdownlintCli2 ? round(res.ours.wall.median / res.markdownlintCli2.wall.median, 4) : undefined;
  log(`  ${label}: ours ${(res.ours.wall.median / 1000).toFixed(2)} s / ${res.ours.rssMiB.median.toFixed(0)} MiB${res.markdownlintCli2 ? `; markdownlint-cli2 ${(res.markdownlintCli2.wall.median / 1000).toFixed(2)} s / ${res.markdownlintCli2.rssMiB.median.toFixed(0)} MiB` : ''}`);
  return res;
}

function evaluate(r) {
  const b = [];
  const add = (name, v, limit, enforced = true) => b.push({ name, value: v, limit, pass: v !== undefined && v <= limit, enforced: enforced && v !== undefined });
  add('(1) full lint / markdownlint', r.corpus.ratioMarkdownlint, BUDGETS.ratioMarkdownlint);
  add('(2) full lint / markdown-it parse', r.corpus.ratioParse, BUDGETS.ratioParse);
  add('(3) edit re-lint / markdown-it parse', r.edit.ratio, BUDGETS.ratioEdit);
  add('(3) goal: edit re-lint / parse', r.edit.ratio, BUDGETS.ratioEditGoal, false);
  add('(4) CLI / markdownlint-cli2 (1,000 files)', r.cli.files1k.ratio, BUDGETS.ratioCli);
  if (r.cli.files10k?.ratio !== undefined) add('(4) CLI / markdownlint-cli2 (10,000 files)', r.cli.files10k.ratio, BUDGETS.ratioCli);
  add('(4) peak RSS, CLI over 10,000 files (MiB)', r.cli.files10k?.ours.rssMiB.max, BUDGETS.rss10kMiB);
  add('(5) activation (ms)', r.coldStart.total.median, BUDGETS.activationMs);
  add('(5) extension bundle (KB)', r.bundles.extensionBytes / 1000, BUDGETS.extensionKB);
  return b;
}

function printTable(r) {
  const ms = (s) => (s.median >= 1000 ? `${(s.median / 1000).toFixed(2)} s [${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)}]` : `${s.median.toFixed(s.median < 10 ? 2 : 1)} ms [${s.min.toFixed(s.min < 10 ? 2 : 1)}–${s.max.toFixed(s.max < 10 ? 2 : 1)}]`);
  const mib = (s) => `${s.median.toFixed(0)} MiB [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;
  const rows = [];
  const budget = (name) => {
    const x = r.budgets.find((y) => y.name === name);
    if (!x) return '';
    return `≤ ${x.limit} ${x.pass ? 'PASS' : x.enforced ? 'FAIL' : 'not yet'}`;
  };
  const c = r.corpus;
  rows.push(['(1) full lint, 1,000 files in-process', `ours ${ms(c.ours)} (${c.mbPerSec.ours} MB/s)`, `markdownlint ${ms(c.markdownlint)} (${c.mbPerSec.markdownlint} MB/s)`, c.ratioMarkdownlint, budget('(1) full lint / markdownlint')]);
  if (r.realCorpus) rows.push([`(1b) real documents (${r.realCorpus.files} files)`, `ours ${ms(r.realCorpus.ours)}`, `markdownlint ${ms(r.realCorpus.markdownlint)}`, r.realCorpus.ratioMarkdownlint, '(info)']);
  rows.push(['(2) full lint vs bare markdown-it parse', `ours ${ms(c.ours)}`, `markdown-it ${ms(c.markdownit)} (${c.mbPerSec.markdownit} MB/s)`, c.ratioParse, budget('(2) full lint / markdown-it parse')]);
  if (r.realCorpus) rows.push(['(2b) real documents vs markdown-it', `ours ${ms(r.realCorpus.ours)}`, `markdown-it ${ms(r.realCorpus.markdownit)}`, r.realCorpus.ratioParse, '(info)']);
  const e = r.edit;
  rows.push([`(3) 1-char edit, ${e.lines.toLocaleString('en-US')}-line file (${e.api})`, `re-lint ${ms(e.incremental ?? e.relint)}`, `markdown-it ${ms(e.markdownit)}`, e.ratio, `${budget('(3) edit re-lint / markdown-it parse')}; goal < 0.25 ${e.ratio < 0.25 ? 'met' : 'not met'}`]);
  if (e.incremental) rows.push(['    plain lint() of the edited text', `lint ${ms(e.relint)}`, '', e.ratioRelint, '(info)']);
  const k = r.cli.files1k;
  rows.push([`(4) CLI, ${k.files.toLocaleString('en-US')} files`, `ours ${ms(k.ours.wall)}, ${mib(k.ours.rssMiB)}`, `markdownlint-cli2 ${ms(k.markdownlintCli2.wall)}, ${mib(k.markdownlintCli2.rssMiB)}`, k.ratio, budget('(4) CLI / markdownlint-cli2 (1,000 files)')]);
  const t = r.cli.files10k;
  if (t) rows.push([`(4) CLI, ${t.files.toLocaleString('en-US')} files`, `ours ${ms(t.ours.wall)}, ${mib(t.ours.rssMiB)}`, t.markdownlintCli2 ? `markdownlint-cli2 ${ms(t.markdownlintCli2.wall)}, ${mib(t.markdownlintCli2.rssMiB)}` : '(markdownlint-cli2: run with --10k)', t.ratio ?? '', `RSS (MiB) ${budget('(4) peak RSS, CLI over 10,000 files (MiB)')}${t.ratio !== undefined ? `; ratio ${budget('(4) CLI / markdownlint-cli2 (10,000 files)')}` : ''}`]);
  const chunksLoaded = r.coldStart.chunksLoaded?.length ? `; loaded chunks ${r.coldStart.chunksLoaded.join(', ')}` : '';
  rows.push(['(5) cold start: load + activate()', `${ms(r.coldStart.total)} (load ${r.coldStart.load.median.toFixed(1)}, activate ${r.coldStart.activate.median.toFixed(1)})`, r.coldStart.error ? `activate threw: ${r.coldStart.error}` : `${r.coldStart.subscriptions} subscriptions${chunksLoaded}`, '', `(ms) ${budget('(5) activation (ms)')}`]);
  const onDemand = r.bundles.chunkBytes ? ` (+ ${(r.bundles.chunkBytes / 1000).toFixed(1)} KB loaded on demand)` : '';
  rows.push(['(5) bundles (production, minified)', `extension.js ${(r.bundles.extensionBytes / 1000).toFixed(1)} KB${onDemand}`, `cli.js ${(r.bundles.cliBytes / 1000).toFixed(1)} KB`, '', `(KB) ${budget('(5) extension bundle (KB)')}`]);
  const w = r.workspace;
  rows.push([`(6) workspace model, ${w.files.toLocaleString('en-US')} files (${w.mode})`, `cold ${ms(w.cold)}`, `update after one change ${ms(w.update)}`, '', '(info)']);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((x, i) => String(x).padEnd(widths[i])).join(' │ ');
  process.stdout.write(`\nSE Deliverables bench — ${r.machine.cores}× ${r.machine.cpu}, node ${r.machine.node}, ${r.versions.rules} rules; markdownlint ${r.versions.markdownlint}, markdownlint-cli2 ${r.versions['markdownlint-cli2']}, markdown-it ${r.versions['markdown-it']}\n`);
  process.stdout.write('medians [min–max]; ratio = ours / theirs\n\n');
  process.stdout.write(`${line(['measurement', 'ours', 'reference', 'ratio', 'budget'])}\n${widths.map((x) => '─'.repeat(x)).join('─┼─')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  for (const n of r.notes ?? []) process.stdout.write(`note: ${n}\n`);
  process.stdout.write(`\n${r.elapsedSeconds} s; written to bench/results.json\n`);
}

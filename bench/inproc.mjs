// In-process measurements (1), (2), (3) and (6), run in a child process of scripts/bench.mjs so
// every run starts from a clean heap. Prints one JSON object on stdout.
//   node bench/inproc.mjs '<json args>'
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { markdownFiles, readAll, round, seeded, stats, time } from './lib.mjs';

const args = JSON.parse(process.argv[2]);
const root = args.root;
const require = createRequire(join(root, 'package.json'));
const core = require(args.core);
const MarkdownIt = require('markdown-it');
const { lint: markdownlint } = await import(require.resolve('markdownlint/sync'));
const md = new MarkdownIt();
const today = args.today;
const out = { notes: [] };
const log = (s) => process.stderr.write(`  ${s}\n`);

/** A host over strings already in memory: linting measures the engine, not the disk. */
function memHost(files) {
  const map = new Map(files.map((f) => [f.path, f.text]));
  const engagements = files.filter((f) => basename(f.path).toLowerCase() === 'engagement.md').map((f) => f.path);
  return { readText: (p) => map.get(p), engagementFiles: () => engagements, map };
}

function lintAll(files, host, asTypes) {
  const workspace = new core.Workspace(host);
  let findings = 0;
  for (const f of files) findings += core.lint(f.text, { path: f.path, workspace, today, asType: asTypes?.get(f.path) }).findings.length;
  return findings;
}
const parseAll = (files) => {
  for (const f of files) md.parse(f.text, {});
};
const markdownlintAll = (files) => {
  let n = 0;
  for (const f of files) n += markdownlint({ strings: { [f.path]: f.text } })[f.path].length;
  return n;
};

/** Runs the three contenders interleaved, so drift in machine speed hits each alike. */
function compare(files, host, asTypes, reps, mdlReps) {
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  // Warm-up: every contender once (markdownlint on a slice: it is the slow one).
  const findings = lintAll(files, host, asTypes);
  parseAll(files);
  const mdlFindings = markdownlintAll(files.slice(0, Math.max(20, files.length >> 3)));
  const ours = [];
  const parse = [];
  const mdl = [];
  let mdlTotal = 0;
  for (let i = 0; i < reps; i++) {
    global.gc?.();
    ours.push(time(() => lintAll(files, host, asTypes)));
    global.gc?.();
    parse.push(time(() => parseAll(files)));
    if (i < mdlReps) {
      global.gc?.();
      mdl.push(time(() => (mdlTotal = markdownlintAll(files))));
    }
  }
  void mdlFindings;
  const s = { ours: stats(ours), markdownit: stats(parse), markdownlint: stats(mdl) };
  return {
    files: files.length,
    bytes,
    findings,
    markdownlintFindings: mdlTotal,
    ...s,
    mbPerSec: { ours: round(bytes / 1048576 / (s.ours.median / 1000)), markdownit: round(bytes / 1048576 / (s.markdownit.median / 1000)), markdownlint: round(bytes / 1048576 / (s.markdownlint.median / 1000)) },
    ratioMarkdownlint: round(s.ours.median / s.markdownlint.median, 4),
    ratioParse: round(s.ours.median / s.markdownit.median, 4),
  };
}

// ------------------------------------------------------------------ (1) + (2): 1,000 generated files
{
  const files = readAll(markdownFiles(args.corpus1k));
  log(`(1)(2) ${files.length} files, ${args.reps} reps (markdownlint ${args.mdlReps})`);
  out.corpus = compare(files, memHost(files), undefined, args.reps, args.mdlReps);
}

// ------------------------------------------------------------------ (1b): the real documents, linted as their kind
if (args.realCorpus && existsSync(args.realCorpus)) {
  const files = readAll(markdownFiles(args.realCorpus)).filter((f) => basename(f.path) !== 'README.md');
  const asTypes = new Map(files.map((f) => [f.path, basename(dirname(f.path))]));
  log(`(1b) real corpus: ${files.length} files`);
  out.realCorpus = compare(files, memHost(files), asTypes, args.reps, Math.min(args.reps, 5));
} else out.notes.push('../shared/corpus not present: real documents not measured');

// ------------------------------------------------------------------ (3): one-character edits in the 20,000-line file
{
  const path = args.big;
  const engagementPath = join(dirname(path), 'engagement.md');
  const base = readFileSync(path, 'utf8');
  const host = memHost([{ path: engagementPath, text: readFileSync(engagementPath, 'utf8') }, { path, text: base }]);
  const workspace = new core.Workspace(host);
  const opts = { path, workspace, today };
  const lines = base.split('\n');
  const rand = seeded(6);
  // Edit points: inside prose lines of the body (where typing happens), chosen by a fixed seed.
  const prose = [];
  for (let i = 40; i < lines.length; i++) if (/^[A-Z][a-z]/.test(lines[i]) && lines[i].length > 20) prose.push(i);
  const offsets = [];
  let acc = 0;
  const lineStart = lines.map((l) => {
    const s = acc;
    acc += l.length + 1;
    return s;
  });
  const edits = [];
  for (let k = 0; k < args.editReps + 3; k++) {
    const line = prose[Math.floor(rand() * prose.length)];
    const at = lineStart[line] + 1 + Math.floor(rand() * (lines[line].length - 2));
    offsets.push(at);
    edits.push(at);
  }
  const incremental = typeof core.lintIncremental === 'function';
  const full = [];
  const relint = [];
  const inc = [];
  const parse = [];
  let text = base;
  let prev = core.lint(text, opts);
  core.lint(text, opts);
  md.parse(text, {});
  for (let k = 0; k < edits.length; k++) {
    const at = edits[k];
    // Alternate typing a character and deleting one, so the text stays near its original.
    const next = k % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : `${text.slice(0, at)}${text.slice(at + 1)}`;
    const change = k % 2 === 0 ? { start: at, end: at, text: 'x' } : { start: at, end: at + 1, text: '' };
    global.gc?.();
    const tp = time(() => md.parse(next, {}));
    global.gc?.();
    let plain;
    const tr = time(() => (plain = core.lint(next, opts)));
    let ti;
    if (incremental) {
      let r;
      global.gc?.();
      ti = time(() => (r = core.lintIncremental(next, opts, prev, change)));
      if (k === 0 || k === edits.length - 1) {
        const a = JSON.stringify(plain.findings);
        const b = JSON.stringify(r.findings);
        if (a !== b) out.notes.push(`lintIncremental differs from lint after edit ${k}`);
      }
      prev = r;
    } else prev = plain;
    if (k >= 3) {
      parse.push(tp);
      relint.push(tr);
      if (ti !== undefined) inc.push(ti);
    }
    text = next;
  }
  for (let k = 0; k < 3; k++) full.push(time(() => core.lint(text, opts)));
  const sParse = stats(parse);
  const sRelint = stats(relint);
  const sInc = inc.length ? stats(inc) : undefined;
  out.edit = {
    lines: lines.length - 1,
    bytes: Buffer.byteLength(base),
    markdownit: sParse,
    relint: sRelint,
    incremental: sInc,
    api: incremental ? 'lintIncremental' : 'lint',
    ratioRelint: round(sRelint.median / sParse.median, 4),
    ratio: round((sInc ?? sRelint).median / sParse.median, 4),
  };
  log(`(3) edits: parse ${sParse.median.toFixed(1)} ms, re-lint ${sRelint.median.toFixed(1)} ms${sInc ? `, incremental ${sInc.median.toFixed(2)} ms` : ''}`);
}

// ------------------------------------------------------------------ (6): the workspace model over 1,000 deliverables
{
  const files = readAll(markdownFiles(args.corpus1k));
  const host = memHost(files);
  const progress = core.progress;
  const cold = [];
  const update = [];
  const changed = files.find((f) => /\/risk-register\.md$/.test(f.path));
  const edited = changed.text.replace(/^status: \w[\w-]*$/m, 'status: final');
  let mode;
  if (progress && typeof progress.workspaceProgress === 'function' && typeof progress.factsOf === 'function' && typeof progress.progressOf === 'function') {
    mode = 'progress';
    // Cold: workspaceProgress over every file. Update, as the sidebar does it: re-lint the changed
    // file, replace its facts, and recompute the model from the facts kept for every file.
    for (let k = 0; k < args.reps + 1; k++) {
      global.gc?.();
      let ws;
      const t = time(() => {
        ws = new core.Workspace(host);
        progress.workspaceProgress(ws, files, { today });
      });
      const facts = new Map();
      for (const f of files) {
        const x = progress.factsOf(f.path, core.lint(f.text, { path: f.path, workspace: ws, today }));
        if (x) facts.set(f.path, x);
      }
      const u = time(() => {
        const x = progress.factsOf(changed.path, core.lint(k % 2 ? changed.text : edited, { path: changed.path, workspace: ws, today }));
        if (x) facts.set(changed.path, x);
        else facts.delete(changed.path);
        progress.progressOf(ws.engagements(), facts.values());
      });
      if (k > 0) {
        cold.push(t);
        update.push(u);
      }
    }
  }
  if (!mode) {
    mode = 'stand-in';
    out.notes.push('src/core/progress.ts does not exist yet: (6) measures the stand-in (build the Workspace and lint every deliverable of its engagements; the update re-lints the one changed file)');
    for (let k = 0; k < args.reps + 1; k++) {
      global.gc?.();
      let ws;
      const t = time(() => {
        ws = new core.Workspace(host);
        for (const e of ws.engagements()) void e;
        for (const f of files) core.lint(f.text, { path: f.path, workspace: ws, today });
      });
      const u = time(() => {
        core.lint(k % 2 ? changed.text : edited, { path: changed.path, workspace: ws, today });
      });
      if (k > 0) {
        cold.push(t);
        update.push(u);
      }
    }
  }
  out.workspace = { mode, files: files.length, cold: stats(cold), update: stats(update) };
  log(`(6) workspace (${mode}): cold ${out.workspace.cold.median.toFixed(0)} ms, update ${out.workspace.update.median.toFixed(2)} ms`);
}

process.stdout.write(JSON.stringify(out));

import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Workspace } from '../core/engagement';
import { workspaceProgress, type DeliverableState, type EngagementProgress, type ItemState, type WorkspaceProgress } from '../core/progress';
import { UsageError, parseArgs, str } from './args';
import { ConfigResolver, reportConfigProblems } from './config-load';
import { expandTargets, readForLint } from './files';
import { MAX_READ_BYTES, nodeHost, toPosix } from './node-host';
import type { Io } from './run';

export const STATUS_HELP = `Usage: se-deliverables status [DIR] [options]

Prints where each engagement under DIR (default: the current folder) stands: its phases with
done/total, the deliverables each phase expects (present or missing, with finding counts), the
recurring reports, and the four checklists. Inside an engagement folder, that whole engagement.

A phase's done/total counts its workflow steps ticked in engagement.md plus its expected
deliverables (cadence once, living or per-integration) that are final with no errors.

Options:
  --format text|json|markdown   output format (default text); json is the model the editor's sidebar shows
  --config FILE                 configuration file (default: the nearest .se-deliverables.yaml above each file)
  --today YYYY-MM-DD            the date rules compare against (default: today)`;

export function statusCommand(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, { format: 'value', today: 'value', config: 'value', help: 'flag' });
  if (p.options.has('help')) {
    io.out(`${STATUS_HELP}\n`);
    return 0;
  }
  const format = str(p, 'format') ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError('--format must be text, json or markdown');
  if (p.positionals.length > 1) throw new UsageError('status takes one folder');
  const today = str(p, 'today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today takes a date as YYYY-MM-DD');
  const asked = resolve(io.cwd, p.positionals[0] ?? '.');
  if (!existsSync(asked)) {
    io.err(`se-deliverables: no such folder: ${p.positionals[0]}\n`);
    return 2;
  }
  // Inside an engagement, the whole engagement: its deliverables may sit above the folder asked for.
  const dir = enclosingEngagement(asked) ?? asked;
  const configs = new ConfigResolver(io.cwd, str(p, 'config'));
  const files = expandTargets(io.cwd, [dir], [], io.cwd).files.filter((f) => !configs.forFile(f).ignores(f));
  if (reportConfigProblems(configs.loaded(), io.cwd, io.err)) return 2;
  const workspace = new Workspace(nodeHost([dir]));
  const docs = (function* () {
    for (const f of files) {
      let r;
      try {
        r = readForLint(f, MAX_READ_BYTES);
      } catch {
        continue;
      }
      if (!r.unreadable) yield { path: toPosix(f), text: r.text };
    }
  })();
  const progress = workspaceProgress(workspace, docs, { config: (path) => configs.forFile(path).config, today });
  const shown = relativize(progress, (abs) => toPosix(relative(io.cwd, abs)) || '.');
  if (format === 'json') io.out(`${JSON.stringify(shown, null, 2)}\n`);
  else if (format === 'markdown') io.out(markdown(shown));
  else io.out(text(shown));
  return 0;
}

function enclosingEngagement(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'engagement.md'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** The same model with every path relative to the working directory. */
export function relativize(p: WorkspaceProgress, rel: (abs: string) => string): WorkspaceProgress {
  const d = (s: DeliverableState): DeliverableState => ({ ...s, path: rel(s.path) });
  const i = (x: ItemState): ItemState => ({ ...x, task: x.task && { ...x.task, path: rel(x.task.path) }, source: x.source && rel(x.source) });
  return {
    engagements: p.engagements.map((e) => ({
      ...e,
      path: rel(e.path),
      dir: rel(e.dir),
      phases: e.phases.map((ph) => ({ ...ph, deliverables: ph.deliverables.map((x) => ({ ...x, present: x.present.map(d) })), steps: ph.steps.map(i) })),
      recurring: e.recurring.map(d),
      checklists: e.checklists.map((c) => ({ ...c, items: c.items.map(i) })),
    })),
    outside: p.outside.map(d),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(s: DeliverableState): string {
  const parts = [s.counts.error && plural(s.counts.error, 'error'), s.counts.warning && plural(s.counts.warning, 'warning')].filter(Boolean);
  return parts.length ? parts.join(', ') : 'clean';
}

function within(e: EngagementProgress, path: string): string {
  return e.dir === '.' ? path : path.startsWith(`${e.dir}/`) ? path.slice(e.dir.length + 1) : path;
}

function text(p: WorkspaceProgress): string {
  const out: string[] = [];
  if (p.engagements.length === 0) out.push('No engagement found (no engagement.md). Create one with `se-deliverables new engagement --dir DIR --customer NAME`.');
  for (const e of p.engagements) out.push(...engagementText(e), '');
  if (p.outside.length) {
    out.push('Deliverables outside any engagement:');
    for (const s of p.outside) out.push(`  ${s.path} (${s.typeTitle}, ${s.status ?? 'no status'}, ${counts(s)})`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function engagementText(e: EngagementProgress): string[] {
  const warn = e.errors ? `  ⚠ engagement.md has ${plural(e.errors, 'error')}` : '';
  const out = [`${e.customer ?? e.id} (${e.dir})  ${e.done}/${e.total}${warn}`];
  for (const ph of e.phases) {
    out.push(`  ${ph.title.padEnd(30)} ${`${ph.done}/${ph.total}`.padEnd(6)} steps ${ph.stepsDone}/${ph.steps.length}, deliverables ${ph.deliverablesDone}/${ph.deliverables.length}`);
    for (const d of ph.deliverables) {
      if (d.present.length === 0) out.push(`    - ${d.title}: missing`);
      for (const s of d.present) out.push(`    ${s.done ? '✓' : '•'} ${d.title}: ${within(e, s.path)} (${s.status ?? 'no status'}, ${counts(s)})`);
    }
  }
  if (e.recurring.length) {
    out.push('  Recurring and as-needed');
    for (const s of e.recurring) out.push(`    ${s.done ? '✓' : '•'} ${s.date ?? 'undated'} ${s.typeTitle}: ${within(e, s.path)} (${s.status ?? 'no status'}, ${counts(s)})`);
  }
  for (const c of e.checklists) {
    out.push(`  ${`${c.title}:`.padEnd(30)} ${c.done}/${c.total}`);
    if (c.id === 'workflow-steps') continue;
    for (const i of c.items) out.push(`    [${i.done ? 'x' : ' '}] ${i.title} — ${i.about}: ${i.evidence}`);
  }
  return out;
}

function markdown(p: WorkspaceProgress): string {
  const out: string[] = ['# Engagement status', ''];
  if (p.engagements.length === 0) out.push('No engagement found (no engagement.md).', '');
  for (const e of p.engagements) {
    out.push(`## ${e.customer ?? e.id} — ${e.done}/${e.total}`, '');
    if (e.errors) out.push(`> engagement.md has ${plural(e.errors, 'error')}.`, '');
    out.push('| Phase | Done | Deliverables |', '|---|---|---|');
    for (const ph of e.phases) {
      const ds = ph.deliverables.flatMap((d) => (d.present.length ? d.present.map((s) => `${s.done ? '✅' : '🟡'} [${d.title}](${s.path}) (${s.status ?? 'no status'}, ${counts(s)})`) : [`⬜ ${d.title} (missing)`]));
      out.push(`| ${ph.title} | ${ph.done}/${ph.total} | ${ds.join('<br>') || '—'} |`);
    }
    out.push('');
    if (e.recurring.length) {
      out.push('| Date | Recurring and as-needed | Status |', '|---|---|---|');
      for (const s of e.recurring) out.push(`| ${s.date ?? '—'} | [${s.title}](${s.path}) | ${s.status ?? 'no status'}, ${counts(s)} |`);
      out.push('');
    }
    out.push('| Checklist | Done |', '|---|---|', ...e.checklists.map((c) => `| ${c.title} | ${c.done}/${c.total} |`), '');
    for (const c of e.checklists) {
      out.push(`<details><summary>${c.title}: ${c.done}/${c.total}</summary>`, '');
      let group: string | undefined;
      for (const i of c.items) {
        if (i.group && i.group !== group) out.push(`- ${(group = i.group)}`);
        out.push(`${i.group ? '  ' : ''}- [${i.done ? 'x' : ' '}] ${i.title} — ${i.about}: ${i.evidence}`);
      }
      out.push('', '</details>', '');
    }
  }
  if (p.outside.length) out.push('## Outside any engagement', '', ...p.outside.map((s) => `- [${s.title}](${s.path}) (${s.typeTitle})`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

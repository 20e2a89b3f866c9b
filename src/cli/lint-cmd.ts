import { relative } from 'node:path';
import { catalog } from '../core/catalog';
import { Workspace } from '../core/engagement';
import { lint } from '../core/engine';
import { fixAll } from '../core/fix';
import type { Finding } from '../core/types';
import { UsageError, parseArgs, str, type Parsed } from './args';
import { ConfigResolver, reportConfigProblems } from './config-load';
import { expandTargets, readForLint, writeSafely } from './files';
import { FORMATS, reporter, type Format } from './format/index';
import { MAX_READ_BYTES, nodeHost, toPosix } from './node-host';
import type { Io } from './run';

export const LINT_HELP = `Usage: se-deliverables lint [paths|globs] [options]

Checks deliverables (Markdown files whose front matter names a deliverable type).

Options:
  --format stylish|json|sarif|junit   output format (default stylish)
  --fix                               apply safe fixes, then report what remains
  --max-warnings N                    exit 1 when there are more than N warnings
  --config FILE                       configuration file (default: the nearest .se-deliverables.yaml
                                      above each file)
  --as TYPE                           check files without front matter as this deliverable type
  --today YYYY-MM-DD                  the date rules compare against (default: today)
  --quiet                             report errors only`;

const SPEC = { format: 'value', fix: 'flag', 'max-warnings': 'value', config: 'value', as: 'value', today: 'value', quiet: 'flag', help: 'flag', color: 'flag', 'no-color': 'flag' } as const;

export function lintCommand(argv: readonly string[], io: Io): number {
  const p: Parsed = parseArgs(argv, SPEC);
  if (p.options.has('help')) {
    io.out(`${LINT_HELP}\n`);
    return 0;
  }
  const format = (str(p, 'format') ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const maxWarningsText = str(p, 'max-warnings');
  const maxWarnings = maxWarningsText === undefined ? -1 : Number(maxWarningsText);
  if (maxWarningsText !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings takes a whole number');
  const asType = str(p, 'as');
  if (asType && !catalog().get(asType)) throw new UsageError(`unknown deliverable type "${asType}" for --as; see \`se-deliverables new --help\``);
  const today = str(p, 'today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today takes a date as YYYY-MM-DD');

  const configs = new ConfigResolver(io.cwd, str(p, 'config'));
  const { files: found, missing } = expandTargets(io.cwd, p.positionals, [], io.cwd);
  if (missing.length) {
    for (const m of missing) io.err(`se-deliverables: no such file, folder or match: ${m}\n`);
    return 2;
  }
  const files = found.filter((f) => !configs.forFile(f).ignores(f));
  if (reportConfigProblems(configs.loaded(), io.cwd, io.err)) return 2;
  const workspace = new Workspace(nodeHost([io.cwd, ...p.positionals.filter((t) => !/[*?{]/.test(t))]));
  const color = p.options.has('color') || (!p.options.has('no-color') && io.isTty && !process.env.NO_COLOR);
  const report = reporter(format, io.out, color);
  let errors = 0;
  let warnings = 0;
  let ioError = false;
  for (const abs of files) {
    const file = toPosix(relative(io.cwd, abs)) || abs;
    let read;
    try {
      read = readForLint(abs, MAX_READ_BYTES);
    } catch (e) {
      io.err(`se-deliverables: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      ioError = true;
      continue;
    }
    if (read.unreadable) {
      report.file({ file, findings: [fileFinding(read.unreadable)] });
      warnings++;
      continue;
    }
    const config = configs.forFile(abs).config;
    const run = (text: string) => lint(text, { path: toPosix(abs), config, workspace, asType, today }).findings;
    let findings = run(read.text);
    if (p.options.has('fix') && findings.some((f) => f.fix)) {
      if (read.unfixable) findings.push(fileFinding(`Not fixed: ${read.unfixable}`));
      else {
        const fixed = fixAll(read.text, run);
        if (fixed.text !== read.text) {
          try {
            writeSafely(abs, fixed.text, read);
            findings = run(fixed.text);
          } catch (e) {
            io.err(`se-deliverables: ${e instanceof Error ? e.message : String(e)}\n`);
            ioError = true;
          }
        }
      }
    }
    if (p.options.has('quiet')) findings = findings.filter((f) => f.severity === 'error');
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    report.file({ file, findings });
  }
  report.end();
  if (ioError) return 2;
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

function fileFinding(message: string): Finding {
  return { ruleId: 'file-unreadable', severity: 'warning', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

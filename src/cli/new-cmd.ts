import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { catalog } from '../core/catalog';
import { readEngagement } from '../core/engagement';
import { today as todayDefault } from '../core/engine';
import { PERIOD, isPerPeriod, renderDeliverable, renderEngagement, slugify } from '../core/template';
import { UsageError, parseArgs, str } from './args';
import { gitAuthor } from './author';
import { readText, toPosix } from './node-host';
import type { Io } from './run';

export const NEW_HELP = `Usage:
  se-deliverables new <type> --engagement DIR [--title T] [--author A] [--today YYYY-MM-DD] [--period P]
  se-deliverables new engagement --dir DIR --customer NAME [--alias A] [--segment S] [--id ID]

Creates a deliverable from its template (front matter filled from DIR/engagement.md),
or a new engagement. Never overwrites an existing file. --today sets the document's date
(and the date in its file name). --period sets the period a health report or a feedback
summary covers, a month (2026-10) or a quarter (2026-Q3), and the month in a health report's
file name (default: the month of --today). --author defaults to user.name from your git
configuration.

Types:
${'{types}'}`;

const SPEC = { engagement: 'value', title: 'value', author: 'value', today: 'value', period: 'value', dir: 'value', customer: 'value', alias: 'value', segment: 'value', id: 'value', help: 'flag' } as const;

export function newCommand(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, SPEC);
  const cat = catalog();
  if (p.options.has('help') || p.positionals.length === 0) {
    io.out(`${NEW_HELP.replace('{types}', cat.types.map((t) => `  ${t.id.padEnd(28)} ${t.title}`).join('\n'))}\n`);
    return p.options.has('help') ? 0 : 2;
  }
  const kind = p.positionals[0];
  const today = str(p, 'today') ?? todayDefault();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today takes a date as YYYY-MM-DD');
  if (kind === 'engagement') return newEngagement(p, io, today);
  const type = cat.get(kind);
  if (!type) throw new UsageError(`unknown deliverable type "${kind}"; run \`se-deliverables new --help\` for the list`);
  const dirArg = str(p, 'engagement');
  if (!dirArg) throw new UsageError('--engagement DIR is required: the folder holding engagement.md');
  const dir = resolve(io.cwd, dirArg);
  const engPath = join(dir, 'engagement.md');
  const engText = readText(engPath);
  if (engText === undefined) {
    io.err(`se-deliverables: no engagement.md in ${dirArg}; create one with \`se-deliverables new engagement --dir ${dirArg} --customer NAME\`\n`);
    return 2;
  }
  const period = str(p, 'period');
  if (period !== undefined) {
    if (!isPerPeriod(type)) throw new UsageError(`--period applies to deliverables written per period (${cat.types.filter(isPerPeriod).map((t) => t.id).join(', ')}), not to ${type.id}`);
    if (!PERIOD.test(period)) throw new UsageError('--period takes a month (YYYY-MM) or a quarter (YYYY-Q1 to YYYY-Q4)');
  }
  const engagement = readEngagement(toPosix(engPath), engText);
  const rendered = renderDeliverable(type, { engagement, title: str(p, 'title'), author: str(p, 'author') ?? gitAuthor(), today, period });
  return writeNew(join(dir, rendered.relPath), rendered.text, io);
}

function newEngagement(p: ReturnType<typeof parseArgs>, io: Io, today: string): number {
  const dirArg = str(p, 'dir');
  const customer = str(p, 'customer');
  if (!dirArg || !customer) throw new UsageError('new engagement needs --dir DIR and --customer NAME');
  const segment = str(p, 'segment');
  if (segment && !['smb', 'mid-market', 'enterprise'].includes(segment)) throw new UsageError('--segment must be smb, mid-market or enterprise');
  const dir = resolve(io.cwd, dirArg);
  const id = str(p, 'id') ?? slugify(basename(dir));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError('--id must be lower-case letters, digits and hyphens');
  const text = renderEngagement({ id, customer, alias: str(p, 'alias'), segment, today });
  return writeNew(join(dir, 'engagement.md'), text, io);
}

/** Exclusive create: an existing file is never touched. */
function writeNew(path: string, text: string, io: Io): number {
  const shown = toPosix(relative(io.cwd, path)) || path;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') io.err(`se-deliverables: ${shown} already exists; not overwritten (pass --title to choose another name)\n`);
    else io.err(`se-deliverables: cannot write ${shown}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  io.out(`Created ${shown}\n`);
  return 0;
}

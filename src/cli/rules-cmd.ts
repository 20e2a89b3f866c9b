import { rules } from '../core/rules/index.generated';
import { parseArgs, str, UsageError } from './args';
import type { Io } from './run';

export function rulesCommand(argv: readonly string[], io: Io): number {
  const p = parseArgs(argv, { format: 'value', help: 'flag' });
  if (p.options.has('help')) {
    io.out('Usage: se-deliverables rules [--format text|json]\n\nLists every rule with its default severity, what it applies to and whether it has a safe fix.\n');
    return 0;
  }
  const format = str(p, 'format') ?? 'text';
  const rows = rules.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    appliesTo: [r.meta.appliesTo.types === 'all' ? 'all' : r.meta.appliesTo.types.join(', '), ...(r.meta.appliesTo.audiences?.length ? [`audience ${r.meta.appliesTo.audiences.join('/')}`] : [])].join('; '),
    fixable: r.meta.fixable,
    title: r.meta.title,
  }));
  if (format === 'json') {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (format !== 'text') throw new UsageError('--format must be text or json');
  const head = ['RULE', 'SEVERITY', 'FIXABLE', 'APPLIES TO'];
  const body = rows.map((r) => [r.id, r.severity, r.fixable ? 'yes' : 'no', r.appliesTo]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cols: string[]) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(w[i]))).join('  ');
  io.out(`${[line(head), ...body.map(line)].join('\n')}\n\n${rows.length} rules. Docs: docs/rules/<id>.md\n`);
  return 0;
}

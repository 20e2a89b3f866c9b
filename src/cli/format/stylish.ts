import type { FileResult } from './index';

export interface Counts {
  error: number;
  warning: number;
  info: number;
  fixable: number;
}

export function newCounts(): Counts {
  return { error: 0, warning: 0, info: 0, fixable: 0 };
}

/** One file's block: its path, then one line per finding (as ESLint's default). Adds to `counts`. */
export function stylishFile(r: FileResult, color: boolean, counts: Counts): string {
  if (r.findings.length === 0) return '';
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const rows = r.findings.map((f) => {
    counts[f.severity]++;
    if (f.fix) counts.fixable++;
    return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message.replace(/\s+/g, ' '), f.ruleId];
  });
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  const out = [paint('4', r.file)];
  for (const [pos, sev, msg, id] of rows) {
    const c = sev === 'error' ? '31' : sev === 'warning' ? '33' : '36';
    out.push(`  ${paint('2', pos.padEnd(w0))}  ${paint(c, sev.padEnd(w1))}  ${msg}  ${paint('2', id)}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** The closing summary line(s); empty when nothing was found. */
export function stylishSummary(counts: Counts, color: boolean): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const mark = counts.error ? paint('31', '✖') : paint('33', '⚠');
  const out = [`${mark} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`];
  if (counts.fixable) out.push(`  ${plural(counts.fixable, 'problem')} fixable with the \`--fix\` option.`);
  return `${out.join('\n')}\n`;
}

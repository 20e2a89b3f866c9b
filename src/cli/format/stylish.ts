import type { FileResult } from './index';

/** Grouped by file, one line per finding, a summary at the end (as ESLint's default). */
export function stylish(results: readonly FileResult[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(paint('4', r.file));
    const rows = r.findings.map((f) => {
      count[f.severity]++;
      if (f.fix) fixable++;
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message.replace(/\s+/g, ' '), f.ruleId];
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, id] of rows) {
      const c = sev === 'error' ? '31' : sev === 'warning' ? '33' : '36';
      out.push(`  ${paint('2', pos.padEnd(w0))}  ${paint(c, sev.padEnd(w1))}  ${msg}  ${paint('2', id)}`);
    }
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  if (total === 0) return '';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const mark = count.error ? paint('31', '✖') : paint('33', '⚠');
  out.push(`${mark} ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info)`);
  if (fixable) out.push(`  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.`);
  return `${out.join('\n')}\n`;
}

import type { FileResult } from './index';

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** One testcase per file; a file fails when it has an error or warning. */
export function junit(results: readonly FileResult[]): string {
  const failing = results.filter((r) => r.findings.some((f) => f.severity !== 'info')).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="se-deliverables" tests="${results.length}" failures="${failing}">`, `  <testsuite name="se-deliverables" tests="${results.length}" failures="${failing}" errors="0">`];
  for (const r of results) {
    const bad = r.findings.filter((f) => f.severity !== 'info');
    if (bad.length === 0) {
      out.push(`    <testcase classname="se-deliverables" name="${esc(r.file)}"/>`);
      continue;
    }
    const text = r.findings.map((f) => `${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} (${f.ruleId})`).join('\n');
    out.push(`    <testcase classname="se-deliverables" name="${esc(r.file)}">`);
    out.push(`      <failure message="${esc(`${bad.length} problem${bad.length === 1 ? '' : 's'}`)}" type="${bad.some((f) => f.severity === 'error') ? 'error' : 'warning'}">${esc(text)}</failure>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}

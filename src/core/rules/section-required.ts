import type { SectionDef } from '../catalog';
import { parseDocument, type MdDocument } from '../document';
import { applyEdits } from '../fix';
import { defineRule } from '../rule';
import type { Range, TextEdit } from '../types';

export default defineRule({
  meta: {
    id: 'section-required',
    title: 'Include every required section of the deliverable type',
    rationale: 'Each type\'s sections are its quality bar: a missing section is a question the reader will ask and the document cannot answer.',
    severity: 'error',
    appliesTo: { types: 'all' },
    tags: ['structure'],
    fixable: true,
    messages: { missing: 'Required section "{section}" is missing' },
    example: { bad: '## Summary\n## Action Items', good: '## Summary\n## Health Metrics\n## Risk Signals\n## Action Items' },
  },
  check(ctx) {
    const type = ctx.type!;
    const doc = ctx.doc;
    const anchor = doc.frontMatter ? doc.frontMatter.rangeOf(['deliverable']) : doc.lines.trimmedLineRange(0);
    const defs = type.sections;
    // Missing sections that belong at the same place form one run, inserted by one edit in
    // catalog order: separate inserts at one point would land in the order of the findings.
    const runs = new Map<number, { level: number; defs: SectionDef[] }>();
    for (let i = 0; i < defs.length; i++) {
      const def = defs[i];
      if (!def.required || ctx.sections.has(def.id)) continue;
      const next = defs.slice(i + 1).map((d) => ctx.sections.get(d.id)).find((s) => s !== undefined);
      const prev = defs.slice(0, i).reverse().map((d) => ctx.sections.get(d.id)).find((s) => s !== undefined);
      // Before the next section present, else after the previous one (and its subsections), else at the end.
      const at = next ? next.line : prev && prev.end < doc.lines.lineCount ? prev.end : doc.lines.lineCount;
      const level = next?.level ?? prev?.level ?? 2;
      const run = runs.get(at) ?? { level, defs: [] };
      run.defs.push(def);
      runs.set(at, run);
    }
    const edits = new Map<number, TextEdit | undefined>();
    for (const [at, run] of runs) edits.set(at, insertion(doc, at, run.level, run.defs, ''));
    // A fix must produce headings: not when the document ends inside an unclosed code fence or
    // comment. One parse checks every insert; only when it fails is each one looked at alone.
    const all = [...edits.values()] as TextEdit[];
    // Only an insertion at the very end can land inside an unclosed block: check by re-parsing then.
    if (runs.has(doc.lines.lineCount) && endsInsideBlock(doc) && !becomeHeadings(doc, all, [...runs.values()].reduce((n, r) => n + r.defs.length, 0))) {
      for (const [at, run] of runs) {
        let edit = edits.get(at);
        if (edit && !becomeHeadings(doc, [edit], run.defs.length)) {
          const close = at === doc.lines.lineCount ? openBlockCloser(doc) : undefined;
          edit = close ? insertion(doc, at, run.level, run.defs, close) : undefined;
          if (edit && !becomeHeadings(doc, [edit], run.defs.length)) edit = undefined;
        }
        edits.set(at, edit);
      }
    }
    for (const [at, run] of runs) {
      const edit = edits.get(at);
      const empty = edit !== undefined && edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
      run.defs.forEach((def, k) => ctx.report({ message: ctx.msg('missing', { section: def.title }), range: anchor, fix: edit && (k === 0 || !empty) ? [edit] : undefined }));
    }
  },
});

/** Whether the last non-blank line is code, HTML or a comment (blank in the masked text). */
function endsInsideBlock(doc: MdDocument): boolean {
  for (let i = doc.lines.lineCount - 1; i >= 0; i--) {
    if (doc.lines.line(i).trim() === '') continue;
    return doc.maskedLine(i).trim() === '';
  }
  return false;
}

/** Whether applying `edits` adds exactly `count` headings to the document. */
function becomeHeadings(doc: MdDocument, edits: TextEdit[], count: number): boolean {
  return parseDocument(applyEdits(doc.text, edits).text).sections.length === doc.sections.length + count;
}

/**
 * The line that closes a code fence or an HTML comment left open at the end of the document
 * (everything after it would be code or comment). Closing it changes nothing the reader sees.
 */
function openBlockCloser(doc: MdDocument): string | undefined {
  const last = doc.comments[doc.comments.length - 1];
  if (last && !last.text.endsWith('-->') && last.stop >= doc.text.trimEnd().length) return '-->';
  let fence: string | undefined;
  const from = doc.frontMatter?.endLine !== undefined ? doc.frontMatter.bodyLine : 0;
  for (let i = from; i < doc.lines.lineCount; i++) {
    const line = doc.lines.line(i);
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
    } else {
      const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = m[1];
    }
  }
  return fence;
}

/**
 * The edit inserting `defs` as headings with their guidance before line `at` (or at the end,
 * after `close` if given, when `at` is the line count). Its range is not empty (but for an empty
 * document), so when the findings of one run all carry it, applying every fix inserts the run once.
 */
function insertion(doc: MdDocument, at: number, level: number, defs: SectionDef[], close: string): TextEdit {
  const eol = doc.eol;
  const blocks = defs.map((d) => `${'#'.repeat(level)} ${d.title}${eol}${eol}<!-- ${d.guidance.replace(/--/g, '-')} -->`).join(eol + eol);
  const lines = doc.lines;
  if (at === 0) {
    // A heading on the first line (no front matter): take that line into the range.
    const first = lines.line(0);
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } }, newText: `${blocks}${eol}${eol}${first}` };
  }
  if (at < lines.lineCount) {
    // Replace the line break before the heading at `at`.
    const range: Range = { start: { line: at - 1, character: lines.line(at - 1).length }, end: { line: at, character: 0 } };
    const blankBefore = lines.line(at - 1).trim() === '';
    return { range, newText: `${eol}${blankBefore ? '' : eol}${blocks}${eol}${eol}` };
  }
  // At the end: after the last non-blank line, keeping one line break at the end if there was one.
  let last = lines.lineCount - 1;
  while (last > 0 && lines.line(last).trim() === '') last--;
  const endLine = lines.lineCount - 1;
  const trailing = endLine > last ? eol : '';
  const lastText = lines.line(last);
  // A closing fence or `-->` goes right under the block it closes, so the block's text is unchanged.
  const lead = close ? `${eol}${close}${eol}${eol}` : lastText.trim() === '' ? '' : eol + eol;
  if (endLine > last) {
    const range: Range = { start: { line: last, character: lastText.length }, end: { line: endLine, character: lines.line(endLine).length } };
    return { range, newText: `${lead}${blocks}${trailing}` };
  }
  // No line break at the end: take the last line into the range so that the range is not empty
  // (it still is for an empty document, where only the first finding carries the fix).
  const range: Range = { start: { line: last, character: 0 }, end: { line: last, character: lastText.length } };
  return { range, newText: `${lastText}${lead}${blocks}` };
}

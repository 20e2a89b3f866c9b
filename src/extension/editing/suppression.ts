// Where a suppression comment goes and what it says (see src/core/suppress.ts for the forms). The
// reason is left to the user: the snippet puts a placeholder between `before` and `after`.
import type { MdDocument } from '../../core/document';
import type { Position } from '../../core/types';

export interface SuppressionInsert {
  at: Position;
  before: string;
  after: string;
}

/**
 * A table row takes the same-line form appended to it (a comment line would split the table);
 * other lines get the next-line form above them, indented alike. Front matter cannot hold a
 * Markdown comment, so a finding there can only be suppressed for the file.
 */
export function lineSuppression(doc: MdDocument, line: number, ruleId: string): SuppressionInsert | undefined {
  const fm = doc.frontMatter;
  if (fm && line <= (fm.endLine ?? doc.lines.lineCount)) return undefined;
  const text = doc.lines.line(line);
  // Only body rows: an extra cell in the header row would unmake the table, so it gets a line above.
  const inBody = doc.tables.some((t) => line > t.line + 1 && line < t.end);
  if (inBody) {
    return { at: { line, character: text.trimEnd().length }, before: ` <!-- se-disable-line ${ruleId} -- `, after: ' -->' };
  }
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  return { at: { line, character: 0 }, before: `${indent}<!-- se-disable-next-line ${ruleId} -- `, after: ` -->${doc.eol}` };
}

/** The file form, right below the front matter (or at the top). */
export function fileSuppression(doc: MdDocument, ruleId: string): SuppressionInsert {
  const fm = doc.frontMatter;
  const line = fm && fm.endLine !== undefined ? fm.bodyLine : 0;
  if (line >= doc.lines.lineCount) {
    // The document ends at the closing fence, without a line break.
    const last = doc.lines.lineCount - 1;
    return { at: { line: last, character: doc.lines.line(last).length }, before: `${doc.eol}<!-- se-disable-file ${ruleId} -- `, after: ' -->' };
  }
  return { at: { line, character: 0 }, before: `<!-- se-disable-file ${ruleId} -- `, after: ` -->${doc.eol}` };
}

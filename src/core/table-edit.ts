import type { MdDocument, Table } from './document';
import type { TextEdit } from './types';

/**
 * Edits that append a column to a table: the header gets `name`, the delimiter `---`,
 * every row an empty cell (short rows are padded first so the new cell lands in the new column).
 * A line without a closing pipe gets ` | cell` and no closing pipe, so that two columns appended
 * in the same pass (zero-width inserts at the same place) still compose; such a row needs no
 * empty cell at all, as GFM fills a short row with empty cells.
 */
export function appendColumnEdits(doc: MdDocument, table: Table, name: string): TextEdit[] {
  const width = table.header.cells.length;
  const edits: TextEdit[] = [];
  for (let line = table.line; line < table.end; line++) {
    const trimmed = doc.lines.line(line).trimEnd();
    const closed = trimmed.endsWith('|') && !trimmed.endsWith('\\|');
    let added: string;
    if (line === table.line) added = closed ? ` ${name} |` : ` | ${name}`;
    else if (line === table.line + 1) added = closed ? ' --- |' : ' | ---';
    else if (!closed) continue;
    else {
      const guess = table.rows[line - table.line - 2];
      const row = guess?.line === line ? guess : table.rows.find((r) => r.line === line);
      added = `${'   |'.repeat(row ? Math.max(0, width - row.cells.length) : 0)}   |`;
    }
    const at = { line, character: trimmed.length };
    edits.push({ range: { start: at, end: at }, newText: added });
  }
  return edits;
}

import type { MdDocument } from './document';

export interface Placeholder {
  start: number;
  stop: number;
  text: string;
}

// {{…}}, snippet residue ${1:…}, the usual markers, and bracketed prompts such as [Name] or [YYYY-MM-DD].
// The markers are matched between any non-alphanumerics, so emphasis (`_TBD_`) does not hide them;
// a bracket right after a letter or digit is an index (`items[Index]`), not a prompt.
const PATTERN = /\{\{[^{}\n]{0,200}\}\}|\$\{\d+(?::[^{}\n]{0,200})?\}|(?<![A-Za-z0-9])(?:TBD|TBC|TODO|FIXME)(?![A-Za-z0-9])|(?<![\]!\\A-Za-z0-9])\[([A-Z][^[\]\n]{0,60})\](?![([:])/g;

/** Template placeholders in the prose of lines [from, to): never in code, comments or front matter. */
export function findPlaceholders(doc: MdDocument, from = 0, to = doc.lines.lineCount): Placeholder[] {
  const out: Placeholder[] = [];
  const start = doc.lines.starts[Math.max(0, from)] ?? doc.text.length;
  const stop = to >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[to];
  const src = doc.masked.slice(start, stop);
  // A checked task box `[X]` is not a prompt.
  const boxes = new Set<number>();
  for (const item of doc.listItems) if (item.task) boxes.add(doc.lines.offsetAt(item.task.boxRange.start));
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(src); m; m = PATTERN.exec(src)) {
    if (m[1] !== undefined) {
      const at = start + m.index;
      // A bracketed word that is a defined link reference is a link, not a prompt.
      if (doc.references.has(m[1].trim().replace(/\s+/g, ' ').toUpperCase())) continue;
      // Link text followed by its destination: the masked text blanks the `(…)`, the source keeps it.
      if (/[([:]/.test(doc.text[at + m[0].length] ?? '')) continue;
      if (boxes.has(at)) continue;
    }
    out.push({ start: start + m.index, stop: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether a whole value (a cell, a front-matter string) is only a placeholder. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return /^(?:\{\{[^{}]*\}\}|\$\{\d+(?::[^{}]*)?\}|TBD|TBC|TODO|FIXME|\[[A-Z][^[\]]*\])$/.test(v);
}

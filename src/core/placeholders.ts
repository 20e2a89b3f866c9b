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
      // An all-capitals token is a tag or an identifier ([CP], [GDPR], [AWS4-HMAC-SHA256]),
      // unless it is one of the prompt shapes templates use ([YYYY-MM-DD], [N]).
      if (!isPromptText(m[1])) continue;
    }
    out.push({ start: start + m.index, stop: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const CAPS_PROMPTS = /^(?:Y{2,4}(?:[-/.]M{1,2}(?:[-/.]D{1,2})?)?|D{1,2}[-/.]M{1,2}[-/.]Y{2,4}|M{1,2}[-/.]D{1,2}[-/.]Y{2,4}|N|X{1,4}|TBD|TBC|TODO|NAME|DATE|OWNER)$/;

/** Whether bracketed text reads as a prompt: it has a lower-case letter ([Customer name]), or is a known prompt shape. */
function isPromptText(inner: string): boolean {
  return /\p{Ll}/u.test(inner) || CAPS_PROMPTS.test(inner.trim());
}

/** Whether a whole value (a cell, a front-matter string) is only a placeholder. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (/^(?:\{\{[^{}]*\}\}|\$\{\d+(?::[^{}]*)?\}|TBD|TBC|TODO|FIXME)$/.test(v)) return true;
  const bracket = /^\[([A-Z][^[\]]*)\]$/.exec(v);
  return !!bracket && isPromptText(bracket[1]);
}

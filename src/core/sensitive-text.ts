import type { MdDocument } from './document';

const DIRECTIVE = /^<!--\s*se-(?:disable|enable)/;

/**
 * The text the privacy rules scan: the raw document, front matter, code and link targets
 * included (a secret in a code block is still a leak), with suppression comments blanked so a
 * reason written in one is never read as content. Same length and offsets as `doc.text`.
 */
export function scanText(doc: MdDocument): string {
  const holes = doc.comments.filter((c) => DIRECTIVE.test(c.text));
  if (holes.length === 0) return doc.text;
  const out: string[] = [];
  let at = 0;
  for (const c of holes) {
    if (c.start < at) continue;
    out.push(doc.text.slice(at, c.start), doc.text.slice(c.start, c.stop).replace(/[^\r\n]/g, ' '));
    at = c.stop;
  }
  out.push(doc.text.slice(at));
  return out.join('');
}

/**
 * A sensitive value as a message may show it: at most its first `keep` characters (fewer for
 * a short value, so most of it always stays hidden), then an ellipsis.
 */
export function maskValue(value: string, keep = 4): string {
  const n = Math.min(keep, Math.floor(value.length / 3));
  return `${value.slice(0, Math.max(0, n))}…`;
}

/** The offset range [start, stop) of the front matter block, or [0, 0) without one. */
export function frontMatterSpan(doc: MdDocument): [number, number] {
  const fm = doc.frontMatter;
  if (!fm || fm.endLine === undefined) return [0, 0];
  return [0, doc.lines.ends[fm.endLine] ?? 0];
}

/** A half-open span [start, stop) of document offsets, e.g. a template placeholder. */
export interface Span {
  start: number;
  stop: number;
}

/**
 * `text`, which starts at document offset `base`, with every part of it inside `spans`
 * blanked to spaces: same length, so offsets into it stay document offsets minus `base`.
 */
export function blankSpans(text: string, base: number, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) {
    const a = Math.max(s.start, base) - base;
    const b = Math.min(s.stop, base + text.length) - base;
    if (b > a) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

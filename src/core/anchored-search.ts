/**
 * A faster way to run a global search whose matches can only start where a run of certain
 * characters starts and must contain a rarer piece near that start: a key label before
 * "password", the local part before the "@" of an e-mail address. Such patterns begin with a
 * look-behind and a bounded run (`(?<![a-z.])[a-z.]{0,40}?password…`), so a plain search tries
 * them at every word of the text. Here the rare piece is found first and the pattern is tried,
 * sticky, only at the start of the run that holds it. The matches are exactly those of the plain
 * search (tests compare the two on random text), on these conditions:
 *
 * - `run` is one character class, and the pattern can match only at a position not preceded by
 *   a `run` character (its look-behind) and only over `run` characters up to the piece;
 * - every match holds a hit of `find` (a global search) at most `back` characters after its start,
 *   inside that run.
 */
export interface Anchor {
  find: RegExp;
  run: RegExp;
  back: number;
}

/** Every match of the global pattern `re` in `text`, as `re`'s own search finds them. */
export function anchoredMatches(re: RegExp, anchor: Anchor, text: string): RegExpExecArray[] {
  const hits: number[] = [];
  const { find } = anchor;
  find.lastIndex = 0;
  for (let k = find.exec(text); k; k = find.exec(text)) {
    hits.push(k.index);
    if (k[0].length === 0) find.lastIndex++;
  }
  return matchesFromHits(re, anchor, text, hits);
}

/**
 * The same, from the offsets where the rare piece occurs (in order; any superset of the hits
 * of `find` will do, overlapping ones included).
 */
export function matchesFromHits(re: RegExp, anchor: { run: RegExp; back: number }, text: string, hits: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { run, back } = anchor;
  const sticky = stickyOf(re);
  let from = 0; // where the previous match ended: the plain search goes on from there
  let tried = -1; // the last run start tried (every hit in one run gives the same start)
  for (const k of hits) {
    if (k < from) continue;
    // The start of the run holding this hit, if it is at most `back` characters before it.
    let s = k;
    while (s > 0 && run.test(text[s - 1])) {
      if (k - s === back) {
        s = -1;
        break;
      }
      s--;
    }
    if (s < 0 || s <= tried || s < from) continue;
    tried = s;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

const stickies = new WeakMap<RegExp, RegExp>();

/** `re` without `g` and with `y`: a search that matches only where it is told to start. */
export function stickyOf(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) {
    y = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickies.set(re, y);
  }
  return y;
}

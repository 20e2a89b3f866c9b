import genericWords from './customer-names.words.json';

/** Single words too common to identify a customer on their own ("Summit", "Target", "Delta"). */
export const GENERIC_NAME_WORDS: readonly string[] = genericWords;
/** The word-list name both customer rules read, so a user extends it once. */
export const GENERIC_NAMES_LIST = 'generic-names';

/** One way a customer's name is written, and whether its case must match. */
export interface NameForm {
  text: string;
  caseSensitive: boolean;
}

export interface NameHit {
  start: number;
  stop: number;
  /** The matched text as written. */
  text: string;
}

const LEGAL_SUFFIX = /[\s,]+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|s\.a|sas|bv|b\.v|nv|n\.v|ab|as|oy|spa|s\.p\.a|srl|pty|pte|kk|llp|lp)\.?$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;

/**
 * The forms of a customer name worth searching for: the name as given, the name less a legal
 * suffix ("Globex Corporation" → "Globex"), and the first word of a two-or-more-word name when
 * it is distinctive ("Initech Software" → "Initech", matched only capitalised as written).
 * A form under 3 characters, or a single word on the generic list, is never searched: it
 * would match ordinary prose. A form with a word of one or two letters ("Customer A") is
 * matched with its case, so "customer a week later" is not read as the alias.
 */
export function nameForms(name: string | undefined, generic: readonly string[]): NameForm[] {
  // Performance (see bench/README.md): rules ask for the same names against the same list for
  // every document and every other engagement; the forms are computed once per list and name.
  let byName = formsCache.get(generic);
  if (!byName) {
    byName = new Map();
    formsCache.set(generic, byName);
  }
  const key = name ?? '';
  let forms = byName.get(key);
  if (!forms) {
    forms = computeForms(name, genericSet(generic));
    byName.set(key, forms);
  }
  return forms.map((f) => ({ ...f }));
}

const formsCache = new WeakMap<readonly string[], Map<string, NameForm[]>>();
const genericSets = new WeakMap<readonly string[], Set<string>>();

function genericSet(generic: readonly string[]): Set<string> {
  let gen = genericSets.get(generic);
  if (!gen) {
    gen = new Set(generic.map((w) => w.trim().toLowerCase()));
    genericSets.set(generic, gen);
  }
  return gen;
}

function computeForms(name: string | undefined, gen: ReadonlySet<string>): NameForm[] {
  const full = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!full) return [];
  const out: NameForm[] = [];
  const seen = new Set<string>();
  const add = (text: string, firstWord: boolean) => {
    const t = text.replace(/[\s,.;:]+$/, '').trim();
    const key = t.toLowerCase();
    if (seen.has(key)) return;
    const words = t.match(WORD) ?? [];
    const letters = t.replace(/[^\p{L}\p{N}]/gu, '');
    if (letters.length < 3 || words.length === 0) return;
    if (words.length === 1 && gen.has(words[0].toLowerCase().replace(/[.'’]+$/, ''))) return;
    seen.add(key);
    out.push({ text: t, caseSensitive: firstWord || words.some((w) => w.length <= 2) });
  };
  add(full, false);
  let core = full;
  for (let i = 0; i < 2 && LEGAL_SUFFIX.test(core); i++) core = core.replace(LEGAL_SUFFIX, '').trim();
  add(core, false);
  const words = core.split(' ');
  const first = words[0] ?? '';
  if (words.length >= 2 && first.length >= 4 && /^\p{Lu}[\p{L}\p{N}]+$/u.test(first)) add(first, true);
  return out;
}

const cache = new Map<string, RegExp>();

function matcher(forms: readonly NameForm[], caseSensitive: boolean): RegExp | undefined {
  const list = forms.filter((f) => f.caseSensitive === caseSensitive).map((f) => f.text);
  if (list.length === 0) return undefined;
  const key = `${caseSensitive ? 's' : 'i'}\u0000${list.join('\u0000')}`;
  let re = cache.get(key);
  if (!re) {
    const parts = [...new Set(list)]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, caseSensitive ? 'gu' : 'giu');
    if (cache.size > 256) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every occurrence of any form in `text`, longest first where two overlap, in text order. */
export function findNames(text: string, forms: readonly NameForm[]): NameHit[] {
  const hits: NameHit[] = [];
  // Performance (see bench/README.md): a form whose first word is not a word of the text cannot
  // match, so the text is searched only for the forms that can.
  const candidates = forms.filter((f) => mayOccur(text, f.text));
  if (candidates.length === 0) return hits;
  for (const cs of [false, true]) {
    const re = matcher(candidates, cs);
    if (!re) continue;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ start: m.index, stop: m.index + m[0].length, text: m[0] });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.stop - a.stop);
  const out: NameHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.stop) continue;
    out.push(h);
  }
  return out;
}

const ASCII_RUN = /[a-z0-9_]+/g;
const ASCII_WORD = /^[A-Za-z0-9_]+/;
// The words of the last few texts searched (two rules search the same document, with short
// names in between), each folded as a case-insensitive match sees it.
const recentWords: Array<{ text: string; words: Set<string> }> = [];

/**
 * False only when `form` cannot occur in `text`. A match starts at a word boundary and its
 * first word is a whole run of letters, digits and `_` in the text, equal to the form's first
 * word up to case folding. Only a first word of ASCII letters and digits is used as a filter,
 * looked up among the ASCII runs of the lower-cased text. The only non-ASCII letters that
 * case-fold to ASCII are the Kelvin sign (lower-cased to k) and ſ (mapped to s here), so the
 * filter agrees with the `iu` matcher.
 */
function mayOccur(text: string, form: string): boolean {
  const first = ASCII_WORD.exec(form);
  if (!first) return true;
  // The run must end where the ASCII word ends; otherwise the form's first word is longer.
  const after = form[first[0].length];
  if (after !== undefined && /[\p{L}\p{N}_]/u.test(after)) return true;
  let entry = recentWords.find((e) => e.text === text);
  if (!entry) {
    // Lower-casing never turns a character that is not a letter into an ASCII letter, so the
    // ASCII runs of the lower-cased text include every ASCII word of the text, whole.
    let lower = text.toLowerCase();
    if (lower.indexOf('\u017f') >= 0) lower = lower.replace(/\u017f/g, 's');
    entry = { text, words: new Set(lower.match(ASCII_RUN)) };
    recentWords.unshift(entry);
    if (recentWords.length > 4) recentWords.pop();
  }
  return entry.words.has(first[0].toLowerCase());
}

/** Whether [start, stop) overlaps any of the spans. */
export function overlapsAny(start: number, stop: number, spans: readonly NameHit[]): boolean {
  return spans.some((s) => start < s.stop && s.start < stop);
}

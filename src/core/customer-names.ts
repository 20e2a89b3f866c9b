import { AttachedCache } from './attached-cache';
import type { MdDocument } from './document';
import { stickyOf } from './anchored-search';
import type { Workspace } from './engagement';
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
export function nameForms(name: string | undefined, generic: readonly string[]): readonly NameForm[] {
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
    // Shared by every caller: frozen, so no caller can change what the next one gets.
    forms = Object.freeze(computeForms(name, genericSet(generic)).map((f) => Object.freeze(f))) as NameForm[];
    byName.set(key, forms);
  }
  return forms;
}

const formsCache = new WeakMap<readonly string[], Map<string, readonly NameForm[]>>();
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

const ASCII_WORD = /^[A-Za-z0-9_]+/;

/**
 * The word a match of `form` must begin with, lower-cased: its first run of ASCII letters,
 * digits and `_`, when that run is a whole word of the form; undefined when the form cannot be
 * ruled out this way (it starts with another character, or the run continues with a non-ASCII
 * letter).
 */
export function leadingWord(form: string): string | undefined {
  const first = ASCII_WORD.exec(form);
  if (!first) return undefined;
  const after = form[first[0].length];
  if (after !== undefined && /[\p{L}\p{N}_]/u.test(after)) return undefined;
  return first[0].toLowerCase();
}

/**
 * The leading words of many name forms (every engagement's customer and alias), to find with
 * one pass over a text where each of them occurs (`sites`). A match of a form can start only
 * where its leading word does, so `findNames` tries the forms only there.
 */
export class NameIndex {
  private readonly words = new Set<string>();
  private readonly leads = new Map<string, string | undefined>();
  private search: RegExp | undefined;

  constructor(forms: Iterable<NameForm>) {
    for (const f of forms) {
      const w = this.lead(f.text);
      if (w) this.words.add(w);
    }
  }

  /** The leading word of a form (see `leadingWord`), remembered per form. */
  lead(form: string): string | undefined {
    if (!this.leads.has(form)) this.leads.set(form, leadingWord(form));
    return this.leads.get(form);
  }

  /**
   * Where the indexed words occur in `text`: each as a whole run of word characters (ASCII
   * letters, digits, `_`, and the two non-ASCII letters that case-fold to ASCII: Kelvin sign,
   * long s), ignoring case, with the offsets where they start, in order (plus a few starts that
   * cannot match, see below). A match of a form starts after a character that is not a letter,
   * digit or `_`; its leading word's characters fold to ASCII; and the character after it is the
   * form's next character (not a letter, digit or `_`) or a non-word character: so it starts at
   * such a run. One search with all the words (a native alternation) finds them.
   */
  sites(text: string): NameSites {
    const at = new Map<string, number[]>();
    if (this.words.size > 0) {
      if (!this.search) {
        const alternatives = [...this.words].map((w) => w.replace(/k/g, '[k\u212a]').replace(/s/g, '[s\u017f]'));
        // `\b` (or a Kelvin sign or long s next, which `\b` does not see as a word character)
        // instead of a look-behind: a native boundary test is far faster, and it only adds
        // starts after a Kelvin sign or long s, where the name search then finds nothing.
        this.search = new RegExp(`(?:\\b|(?=[\u212a\u017f]))(?:${alternatives.join('|')})(?![A-Za-z0-9_\u212a\u017f])`, 'gi');
      }
      const re = this.search;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const w = m[0].toLowerCase().replace(/\u017f/g, 's');
        const list = at.get(w);
        if (list) list.push(m.index);
        else at.set(w, [m.index]);
      }
    }
    return new NameSites(this, this.words, at);
  }
}

const NOWHERE: readonly number[] = [];

/** Where in one text a match of each form can start (see `NameIndex.sites`). */
export class NameSites {
  constructor(
    private readonly index: NameIndex,
    private readonly words: ReadonlySet<string>,
    private readonly at: ReadonlyMap<string, readonly number[]>,
  ) {}

  /** The indexed words found in the text. */
  found(): IterableIterator<string> {
    return this.at.keys();
  }

  /** The offsets where a match of `form` can start, in order; undefined when it could start anywhere. */
  of(form: NameForm): readonly number[] | undefined {
    const w = this.index.lead(form.text);
    if (w === undefined || !this.words.has(w)) return undefined;
    return this.at.get(w) ?? NOWHERE;
  }
}

/**
 * Every occurrence of any form in `text`, longest first where two overlap, in text order.
 * With `sites` (from a `NameIndex` of these forms, over this text), the forms are tried only
 * where they can start instead of searched for through the whole text: same hits, far faster
 * when one text is searched for many names (a test checks the two agree).
 */
export function findNames(text: string, forms: readonly NameForm[], sites?: NameSites): NameHit[] {
  const hits: NameHit[] = [];
  let candidates: readonly NameForm[] = forms;
  let starts: number[] | undefined;
  if (sites) {
    const kept: NameForm[] = [];
    starts = [];
    for (const f of forms) {
      const at = sites.of(f);
      if (at === undefined) starts = undefined;
      else if (at.length === 0) continue;
      else starts?.push(...at);
      kept.push(f);
    }
    candidates = kept;
    if (starts) starts = [...new Set(starts)].sort((a, b) => a - b);
  }
  if (candidates.length === 0) return hits;
  for (const cs of [false, true]) {
    const re = matcher(candidates, cs);
    if (!re) continue;
    if (starts) {
      const sticky = stickyOf(re);
      let from = 0;
      for (const p of starts) {
        if (p < from) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        hits.push({ start: p, stop: p + m[0].length, text: m[0] });
        from = p + m[0].length;
      }
      continue;
    }
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

const sitesIn = new AttachedCache<MdDocument, { index: NameIndex; sites: NameSites }>('sitesIn');

/**
 * Where every engagement's customer and alias forms can start in one document, for
 * `findNames`. The index over the workspace's names is kept by the workspace (per generic-word
 * list); the one pass over the document's `text` is shared by the rules that search it.
 */
export function nameSites(workspace: Workspace, generic: readonly string[], doc: MdDocument, text: string): NameSites {
  const index = workspace.memo(generic, 'name-index', () => new NameIndex(workspace.engagements().flatMap((e) => [...nameForms(e.customer, generic), ...nameForms(e.alias, generic)])));
  let entry = sitesIn.get(doc);
  if (!entry || entry.index !== index) {
    entry = { index, sites: index.sites(text) };
    sitesIn.set(doc, entry);
  }
  return entry.sites;
}

/** Whether [start, stop) overlaps any of the spans. */
export function overlapsAny(start: number, stop: number, spans: readonly NameHit[]): boolean {
  return spans.some((s) => start < s.stop && s.start < stop);
}

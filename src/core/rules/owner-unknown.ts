import type { Engagement, Stakeholder } from '../engagement';
import { itemsOf, splitOwners, stripMarkup, type Item } from '../items';
import { isPlaceholder } from '../placeholders';
import { defineRule, type RuleContext } from '../rule';
import type { Range, Suggestion } from '../types';

// Missing owners are owner-missing's finding, not this rule's.
const NO_OWNER = new Set(['', '-', '--', '—', '–', 'n/a', 'na', 'none', 'nobody', 'unassigned', 'unknown', '?', '??', 'tbd', 'tbc']);
// The last word of a team name ("Platform Team") does not identify it on its own.
const GENERIC = new Set(['team', 'group', 'squad', 'department', 'dept', 'office', 'committee', 'board', 'council', 'unit', 'crew', 'guild']);

interface Person {
  s: Stakeholder;
  full: string;
  tokens: string[];
  email: string | undefined;
  role: string | undefined;
}

type Verdict = { kind: 'known' } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'unknown'; nearest: string | undefined };

export default defineRule({
  meta: {
    id: 'owner-unknown',
    title: 'Name owners who are stakeholders of the engagement',
    rationale: 'An owner the engagement does not list cannot be reached, held to account or told when the item moves; usually it is a typo or a name for someone who has left.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['ownership', 'cross-document'],
    fixable: false,
    messages: {
      unknown: 'Owner "{owner}" of "{item}" is not a stakeholder of engagement "{engagement}"',
      near: 'Owner "{owner}" of "{item}" is not a stakeholder of engagement "{engagement}"; did you mean "{nearest}"?',
      ambiguous: 'Owner "{owner}" of "{item}" could be any of {candidates}; write the full name',
      replace: 'Replace with "{name}"',
    },
    example: { bad: '| Enable SSO | 2026-12-01 | Lee Parker |', good: '| Enable SSO | 2026-12-01 | Lee Park |' },
  },
  check(ctx) {
    const eng = ctx.engagement;
    if (!eng || eng.stakeholders.length === 0) return;
    const { people, verdicts } = peopleOf(eng);
    const judged = (text: string): Verdict => {
      let v = verdicts.get(text);
      if (!v) {
        v = judge(text, people);
        if (verdicts.size >= 2000) verdicts.clear();
        verdicts.set(ownCopy(text), v);
      }
      return v;
    };
    for (const it of itemsOf(ctx.doc, ctx.sectionsWhere('owned'))) {
      const owner = it.owner;
      if (!owner) continue;
      const whole = owner.text.trim();
      if (skip(whole) || whole.length > 400 || judged(whole).kind === 'known') continue;
      const raw = ctx.doc.text.slice(ctx.doc.lines.offsetAt(owner.range.start), ctx.doc.lines.offsetAt(owner.range.end));
      let searchFrom = 0;
      for (const part of ownerParts(whole)) {
        const at = raw.indexOf(part, searchFrom);
        const range: Range = at >= 0 ? ctx.doc.lines.rangeOf(ctx.doc.lines.offsetAt(owner.range.start) + at, ctx.doc.lines.offsetAt(owner.range.start) + at + part.length) : owner.range;
        if (at >= 0) searchFrom = at + part.length;
        if (skipPart(part)) continue;
        const v = judged(part);
        if (v.kind === 'known') continue;
        report(ctx, it, part, range, v, eng.id);
      }
    }
  },
});

function report(ctx: RuleContext, it: Item, owner: string, range: Range, v: Exclude<Verdict, { kind: 'known' }>, engagement: string): void {
  const names = v.kind === 'ambiguous' ? v.candidates : v.nearest ? [v.nearest] : [];
  const suggestions: Suggestion[] = names.map((name) => ({ title: ctx.msg('replace', { name }), edits: [{ range, newText: name }] }));
  const message =
    v.kind === 'ambiguous'
      ? ctx.msg('ambiguous', { owner, item: it.label, candidates: v.candidates.map((c) => `"${c}"`).join(', ') })
      : ctx.msg(v.nearest ? 'near' : 'unknown', { owner, item: it.label, engagement, nearest: v.nearest ?? '' });
  ctx.report({ message, range, suggestions });
}

// Performance (bench/README.md): an engagement's stakeholders are read once, not per document,
// and an owner written the same way is judged once (owners repeat across an engagement's files).
// Kept per Engagement object, which the workspace replaces when engagement.md changes.
const byEngagement = new WeakMap<Engagement, { people: Person[]; verdicts: Map<string, Verdict> }>();

/**
 * The key as a string of its own: `text` is a slice of the document, and a slice kept in this
 * per-engagement map would keep the whole document's text alive for as long as the engagement
 * (in the CLI, the whole run: 13 MB of texts at 10,000 files).
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function peopleOf(eng: Engagement): { people: Person[]; verdicts: Map<string, Verdict> } {
  let hit = byEngagement.get(eng);
  if (!hit) {
    const people = eng.stakeholders.map((s) => ({
      s,
      full: norm(s.name),
      tokens: tokens(s.name),
      email: s.email?.trim().toLowerCase(),
      role: s.role ? norm(s.role) : undefined,
    }));
    hit = { people, verdicts: new Map() };
    byEngagement.set(eng, hit);
  }
  return hit;
}

/** splitOwners, except inside parentheses: "Priya Raman (Security, Compliance)" is one owner. */
function ownerParts(text: string): string[] {
  const hidden = text.replace(/\([^()]*\)/g, (m) => `(${'\u0001'.repeat(m.length - 2)})`);
  const out: string[] = [];
  let at = 0;
  for (const part of splitOwners(hidden)) {
    const i = hidden.indexOf(part, at);
    if (i < 0) continue;
    out.push(text.slice(i, i + part.length));
    at = i + part.length;
  }
  return out;
}

function skip(text: string): boolean {
  const t = stripMarkup(text).trim();
  return NO_OWNER.has(t.toLowerCase()) || isPlaceholder(t) || /\$\{\d|\{\{/.test(t);
}

/** Names carry no digits: "2026-11-10" or "Dec 10" after an owner is its date, not a second owner. */
function skipPart(text: string): boolean {
  // Nor is a name a paragraph: text that long is prose in the wrong column, not an owner to look up.
  return skip(text) || /\d/.test(text) || text.length > 120;
}

function norm(s: string): string {
  return stripMarkup(s).replace(/\s+/g, ' ').replace(/[.,;:!]+$/, '').trim().toLowerCase();
}

/** Name words: "dana.whitfield", "Dana_Whitfield" and "Dana Whitfield" give the same tokens. */
function tokens(s: string): string[] {
  return norm(s)
    .split(/[\s._-]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}'’]/gu, ''))
    .filter(Boolean);
}

function judge(text: string, people: Person[]): Verdict {
  // "[Lee Park](mailto:…)" is Lee Park; "Lee Park <lee@acme.example>" is named by either part.
  let stripped = stripMarkup(text).replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g, '$1').replace(/^@/, '').trim();
  const emails = stripped.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
  if (emails.some((e) => people.some((p) => p.email === e.toLowerCase()))) return { kind: 'known' };
  if (emails.length) stripped = stripped.replace(/<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g, ' ').replace(/\s+/g, ' ').trim() || stripped;
  // "Priya Raman (Security)" and "Security Lead (Priya Raman)": either half may carry the name.
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(stripped);
  const variants = paren ? [paren[1], paren[2], stripped] : [stripped];
  let ambiguous: string[] | undefined;
  for (const v of variants) {
    const hits = matches(v, people);
    if (hits.length === 1) return { kind: 'known' };
    if (hits.length > 1 && !ambiguous) ambiguous = hits.map((p) => p.s.name);
  }
  if (ambiguous) return { kind: 'ambiguous', candidates: ambiguous };
  return { kind: 'unknown', nearest: nearest(variants[0], people) };
}

/** The stakeholders a name refers to, by the engagement's conventions. */
function matches(text: string, people: Person[]): Person[] {
  const n = norm(text);
  if (!n) return [];
  const exact = people.filter((p) => p.full === n || (p.email !== undefined && p.email === n));
  if (exact.length) return exact;
  const t = tokens(text);
  if (t.length === 0) return [];
  const sameWords = people.filter((p) => p.tokens.length === t.length && p.tokens.every((x, i) => x === t[i]));
  if (sameWords.length) return sameWords;
  if (t.length === 1) {
    const w = t[0];
    const byName = people.filter((p) => p.tokens.length > 1 && (p.tokens[0] === w || (p.tokens[p.tokens.length - 1] === w && !GENERIC.has(w))));
    if (byName.length) return byName;
  } else if (t.length === 2) {
    // "Dana W." or "D. Whitfield": a first and a last name where one of them is an initial.
    const [a, b] = t;
    if (a.length === 1 || b.length === 1) {
      const fits = (x: string, y: string) => x === y || (x.length === 1 && y.startsWith(x));
      const byInitial = people.filter((p) => p.tokens.length > 1 && fits(a, p.tokens[0]) && fits(b, p.tokens[p.tokens.length - 1]));
      if (byInitial.length) return byInitial;
    }
  }
  // A role that only one stakeholder holds names that stakeholder.
  return people.filter((p) => p.role !== undefined && p.role === n);
}

function nearest(text: string, people: Person[]): string | undefined {
  const n = norm(text);
  let best: { name: string; d: number } | undefined;
  for (const p of people) {
    const d = distance(n, p.full);
    if (!best || d < best.d) best = { name: p.s.name, d };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(n.length, best.name.length) / 3));
  return best.d <= limit ? best.name : undefined;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

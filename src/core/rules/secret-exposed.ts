import { matchesFromHits } from '../anchored-search';
import { defineRule } from '../rule';
import { maskValue, scanText } from '../sensitive-text';
import placeholderWords from './secret-exposed.words.json';

/**
 * One credential shape. Every pattern is linear-time: it starts with a look-behind that
 * excludes the characters its first run consumes (so each run of token characters is entered
 * once), and every repetition is bounded and separated by a literal that its class excludes.
 */
export interface SecretPattern {
  id: string;
  /** What the message calls it. */
  kind: string;
  re: RegExp;
  /** Capture group holding the secret value (0: the whole match). */
  group: number;
  /**
   * How the message points at it without revealing it: `prefix` shows at most the first four
   * characters, `label` names the key or host it is assigned to, `none` shows nothing.
   */
  show: 'prefix' | 'label' | 'none';
  /** Capture group naming the key, or the host of a connection string, for `show: 'label'`. */
  labelGroup?: number;
  /** Extra test of a candidate; the shared placeholder test runs first. */
  accept?: (value: string, m: RegExpExecArray, text: string, placeholders: readonly string[]) => boolean;
  /**
   * Performance only (see `matchesOf`): literals of which every match contains one, so a text
   * with none of them is not searched. For patterns without the `i` flag.
   */
  needs?: readonly string[];
  /**
   * Performance only (see `matchesOf` and `anchoredMatches`): a match starts where a run of
   * `run` characters starts, at most `back` characters before one of `words` (lower case,
   * matched ignoring ASCII case).
   */
  anchor?: { words: readonly string[]; run: RegExp; back: number };
}

const SEP = `["'\`]?[ \\t]{0,5}(?::=|=>|[:=])[ \\t]{0,5}`;
const PASSWORD_WORDS = 'password|passwd|passphrase|pwd';
const KEY_WORDS = 'api[_-]?key|apikey|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|refresh[_-]?token|account[_-]?key|shared[_-]?access[_-]?key|signing[_-]?key|encryption[_-]?key|webhook[_-]?secret|secret';
const PASSWORD_LABEL = `[A-Za-z0-9_.-]{0,40}?(?:${PASSWORD_WORDS})`;
const KEY_LABEL = `[A-Za-z0-9_.-]{0,40}?(?:${KEY_WORDS})`;
/**
 * The characters of a key label (`db.admin_password`); a label starts after none of them.
 * Every keyword of KEY_WORDS holds "key", "secret" or "token" at most 14 characters into it, so
 * a keyed secret's label has one at most 40 + 14 characters after its start.
 */
const LABEL_RUN = /[A-Za-z0-9_.-]/;

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { id: 'private-key', needs: ['PRIVATE KEY'], kind: 'Private key', re: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/dg, group: 0, show: 'none', accept: keyMaterial },
  { id: 'aws-access-key', needs: ['AKIA', 'ASIA'], kind: 'AWS access key ID', re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg, group: 0, show: 'prefix' },
  { id: 'aws-secret-key', anchor: { words: ['secret'], run: LABEL_RUN, back: 4 }, kind: 'AWS secret access key', re: new RegExp(`(?<![A-Za-z0-9_.-])((?:aws_?)?secret_?access_?key)${SEP}["'\`]?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`, 'dgi'), group: 2, show: 'label', labelGroup: 1, accept: mixed },
  { id: 'github-token', needs: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], kind: 'GitHub token', re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/dg, group: 0, show: 'prefix' },
  { id: 'gitlab-token', needs: ['glpat-'], kind: 'GitLab access token', re: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/dg, group: 0, show: 'prefix' },
  { id: 'slack-token', needs: ['xox', 'xapp-'], kind: 'Slack token', re: /(?<![A-Za-z0-9-])(?:xox[abprs]-\d{1,20}-[A-Za-z0-9-]{8,250}|xapp-\d{1,3}-[A-Za-z0-9-]{20,250})(?![A-Za-z0-9-])/dg, group: 0, show: 'prefix' },
  { id: 'slack-webhook', needs: ['hooks.slack.com/services/'], kind: 'Slack webhook URL', re: /hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}(?![A-Za-z0-9])/dg, group: 0, show: 'prefix' },
  { id: 'stripe-key', needs: ['k_live_'], kind: 'Stripe live key', re: /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{16,247}(?![A-Za-z0-9_])/dg, group: 0, show: 'prefix' },
  { id: 'google-api-key', needs: ['AIza'], kind: 'Google API key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg, group: 0, show: 'prefix' },
  { id: 'anthropic-key', needs: ['sk-ant-'], kind: 'Anthropic API key', re: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])/dg, group: 0, show: 'prefix', accept: mixed },
  { id: 'openai-key', needs: ['sk-'], kind: 'OpenAI API key', re: /(?<![A-Za-z0-9_-])sk-(?!ant-)[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])/dg, group: 0, show: 'prefix', accept: randomBlock },
  { id: 'npm-token', needs: ['npm_'], kind: 'npm token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/dg, group: 0, show: 'prefix' },
  { id: 'twilio-api-key', needs: ['SK'], kind: 'Twilio API key', re: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/dg, group: 0, show: 'prefix' },
  { id: 'twilio-auth-token', anchor: { words: ['twilio'], run: LABEL_RUN, back: 0 }, kind: 'Twilio auth token', re: new RegExp(`(?<![A-Za-z0-9_.-])(twilio[A-Za-z0-9_.-]{0,20}?token)${SEP}["'\`]?([0-9a-f]{32})(?![A-Za-z0-9])`, 'dgi'), group: 2, show: 'label', labelGroup: 1 },
  { id: 'sendgrid-key', needs: ['SG.'], kind: 'SendGrid API key', re: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/dg, group: 0, show: 'prefix' },
  { id: 'jwt', needs: ['eyJ'], kind: 'JSON Web Token', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{8,2000}(?![A-Za-z0-9_-])/dg, group: 0, show: 'prefix' },
  { id: 'url-password', anchor: { words: ['://'], run: /[A-Za-z0-9+.-]/, back: 31 }, kind: 'Password in a connection string', re: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/([^\s:/?#@"'`<>()[\]{}|\\^]{1,256}):([^\s/?#@"'`<>[\]{}|\\^]{1,256})@([A-Za-z0-9][A-Za-z0-9.-]{0,252})/dg, group: 2, show: 'label', labelGroup: 3, accept: (v, m) => v !== m[1] && !exampleHost(m[3]) },
  { id: 'basic-auth', needs: ['Basic'], kind: 'Basic authentication credentials', re: /(?<![A-Za-z0-9])Basic[ \t]{1,5}([A-Za-z0-9+/]{8,1000}={0,2})(?![A-Za-z0-9+/=])/dg, group: 1, show: 'none', accept: basicCredentials },
  { id: 'bearer-token', needs: ['Bearer'], kind: 'Bearer token', re: /(?<![A-Za-z0-9])Bearer[ \t]{1,5}([A-Za-z0-9_~+/-][A-Za-z0-9_.~+/-]{19,2000}=*)(?![A-Za-z0-9_.~+/=-])/dg, group: 1, show: 'prefix', accept: (v) => /[0-9]/.test(v) && /[A-Za-z]/.test(v) },
  { id: 'password-flag', needs: ['password'], kind: 'Password', re: /(?<![A-Za-z0-9-])(--(?:[a-z]{1,20}-)?password)(?:=|[ \t]{1,5})["']?([^\s"'`]{1,200})/dg, group: 2, show: 'label', labelGroup: 1, accept: secretLike },
  { id: 'password', anchor: { words: ['password', 'passwd', 'passphrase', 'pwd'], run: LABEL_RUN, back: 40 }, kind: 'Password', re: new RegExp(`(?<![A-Za-z0-9_.-])(${PASSWORD_LABEL})${SEP}["'\`]?([^\\s"'\`,;]{1,200})`, 'dgi'), group: 2, show: 'label', labelGroup: 1, accept: secretLike },
  { id: 'keyed-secret', anchor: { words: ['key', 'secret', 'token'], run: LABEL_RUN, back: 54 }, kind: 'Secret', re: new RegExp(`(?<![A-Za-z0-9_.-])(${KEY_LABEL})${SEP}["'\`]?([A-Za-z0-9_+/=.~-]{16,500})`, 'dgi'), group: 2, show: 'label', labelGroup: 1, accept: keyedSecret },
];

/**
 * Every match of `p.re` in `text`, exactly as a global search from the start finds them.
 * Performance (bench/README.md): most patterns cannot match without one of their `needs`
 * literals, so a text without any is not searched; a labelled pattern (`password: …`) is tried
 * only where a run of label characters starts with one of its keywords near its start, instead
 * of at every word start with a lazy prefix. A test checks both against the plain search.
 */
export function matchesOf(p: SecretPattern, text: string, scan: SecretScan = scanSecrets(text)): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (p.needs && !p.needs.some((lit) => scan.literals.has(lit))) return out;
  if (!p.anchor) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      out.push(m);
      if (m[0].length === 0) p.re.lastIndex++;
    }
    return out;
  }
  const hits = p.anchor.words.length === 1 ? (scan.words.get(p.anchor.words[0]) ?? []) : p.anchor.words.flatMap((w) => scan.words.get(w) ?? []).sort((a, b) => a - b);
  return matchesFromHits(p.re, p.anchor, text, hits);
}

/** What one pass over a text found: the `needs` literals present, and where each anchor word starts. */
export interface SecretScan {
  literals: Set<string>;
  words: Map<string, number[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LITERALS = [...new Set(SECRET_PATTERNS.flatMap((p) => p.needs ?? []))];
const WORDS = [...new Set(SECRET_PATTERNS.flatMap((p) => p.anchor?.words ?? []))];
// Two-letter literals would make the pass stop at most words ("SK" in "ask"): looked up apart.
const SHORT = LITERALS.filter((l) => l.length < 3);
// One case-insensitive search for every anchor word and literal, longest first. It resumes one
// character after each hit, so overlapping occurrences are all seen; where several alternatives
// start at one offset, the longest is reported and the others are its prefixes (by case-folding),
// found below from the text itself.
const ALTERNATIVES = [...new Set([...WORDS, ...LITERALS.filter((l) => l.length >= 3)].map((x) => x.toLowerCase()))].sort((a, b) => b.length - a.length);
const SCAN = new RegExp(ALTERNATIVES.map(escape).join('|'), 'gi');
const PREFIXES = new Map(
  ALTERNATIVES.map((alt) => [
    alt,
    {
      literals: LITERALS.filter((l) => l.length >= 3 && alt.startsWith(l.toLowerCase())),
      words: WORDS.filter((w) => alt.startsWith(w)),
    },
  ]),
);

/**
 * One pass over `text` (bench/README.md): which `needs` literals occur (with their case), and
 * every offset where an anchor word starts. Checked against the plain searches by a test.
 */
export function scanSecrets(text: string): SecretScan {
  const literals = new Set<string>();
  const words = new Map<string, number[]>();
  for (const l of SHORT) if (text.includes(l)) literals.add(l);
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const at = m.index;
    const found = PREFIXES.get(m[0].toLowerCase());
    if (found) {
      for (const l of found.literals) if (text.startsWith(l, at)) literals.add(l);
      for (const w of found.words) {
        const list = words.get(w);
        if (list) list.push(at);
        else words.set(w, [at]);
      }
    }
    SCAN.lastIndex = at + 1;
  }
  return { literals, words };
}

const BUILT_IN_PLACEHOLDERS: readonly string[] = placeholderWords;
const TABLE_PASSWORD: SecretPattern = { id: 'table-password', kind: 'Password', re: /(?!)/g, group: 0, show: 'label' };
const TABLE_SECRET: SecretPattern = { id: 'table-secret', kind: 'Secret', re: /(?!)/g, group: 0, show: 'label' };
const PASSWORD_CELL = /^(?:[\w .-]{0,30}[\s_.-])?(?:password|passwd|passphrase|pwd)$/i;
const SECRET_CELL = /^(?:[\w .-]{0,30}[\s_.-])?(?:api[ _-]?key|secret[ _-]?key|client[ _-]?secret|access[ _-]?token|auth[ _-]?token|refresh[ _-]?token|token|secret|account[ _-]?key|access[ _-]?key)$/i;

/** A table cell that names a credential ("Password", "DB password", "API key"), markup stripped. */
function cellLabel(raw: string): { kind: 'Password' | 'Secret'; text: string } | undefined {
  const text = raw.replace(/^[*_`]+|[*_`]+$/g, '').replace(/:$/, '').trim();
  if (text.length > 40) return undefined;
  if (PASSWORD_CELL.test(text)) return { kind: 'Password', text };
  if (SECRET_CELL.test(text)) return { kind: 'Secret', text };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'secret-exposed',
    title: 'Keep credentials, tokens and private keys out of deliverables',
    rationale: 'A credential written into a document is copied to every reader, repository clone and export; it has to be treated as leaked and rotated.',
    severity: 'error',
    appliesTo: { types: 'all' },
    tags: ['privacy'],
    fixable: false,
    wordLists: ['secret-placeholders'],
    messages: {
      prefix: '{kind} in plain text ({masked}); remove it and rotate the credential',
      label: '{kind} in plain text (assigned to "{label}"); remove it and rotate the credential',
      host: '{kind} in plain text (host "{label}"); remove it and rotate the credential',
      none: '{kind} in plain text; remove it and rotate the credential',
      redact: 'Replace the value with REDACTED',
    },
    example: { bad: 'DATABASE_URL=postgres://app:Tr0ub4dor3@db.acme.internal/app', good: 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.acme.internal/app' },
  },
  check(ctx) {
    const doc = ctx.doc;
    const text = scanText(doc);
    const placeholders = ctx.words('secret-placeholders', BUILT_IN_PLACEHOLDERS).map((w) => w.toLowerCase()).filter(Boolean);
    type Hit = { p: SecretPattern; start: number; stop: number; vStart: number; vStop: number; value: string; label: string; rank: number };
    const hits: Hit[] = [];
    const scan = scanSecrets(text);
    SECRET_PATTERNS.forEach((p, rank) => {
      for (const m of matchesOf(p, text, scan)) {
        const value = m[p.group] ?? '';
        if (!value) continue;
        const vStart = m.indices?.[p.group]?.[0] ?? m.index;
        // A token with a distinctive shape is judged by its own characters; a labelled value also by the placeholder words.
        if (p.group === 0 || p.id === 'basic-auth' ? illustrative(value) : isPlaceholder(value, placeholders)) continue;
        if (p.accept && !p.accept(value, m, text, placeholders)) continue;
        let stop = m.index + m[0].length;
        if (p.id === 'private-key') stop = keyBlockEnd(text, stop);
        hits.push({ p, start: p.group === 0 ? m.index : vStart, stop: p.group === 0 ? stop : vStart + value.length, vStart, vStop: vStart + value.length, value, label: p.labelGroup ? (m[p.labelGroup] ?? '') : '', rank });
      }
    });
    // A table that labels a cell as a password or key: "| Password | Tr0ub4dor3 |", or a Password column.
    for (const t of doc.tables) {
      const labels = t.header.cells.map((c) => cellLabel(c.text));
      for (const row of t.rows) {
        const rowLabel = cellLabel(row.cells[0]?.text ?? '');
        row.cells.forEach((cell, i) => {
          const label = labels[i] ?? (i > 0 ? rowLabel : undefined);
          if (!label) return;
          const value = cell.text.replace(/^[`"']+|[`"']+$/g, '');
          if (!value || /\s/.test(value) || isPlaceholder(value, placeholders)) return;
          if (!(label.kind === 'Password' ? secretLike(value) : randomToken(value))) return;
          const start = doc.lines.offsetAt(cell.range.start) + cell.text.indexOf(value);
          const p = label.kind === 'Password' ? TABLE_PASSWORD : TABLE_SECRET;
          hits.push({ p, start, stop: start + value.length, vStart: start, vStop: start + value.length, value, label: label.text, rank: SECRET_PATTERNS.length });
        });
      }
    }
    // The most specific shape wins where two overlap (a JWT after "Bearer", a key after "api_key:").
    hits.sort((a, b) => a.rank - b.rank || a.start - b.start);
    const kept: Hit[] = [];
    const used = new Uint8Array(text.length + 1);
    for (const h of hits) {
      if (used.subarray(h.start, h.stop).some((x) => x === 1)) continue;
      used.fill(1, h.start, h.stop);
      kept.push(h);
    }
    kept.sort((a, b) => a.start - b.start);
    for (const h of kept) {
      const kind = h.p.kind;
      const id = h.p.show === 'prefix' ? 'prefix' : h.p.show === 'label' ? (h.p.id === 'url-password' ? 'host' : 'label') : 'none';
      const label = h.label.length > 60 ? `${h.label.slice(0, 59)}…` : h.label;
      const range = doc.lines.rangeOf(h.start, h.stop);
      ctx.report({
        message: ctx.msg(id, { kind, masked: maskValue(h.value), label }),
        range,
        suggestions: [{ title: ctx.msg('redact'), edits: [{ range: doc.lines.rangeOf(h.p.id === 'private-key' ? h.start : h.vStart, h.p.id === 'private-key' ? h.stop : h.vStop), newText: 'REDACTED' }] }],
      });
    }
  },
});

/** Values that stand for a secret without being one ("password: password", "token: none"). */
const GENERIC_VALUES = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'test', 'admin', 'root', 'none', 'null', 'nil', 'empty', 'value', 'string', 'token', 'key', 'apikey', 'hidden', 'masked', 'xxx', 'todo', 'tbd']);

/**
 * A value written as an illustration: a template or variable reference, a masked or made-up
 * value, a generic word, or a value containing a word of the `secret-placeholders` list.
 */
export function isPlaceholder(value: string, words: readonly string[]): boolean {
  const v = value.toLowerCase();
  if (/^[$%<{[(!&*#@]/.test(v) || /^(.)\1*$/.test(v) || sequential(v)) return true;
  if (/[<>{}…]|\.\.\.|\*\*\*|xxxx/.test(v)) return true;
  if (GENERIC_VALUES.has(v.replace(/[^a-z0-9]/g, ''))) return true;
  return words.some((w) => v.includes(w));
}

/** A token of a known shape that is visibly made up ("AKIAIOSFODNN7EXAMPLE", "ghp_xxxx…"). */
function illustrative(value: string): boolean {
  return /example|sample|dummy|placeholder|redacted|fake|xxxx|\.\.\.|[<>{}…]/i.test(value) || /(.)\1{7}/.test(value);
}

/** An `sk-` key: a block of 16+ letters and digits, with both, not hyphenated words ("sk-my-project-2024"). */
function randomBlock(v: string): boolean {
  return /[0-9]/.test(v) && /[A-Za-z]/.test(v) && /[A-Za-z0-9]{16}/.test(v);
}

/** Key material after a private key header, before its END line: a base64 run, not "…" or "<your key>". */
function keyMaterial(_v: string, m: RegExpExecArray, text: string): boolean {
  const from = m.index + m[0].length;
  const end = text.indexOf('-----END', from);
  const body = text.slice(from, end >= 0 && end - from < 800 ? end : from + 800);
  const run = /[A-Za-z0-9+/=]{16,}/.exec(body);
  return run !== null && !illustrative(run[0]) && !/^redacted/i.test(run[0]);
}

/** Whether half or more of a value is runs of four or more consecutive letters or digits ("abcdefg", "0987654321"). */
function sequential(value: string): boolean {
  const v = value.toLowerCase();
  let inRuns = 0;
  let run = 1;
  let step = 0;
  for (let i = 1; i <= v.length; i++) {
    const d = i < v.length ? v.charCodeAt(i) - v.charCodeAt(i - 1) : 0;
    const alnum = i < v.length && /[a-z0-9]/.test(v[i]) && /[a-z0-9]/.test(v[i - 1]);
    if (alnum && (d === 1 || d === -1) && (run === 1 || d === step)) {
      step = d;
      run++;
      continue;
    }
    if (run >= 4) inRuns += run;
    run = 1;
    step = 0;
    if (alnum && (d === 1 || d === -1)) {
      step = d;
      run = 2;
    }
  }
  return inRuns * 2 >= v.length;
}

function mixed(v: string): boolean {
  return /[0-9]/.test(v) && /[A-Za-z]/.test(v);
}

/** A password value that looks chosen, not a word of prose or a reference to a variable. */
function secretLike(raw: string): boolean {
  const v = raw.replace(/[.,;:)\]]+$/, '');
  if (v.length < 6 || v.includes('(')) return false;
  // Identifiers and paths (config.db.password, DB_PASSWORD, env:NAME) name the secret, they are not it.
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:[.:][A-Za-z_][A-Za-z0-9_]*)+$/.test(v) || /^[A-Z][A-Z0-9_]*$/.test(v)) return false;
  const letter = /[A-Za-z]/.test(v);
  return letter && (/[0-9]/.test(v) || /[!@#$%^&*+=?~]/.test(v));
}

function keyedSecret(v: string): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return false;
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(v)) return false;
  return mixed(v);
}

/** A value that looks generated: 16+ token characters mixing upper case, lower case and digits, or 32+ hex digits. */
function randomToken(v: string): boolean {
  if (!/^[A-Za-z0-9_+/=.~-]{16,}$/.test(v) || !keyedSecret(v)) return false;
  return (/[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v)) || /^[0-9a-f]{32,}$/i.test(v);
}

function basicCredentials(v: string, _m: RegExpExecArray, _t: string, placeholders: readonly string[]): boolean {
  if (v.length % 4 === 1) return false;
  let decoded: string;
  try {
    decoded = atob(v);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const password = decoded.slice(colon + 1);
  return password !== decoded.slice(0, colon) && !isPlaceholder(password, placeholders);
}

function exampleHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|org|net)$/.test(h) || /\.(?:example|test|invalid)$/.test(h) || h === 'example';
}

/** End of a private key block: the end of its `-----END … -----` line when near, else the header. */
function keyBlockEnd(text: string, headerEnd: number): number {
  const end = text.indexOf('-----END ', headerEnd);
  if (end < 0 || end - headerEnd > 20000) return headerEnd;
  const close = text.indexOf('-----', end + 9);
  return close < 0 || close - end > 80 ? headerEnd : close + 5;
}

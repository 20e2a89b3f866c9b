import type { LineIndex } from './text';
import type { Range } from './types';
import { yaml, type Document, type Node as YamlNode } from './yaml';

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** Line of the opening `---` (always 0) and of the closing one; undefined when unterminated. */
  startLine: number;
  endLine: number | undefined;
  /** First line of the body (after the closing fence). */
  bodyLine: number;
  /** Parsed mapping; `{}` when the YAML did not parse or is not a mapping. */
  data: Record<string, unknown>;
  /** YAML syntax errors, an unterminated block, or a non-mapping document. */
  problems: FrontMatterProblem[];
  /** The range of the key (or item) at `path`, falling back to the nearest parent that exists. */
  rangeOf(path: readonly (string | number)[]): Range;
  /** The range of the value at `path`, if present. */
  valueRange(path: readonly (string | number)[]): Range | undefined;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Keeps a YAML alias bomb ("billion laughs") from expanding. */
const MAX_ALIASES = 100;

/** Finds and parses a leading `---` YAML block. Never throws. */
export function parseFrontMatter(lines: LineIndex): FrontMatter | undefined {
  if (lines.lineCount === 0 || !FENCE.test(lines.line(0))) return undefined;
  let endLine: number | undefined;
  for (let i = 1; i < lines.lineCount; i++) {
    if (CLOSE.test(lines.line(i))) {
      endLine = i;
      break;
    }
  }
  const problems: FrontMatterProblem[] = [];
  const firstLine = lines.lineRange(0);
  if (endLine === undefined) {
    problems.push({ message: 'Front matter starts with `---` but is never closed by a `---` line', range: firstLine });
    return {
      startLine: 0,
      endLine: undefined,
      bodyLine: 0,
      data: {},
      problems,
      rangeOf: () => firstLine,
      valueRange: () => undefined,
    };
  }
  const srcStart = lines.starts[1] ?? lines.text.length;
  const srcEnd = endLine > 1 ? lines.ends[endLine - 1] : srcStart;
  const src = lines.text.slice(srcStart, srcEnd);
  let doc: Document | undefined;
  let data: Record<string, unknown> = {};
  // Performance (see bench/README.md): the usual front matter (flat keys, simple scalars, flow
  // lists, one level of block lists and maps) is read by a small exact reader; the YAML parser
  // runs only for anything else, or later when a rule asks for a range it did not record.
  const fast = readSimpleYaml(src);
  let parsed = fast === undefined;
  const yamlDoc = (): Document | undefined => {
    if (!parsed) {
      parsed = true;
      try {
        doc = yaml().parseDocument(src, { prettyErrors: false, uniqueKeys: true, strict: false });
      } catch {
        doc = undefined;
      }
    }
    return doc;
  };
  if (fast) data = fast.data;
  else try {
    doc = yaml().parseDocument(src, { prettyErrors: false, uniqueKeys: true, strict: false });
    for (const e of doc.errors) {
      const [a, b] = e.pos;
      problems.push({ message: `Front matter is not valid YAML: ${firstSentence(e.message)}`, range: lines.rangeOf(srcStart + a, srcStart + Math.max(a, b)) });
    }
    if (doc.errors.length === 0) {
      const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
      if (js === null || js === undefined) data = {};
      else if (typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
      else problems.push({ message: 'Front matter must be a mapping of keys to values', range: lines.rangeOf(srcStart, srcEnd) });
    }
  } catch (e) {
    problems.push({ message: `Front matter could not be read: ${firstSentence(e instanceof Error ? e.message : String(e))}`, range: firstLine });
  }

  const nodeRange = (node: YamlNode | null | undefined): Range | undefined => {
    const r = node?.range;
    if (!r) return undefined;
    return lines.rangeOf(srcStart + r[0], srcStart + Math.max(r[0], r[1]));
  };
  const locate = (path: readonly (string | number)[], wantValue: boolean): Range | undefined => {
    if (fast && path.length === 1) {
      const k = fast.keys.get(String(path[0]));
      if (!k) return undefined;
      if (!wantValue) return lines.rangeOf(srcStart + k.key[0], srcStart + k.key[1]);
      if (k.value) return lines.rangeOf(srcStart + k.value[0], srcStart + k.value[1]);
    }
    let node: unknown = yamlDoc()?.contents;
    const { isMap, isPair, isScalar, isSeq } = yaml();
    let best: Range | undefined;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return best;
        const keyRange = nodeRange(pair.key as YamlNode);
        best = last && !wantValue ? keyRange : (nodeRange(pair.value as YamlNode) ?? keyRange);
        if (last) return wantValue ? nodeRange(pair.value as YamlNode) : keyRange;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as YamlNode | undefined;
        if (!item) return best;
        best = nodeRange(item) ?? best;
        if (last) return best;
        node = item;
      } else {
        return best;
      }
    }
    return best;
  };
  return {
    startLine: 0,
    endLine,
    bodyLine: endLine + 1,
    data,
    problems,
    rangeOf: (path) => locate(path, false) ?? firstLine,
    valueRange: (path) => locate(path, true),
  };
}

function firstSentence(s: string): string {
  const line = s.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

// ---------------------------------------------------------------- the simple-YAML reader

interface SimpleYaml {
  data: Record<string, unknown>;
  /** Top-level keys: offsets in the source of the key and of a scalar or flow value (undefined: ask the YAML parser). */
  keys: Map<string, { key: [number, number]; value: [number, number] | undefined }>;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):( +.*)?$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[0-9]{1,15}$/;
const FLOAT = /^[0-9]{1,15}\.[0-9]{0,15}$/;
// Every other form the core schema reads as a number: left to the YAML parser.
const OTHER_NUMBER = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;
const BAIL = Symbol('bail');

/**
 * Reads front matter written in the plain subset of YAML that deliverables use, giving exactly
 * what `yaml` would (same values, same key order); undefined for anything outside the subset
 * (comments, anchors, tags, block scalars, escapes, multi-line scalars, deeper nesting, tabs,
 * CR line breaks…), which then goes to the YAML parser.
 */
function readSimpleYaml(src: string): SimpleYaml | undefined {
  // YAML's white space is the space (and the tab, left to the parser); JavaScript's trim() would
  // also eat a BOM, a no-break space and more, so those, and control characters, go to the parser.
  if (!/[^ \n]/.test(src) || /[\t\r#&*!|>%`\\\x00-\x08\x0b-\x1f\x7f-\x9f\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(src)) return undefined;
  const text = src.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of text) {
    starts.push(at);
    at += l.length + 1;
  }
  const data: Record<string, unknown> = {};
  const keys: SimpleYaml['keys'] = new Map();
  const blank = (i: number) => trim(text[i]) === '';
  const indent = (i: number) => lead(text[i]);
  let i = 0;
  while (i < text.length) {
    if (blank(i)) {
      i++;
      continue;
    }
    const line = text[i];
    if (line[0] === ' ' || line.startsWith('---') || line.startsWith('...')) return undefined;
    const m = KEY_LINE.exec(line);
    if (!m || m[1] === '__proto__' || keys.has(m[1])) return undefined;
    const key = m[1];
    const rest = m[2] ?? '';
    const raw = trim(rest);
    const keyRange: [number, number] = [starts[i], starts[i] + key.length];
    i++;
    if (raw) {
      const valueAt = starts[i - 1] + key.length + 1 + lead(rest);
      const v = inlineValue(raw);
      if (v === BAIL) return undefined;
      data[key] = v;
      keys.set(key, { key: keyRange, value: [valueAt, valueAt + raw.length] });
      // A more indented line here would continue the scalar: not in the subset.
      let j = i;
      while (j < text.length && blank(j)) j++;
      if (j < text.length && text[j][0] === ' ') return undefined;
      continue;
    }
    // An empty value: null, or a block list or map on the lines below.
    let j = i;
    while (j < text.length && blank(j)) j++;
    if (j >= text.length || (text[j][0] !== ' ' && !/^-(?: |$)/.test(text[j]))) {
      data[key] = null;
      keys.set(key, { key: keyRange, value: undefined });
      continue;
    }
    const block: number[] = [];
    const seq = /^-(?: |$)/.test(text[j].slice(lead(text[j])));
    const base = indent(j);
    for (; j < text.length; j++) {
      if (blank(j)) continue;
      const d = indent(j);
      if (d < base || (d === 0 && !(seq && /^-(?: |$)/.test(text[j])))) break;
      block.push(j);
    }
    const v = seq ? blockSeq(text, block, base) : blockMap(text, block, base);
    if (v === BAIL) return undefined;
    data[key] = v;
    keys.set(key, { key: keyRange, value: undefined });
    i = j;
  }
  return { data, keys };
}

function blockMap(text: string[], lines: number[], base: number): Record<string, unknown> | typeof BAIL {
  const out: Record<string, unknown> = {};
  for (const i of lines) {
    const l = text[i];
    if (lead(l) !== base) return BAIL;
    const m = KEY_LINE.exec(l.slice(base));
    if (!m || m[1] === '__proto__' || m[1] in out || !trim(m[2] ?? '')) return BAIL;
    const v = inlineValue(trim(m[2]));
    if (v === BAIL) return BAIL;
    out[m[1]] = v;
  }
  return out;
}

function blockSeq(text: string[], lines: number[], base: number): unknown[] | typeof BAIL {
  const out: unknown[] = [];
  let k = 0;
  while (k < lines.length) {
    const l = text[lines[k]];
    if (lead(l) !== base || !l.startsWith('- ', base)) return BAIL;
    const first = l.slice(base + 2);
    if (lead(first) !== 0 || !trim(first)) return BAIL;
    k++;
    const m = KEY_LINE.exec(first);
    if (!m) {
      const v = inlineValue(trim(first));
      if (v === BAIL || (k < lines.length && !text[lines[k]].startsWith('-', base))) return BAIL;
      out.push(v);
      continue;
    }
    // A list item that is a map: its first pair on the dash line, the rest two columns in.
    const item: Record<string, unknown> = {};
    const pairs = [first];
    while (k < lines.length && !text[lines[k]].startsWith('-', base)) {
      const c = text[lines[k]];
      if (lead(c) !== base + 2) return BAIL;
      pairs.push(c.slice(base + 2));
      k++;
    }
    for (const p of pairs) {
      const pm = KEY_LINE.exec(p);
      if (!pm || pm[1] === '__proto__' || pm[1] in item || !trim(pm[2] ?? '')) return BAIL;
      const v = inlineValue(trim(pm[2]));
      if (v === BAIL) return BAIL;
      item[pm[1]] = v;
    }
    out.push(item);
  }
  return out;
}

/** A one-line value: a plain or simply quoted scalar, or a flow list of plain scalars. */
function inlineValue(raw: string): unknown {
  const c = raw[0];
  if (c === '"') return /^"[^"]*"$/.test(raw) ? raw.slice(1, -1) : BAIL;
  if (c === "'") return /^'[^']*'$/.test(raw) ? raw.slice(1, -1) : BAIL;
  if (c === '[') {
    if (!/^\[[^[\]{}"']*\]$/.test(raw)) return BAIL;
    const inner = raw.slice(1, -1);
    if (!trim(inner)) return [];
    const out: unknown[] = [];
    for (const part of inner.split(',')) {
      const v = plain(trim(part), true);
      if (v === BAIL) return BAIL;
      out.push(v);
    }
    return out;
  }
  return plain(raw, false);
}

function plain(s: string, inFlow: boolean): unknown {
  if (!s || !PLAIN_START.test(s) || s.endsWith(':') || s.includes(': ') || (inFlow && /[:{}[\],]/.test(s))) return BAIL;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT.test(s)) return parseInt(s, 10);
  if (FLOAT.test(s)) return parseFloat(s);
  if (OTHER_NUMBER.test(s)) return BAIL;
  return s;
}

/** Spaces at the start of `s`. */
function lead(s: string): number {
  let n = 0;
  while (s.charCodeAt(n) === 32) n++;
  return n;
}

/** `s` without leading and trailing spaces (only spaces: YAML's notion, not JavaScript's). */
function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return s.slice(a, b);
}

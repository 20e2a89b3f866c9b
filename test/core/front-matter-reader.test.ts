import assert from 'node:assert/strict';
import { isMap, isPair, isScalar, parseDocument as parseYaml } from 'yaml';
import { parseFrontMatter } from '../../src/core/front-matter';
import { LineIndex } from '../../src/core/text';

// Most front matter is read by a small exact reader instead of the YAML parser (see
// bench/README.md). Whatever the input, the result must be the YAML parser's: same data, same
// problems, same key and value ranges. Checked here against `yaml` directly.

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: false } as const;

/** What parseFrontMatter must say about `src` (the lines between the fences), per `yaml`. */
function expected(src: string) {
  const doc = parseYaml(src, OPTIONS);
  if (doc.errors.length) return { ok: false as const };
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { ok: false as const };
  }
  if (js !== null && js !== undefined && (typeof js !== 'object' || Array.isArray(js))) return { ok: false as const };
  const ranges: Record<string, [number[], number[] | undefined]> = {};
  if (isMap(doc.contents)) {
    for (const p of doc.contents.items) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const k = p.key.range!;
      const v = (p.value as { range?: number[] } | null)?.range;
      ranges[String(p.key.value)] = [[k[0], k[1]], v ? [v[0], Math.max(v[0], v[1])] : undefined];
    }
  }
  return { ok: true as const, data: js ?? {}, ranges };
}

function check(src: string): void {
  const text = `---\n${src}\n---\n\n# Body\n`;
  const lines = new LineIndex(text);
  const fm = parseFrontMatter(lines)!;
  const want = expected(src);
  if (!want.ok) {
    assert.ok(fm.problems.length > 0, `expected a problem for ${JSON.stringify(src)}`);
    return;
  }
  assert.deepEqual(fm.problems, [], JSON.stringify(src));
  assert.deepEqual(fm.data, want.data, JSON.stringify(src));
  // Same types, not only equal-looking values (4 is not "4").
  assert.equal(JSON.stringify(fm.data), JSON.stringify(want.data), JSON.stringify(src));
  const base = 4;
  for (const [key, [k, v]] of Object.entries(want.ranges)) {
    assert.deepEqual(fm.rangeOf([key]), lines.rangeOf(base + k[0], base + k[1]), `key range of ${key} in ${JSON.stringify(src)}`);
    assert.deepEqual(fm.valueRange([key]), v ? lines.rangeOf(base + v[0], base + v[1]) : undefined, `value range of ${key} in ${JSON.stringify(src)}`);
  }
  assert.deepEqual(fm.valueRange(['no_such_key']), undefined);
}

const CASES = [
  'deliverable: risk-register\ntitle: Risk Register\nstatus: draft\ndate: 2026-11-23',
  'title: "Quoted: with colon"\nauthor: \'Single\'\ncount: 7\nratio: 4.0\nflag: true\nnothing: ~\nempty:\nlast: x',
  'compliance: [SOC2, GDPR]\nnone: []\nnums: [1, 2.5, true, null]',
  'stakeholders:\n  - name: Katrin Vogel\n    role: Sponsor\n    side: customer\n  - name: Tomasz Nowak\n    side: vendor',
  'list:\n- a\n- b\nnext: 1',
  'quote_approval:\n  approved_by: Jane Doe\n  date: 2026-11-20\naudience: public',
  'health_thresholds:\n  adoption_rate: 80\n  csat: 4.0',
  'title: Risk Register: v2',
  'a: 1\na: 2',
  'a: x\n  continued',
  'a: [b, c',
  'a: "x" y',
  'a: 007\nb: 0x1F\nc: 1e3\nd: .5\ne: -1\nf: +1\ng: 1_000\nh: .inf\ni: 0o17',
  'a: yes\nb: No\nc: on\nd: TRUE\ne: False\nf: NULL\ng: Null',
  'title: Café crème — naïve',
  'title: with # hash\nb: x #comment',
  'a:   spaced   \nb:\t tab',
  '__proto__: x',
  'key with space: v',
  '- just\n- a list',
  'plain scalar only',
  '',
  '   ',
  'a: x\n\n\nb: y\n',
  'nested:\n  deeper:\n    x: 1',
  'seq:\n  - [a, b]\n  - "q"\n  - \'s\'',
  'a: &anchor x\nb: *anchor',
  'a: !!str 5',
  'a: |\n  block\n  text',
  'a: >\n  folded',
  'a: "esc \\" aped"',
  "a: 'it''s'",
  'a: \u00a0nbsp',
  'a: x\u00a0',
  'a: \ufeffbom',
  'title: [Draft] Plan',
  'title: Plan [draft]',
  'title: a, b, c',
  'title: {a: 1}',
  'a: -\nb: - x',
  'a:\n  -\n  - x',
  'a:\n  - k: v\n    k: w',
  'a:\n  -   k: v',
  'a: @x',
  'email: jane.doe@acme.example',
  'stakeholders:\n  - name: Jane\n    email: jane@acme.example\n  - name: Bo\n    email: "bo@acme.example"',
  'list: [a@b.c, d@e.f]',
  'a: `x`',
  'a: %x',
  'a: x: y',
  'a: x:y',
  'a: "x"\n  b: 1',
];

describe('front matter reader', () => {
  it('reads hand-picked YAML exactly as the YAML parser does', () => {
    for (const src of CASES) check(src);
  });

  it('reads mutated real front matter exactly as the YAML parser does', () => {
    let a = 12345;
    const rand = () => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return a / 4294967296;
    };
    const bits = [' ', '  ', '\n', ':', ': ', '- ', '  - ', '"', "'", '[', ']', ',', '#', '~', 'null', 'true', '1', '0.5', '-1', '.5', '1e3', '?', '{', '}', '&a', '*a', '!', '|', '>', '@', '%', '\t', 'x: y\n', '\n  k: v', '\n- v', 'é', '\u00a0', 'a: [b, c]\n', 'key:\n', '\n\n'];
    for (const src of CASES.slice(0, 7)) {
      for (let i = 0; i < 300; i++) {
        let s = src;
        for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
          const at = Math.floor(rand() * (s.length + 1));
          s = rand() < 0.7 ? s.slice(0, at) + bits[Math.floor(rand() * bits.length)] + s.slice(at) : s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 4));
        }
        check(s);
      }
    }
  });
});

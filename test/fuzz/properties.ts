// Properties of the engine on arbitrary and mutated documents, shared by the unit tests
// (a bounded number of runs) and `npm run fuzz -- --runs N` (as many as asked).
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/core/catalog';
import { Workspace } from '../../src/core/engagement';
import { lint, type LintResult } from '../../src/core/engine';
import { applyEdits, fixAll } from '../../src/core/fix';
import { LineIndex } from '../../src/core/text';
import type { Finding, Range, TextEdit } from '../../src/core/types';
import { ENGAGEMENT, TODAY, hostOf } from '../helpers/rule-tester';

const root = join(__dirname, '..', '..', '..');
const typeIds = catalog().types.map((t) => t.id);
const workspace = new Workspace(hostOf({ text: '', engagement: ENGAGEMENT }));

/** Every .md file below `dir` (none when it does not exist). */
export function markdownFiles(dir: string, out: string[] = []): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (n.endsWith('.md')) out.push(p);
  }
  return out;
}

/** Real documents to mutate: the examples and the public corpus, where present. */
export function seedDocuments(): Array<{ name: string; text: string; asType?: string }> {
  const docs: Array<{ name: string; text: string; asType?: string }> = [];
  for (const p of markdownFiles(join(root, 'examples'))) docs.push({ name: p.slice(root.length + 1), text: readFileSync(p, 'utf8') });
  const corpus = join(root, '..', 'shared', 'corpus');
  for (const p of markdownFiles(corpus)) {
    const kind = p.slice(corpus.length + 1).split('/')[0];
    if (typeIds.includes(kind)) docs.push({ name: p.slice(corpus.length + 1), text: readFileSync(p, 'utf8'), asType: kind });
  }
  if (docs.length === 0) docs.push({ name: 'minimal', text: `---\ndeliverable: risk-register\ntitle: R\nauthor: A\ndate: 2026-11-02\nstatus: draft\n---\n# R\n\n## Risks\n\n- [ ] x\n` });
  return docs;
}

const PATH = '/ws/acme/doc.md';

function run(text: string, asType: string | undefined): LintResult {
  return lint(text, { path: PATH, workspace, today: TODAY, asType });
}

function inside(r: Range, lines: LineIndex): boolean {
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.ends[p.line] - lines.starts[p.line];
  const order = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  return ok(r.start) && ok(r.end) && order;
}

/** Checks every property on one document; throws with a description on the first violation. */
export function checkDocument(text: string, asType: string | undefined): void {
  const first = run(text, asType);
  // The engine reads the text without a BOM; positions are relative to that.
  const lines = first.doc.lines;
  for (const f of first.findings) {
    if (!inside(f.range, lines)) throw new Error(`finding outside the document: ${f.ruleId} ${JSON.stringify(f.range)}`);
    for (const e of [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) {
      if (!inside(e.range, lines)) throw new Error(`edit outside the document: ${f.ruleId} ${JSON.stringify(e.range)}`);
    }
  }
  const again = run(text, asType);
  if (JSON.stringify(again.findings) !== JSON.stringify(first.findings)) throw new Error('results differ between two runs');
  for (const f of first.findings) if (f.fix) checkFixKeepsText(first.doc.text, f);
  const fixable = first.findings.filter((f) => f.fix);
  if (fixable.length) {
    const lint1 = (t: string) => run(t, asType).findings;
    const fixed = fixAll(first.doc.text, lint1).text;
    const after = lint1(fixed).filter((f) => f.fix);
    const before = new Set(fixable.map(key));
    const repeated = after.filter((f) => before.has(key(f)));
    if (repeated.length) throw new Error(`fix did not settle: ${repeated.map((f) => `${f.ruleId} at ${f.range.start.line}:${f.range.start.character}`).join(', ')}`);
  }
}

function key(f: Finding): string {
  return `${f.ruleId}@${f.range.start.line}:${f.range.start.character}:${f.message}`;
}

/** A fix changes only the ranges it declares: everything outside them survives, in order. */
function checkFixKeepsText(text: string, f: Finding): void {
  const lines = new LineIndex(text);
  const spans = f.fix!.map((e: TextEdit) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0]);
  const { text: out } = applyEdits(text, f.fix!);
  let cursor = 0;
  let at = 0;
  for (const [s, e] of spans) {
    const keep = text.slice(cursor, s);
    const found = out.indexOf(keep, at);
    if (found < 0) throw new Error(`fix of ${f.ruleId} lost text outside its range: ${JSON.stringify(keep.slice(0, 40))}`);
    at = found + keep.length;
    cursor = Math.max(cursor, e);
  }
  if (!out.endsWith(text.slice(cursor))) throw new Error(`fix of ${f.ruleId} lost the text after its range`);
}

const markdownPiece = fc.constantFrom(
  '# ', '## ', '### ', '- ', '- [ ] ', '- [x] ', '1. ', '> ', '| a | b |\n|---|---|\n| c | d |\n', '```\n', '<!-- ', ' -->', '<!-- se-disable owner-missing -->',
  '{{Owner}}', 'TBD', '[Name]', '2026-11-02', 'next week', 'Owner: Dana', '@lee', 'significantly faster', '40%', '\n', '\r\n', '\r', '\t', '  ', '---\n',
  'deliverable: health-report\n', 'status: final\n', '`code`', '[link](http://x.example/a)', 'AKIA', 'eyJhbGciOi', 'password=', '\u0000', '\uFEFF', '😀', '|', '\\', '*', '_',
);

/** Strings that look like Markdown more often than random text does. */
export const markdownish = fc.array(fc.oneof(markdownPiece, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 80 }).map((a) => a.join(''));

export const arbitraryDocument = fc.record({
  body: fc.oneof(markdownish, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })),
  type: fc.constantFrom(...typeIds),
  withFrontMatter: fc.boolean(),
  status: fc.constantFrom('draft', 'final', 'in-review'),
}).map(({ body, type, withFrontMatter, status }) => ({
  text: withFrontMatter ? `---\ndeliverable: ${type}\ntitle: T\nauthor: Dana Whitfield\ndate: 2026-11-02\nstatus: ${status}\naudience: public\n---\n${body}` : body,
  asType: withFrontMatter ? undefined : type,
}));

type Mutation =
  | { op: 'insert'; at: number; line: string }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'flip'; at: number }
  | { op: 'corrupt'; what: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: markdownish }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('corrupt' as const), what: fc.nat(5) }),
);

export function mutate(text: string, ms: readonly Mutation[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  for (const m of ms) {
    const i = lines.length ? ('at' in m ? m.at % lines.length : 0) : 0;
    switch (m.op) {
      case 'insert':
        lines.splice(i, 0, m.line);
        break;
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 'swap': {
        const j = lines.length ? m.with % lines.length : 0;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      }
      case 'flip': {
        // Flip the nearest checkbox at or after line i.
        for (let k = 0; k < lines.length; k++) {
          const n = (i + k) % lines.length;
          if (/\[[ xX]\]/.test(lines[n])) {
            lines[n] = lines[n].replace(/\[([ xX])\]/, (_s, c: string) => (c === ' ' ? '[x]' : '[ ]'));
            break;
          }
        }
        break;
      }
      case 'corrupt': {
        const end = lines.indexOf('---', 1);
        const corruptions = [
          () => end > 0 && lines.splice(end, 1),
          () => lines.splice(1, 0, 'title: [unclosed'),
          () => lines.splice(1, 0, 'a: &x [1,2]', 'b: *x', 'c: *y'),
          () => lines.splice(1, 0, 'status: 7'),
          () => lines.splice(1, 0, '  - : : :'),
          () => lines.splice(0, 1),
        ];
        corruptions[m.what % corruptions.length]();
        break;
      }
    }
  }
  return lines.join(eol);
}

export function mutatedDocument(seeds: ReadonlyArray<{ text: string; asType?: string }>) {
  return fc.record({ seed: fc.nat(seeds.length - 1), ms: fc.array(mutation, { minLength: 1, maxLength: 6 }) }).map(({ seed, ms }) => ({ text: mutate(seeds[seed].text, ms), asType: seeds[seed].asType }));
}

/** Runs both properties; returns counts. Throws (with fast-check's counterexample) on failure. */
export function fuzz(runs: number, seed?: number): { arbitrary: number; mutated: number } {
  const seeds = seedDocuments();
  let arbitrary = 0;
  let mutated = 0;
  fc.assert(fc.property(arbitraryDocument, (d) => {
    arbitrary++;
    checkDocument(d.text, d.asType);
  }), { numRuns: Math.ceil(runs / 2), seed });
  fc.assert(fc.property(mutatedDocument(seeds), (d) => {
    mutated++;
    checkDocument(d.text, d.asType);
  }), { numRuns: Math.floor(runs / 2), seed });
  return { arbitrary, mutated };
}

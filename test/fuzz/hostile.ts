// Hostile inputs, generated (never committed as binaries): what people and CI throw at the engine.
import { catalog } from '../../src/core/catalog';

const FM = '---\ndeliverable: risk-register\ntitle: Hostile\nauthor: Dana Whitfield\ndate: 2026-11-02\nstatus: draft\n---\n';

export interface Hostile {
  name: string;
  /** Bytes as they would sit on disk. */
  bytes: Buffer;
}

export function hostileInputs(): Hostile[] {
  const t = (name: string, text: string): Hostile => ({ name, bytes: Buffer.from(text, 'utf8') });
  const aliasBomb = ['---', 'deliverable: risk-register', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) aliasBomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
  aliasBomb.push('---', '# Bomb', '');
  const nestedList = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
  const nestedQuote = Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} quote ${i}`).join('\n');
  return [
    t('empty.md', ''),
    t('front-matter-only.md', FM),
    t('unterminated-front-matter.md', '---\ndeliverable: risk-register\ntitle: never closed\n# Heading\n\nBody.\n'),
    t('yaml-alias-bomb.md', aliasBomb.join('\n')),
    t('nested-lists.md', `${FM}# Deep\n\n## Risks\n\n${nestedList}\n`),
    t('nested-quotes.md', `${FM}# Deep\n\n## Risks\n\n${nestedQuote}\n`),
    t('single-line-10mb.md', `${FM}# Long\n\n${'word '.repeat(2_000_000)}`),
    t('table-100k-rows.md', `${FM}# Big table\n\n## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Contingency | Owner |\n|---|---|---|---|---|---|\n${'| Slip | low | high | plan | fallback | |\n'.repeat(100_000)}`),
    { name: 'invalid-utf8.md', bytes: Buffer.concat([Buffer.from(FM), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x0a]), Buffer.from('# After\n')]) },
    { name: 'utf16-bom.md', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${FM}# UTF-16\n\n## Risks\n\n- [ ] x\n`, 'utf16le')]) },
    t('nul-bytes.md', `${FM}# Nul\u0000\n\n## Risks\u0000\n\n- [ ] \u0000x\n`),
    t('mixed-line-endings.md', `${FM.replace(/\n/g, '\r\n')}# Mixed\r\n\r\n## Risks\n\r| Risk | Owner |\r\n|---|---|\n| a | |\r- [ ] x\r\n`),
    t('50k-headings.md', `${FM}${Array.from({ length: 50_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`).join('\n')}\n`),
    t('every-section-empty.md', `${FM}# T\n\n${catalog().get('risk-register')!.sections.map((s) => `## ${s.title}\n`).join('\n')}`),
  ];
}

/** Strings built to make a badly written regular expression backtrack. */
export function adversarialStrings(size = 100_000): Array<{ name: string; text: string }> {
  const rep = (s: string) => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  return [
    ['letters', rep('a')], ['digits', rep('1')], ['spaces', rep(' ')], ['dashes', rep('-')], ['dots', rep('1.')],
    ['base64', rep('AbC9+/')], ['jwt-ish', rep('eyJ')], ['aws-ish', rep('AKIA')], ['at-signs', rep('a@')], ['colons', rep('a:')],
    ['url-ish', rep('http://a:')], ['pipes', rep('|a')], ['brackets', rep('[a')], ['parens', rep('(a')], ['braces', rep('{{')],
    ['backticks', rep('`a')], ['stars', rep('*a')], ['comment-open', rep('<!--')], ['words', rep('significantly so that ')], ['phone-ish', rep('+1 (')],
  ].map(([name, text]) => ({ name, text }));
}

/** A document of `type` carrying `payload` as a paragraph, a list item and a table cell in its first sections. */
export function adversarialDocument(type: string, payload: string): string {
  const t = catalog().get(type) ?? catalog().get('risk-register')!;
  const s = t.sections;
  const part = (i: number, body: string) => (s[i] ? `## ${s[i].title}\n\n${body}\n\n` : '');
  return `---\ndeliverable: ${type}\ntitle: Adversarial\nauthor: Dana Whitfield\ndate: 2026-11-02\nstatus: final\naudience: public\n---\n# Adversarial\n\n${part(0, payload)}${part(1, `- [ ] ${payload}`)}${part(2, `| A | Owner | Due |\n|---|---|---|\n| ${payload} | x | y |`)}`;
}

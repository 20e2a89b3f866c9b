import { GENERIC_NAMES_LIST, GENERIC_NAME_WORDS, findNames, nameSites, nameForms, overlapsAny, type NameHit } from '../customer-names';
import { isPlaceholder } from '../placeholders';
import { defineRule } from '../rule';
import { frontMatterSpan, scanText } from '../sensitive-text';
import type { Range, TextEdit } from '../types';

export default defineRule({
  meta: {
    id: 'customer-named',
    title: 'Use the customer alias unless consent to name the customer is recorded',
    rationale: 'A public document or a feedback summary travels beyond the account; naming the customer without their consent breaks the privacy promise made to them.',
    severity: 'error',
    appliesTo: { types: ['feedback-summary'], audiences: ['public'] },
    tags: ['privacy'],
    fixable: true,
    wordLists: [GENERIC_NAMES_LIST],
    messages: {
      named: 'Names the customer "{text}" without recorded consent; use the alias "{alias}"',
      namedNoAlias: 'Names the customer "{text}" without recorded consent; set customer_alias in engagement.md and use it, or record customer_consent',
      frontMatter: 'Front matter "{key}" names the customer "{text}" without recorded consent; use the alias "{alias}"',
      frontMatterNoAlias: 'Front matter "{key}" names the customer "{text}" without recorded consent; set customer_alias in engagement.md and use it, or record customer_consent',
      replace: 'Replace with the alias "{alias}"',
    },
    example: {
      bad: '---\ndeliverable: case-study\naudience: public\n---\nAcme Payments cut onboarding from 12 weeks to 3.',
      good: '---\ndeliverable: case-study\naudience: public\n---\nCustomer A cut onboarding from 12 weeks to 3.',
    },
  },
  check(ctx) {
    const eng = ctx.engagement;
    if (!eng?.customer || hasConsent(ctx.fm.customer_consent)) return;
    const doc = ctx.doc;
    const alias = eng.alias && eng.alias.toLowerCase() !== eng.customer.toLowerCase() ? eng.alias : undefined;
    const aliasForms = alias ? nameForms(alias, []) : [];
    // A form of the name that is part of the alias ("Acme" in "Acme-1") cannot be told apart from it.
    const generic = ctx.words(GENERIC_NAMES_LIST, GENERIC_NAME_WORDS);
    const forms = nameForms(eng.customer, generic).filter((f) => !alias || findNames(alias, [f]).length === 0);
    if (forms.length === 0) return;
    const text = scanText(doc);
    const sites = nameSites(ctx.workspace, generic, doc, text);
    const skip: NameHit[] = findNames(text, aliasForms, sites);
    const fm = doc.frontMatter;
    const idRange = fm?.valueRange(['engagement']);
    if (idRange) skip.push(span(doc, idRange));
    const [, fmEnd] = frontMatterSpan(doc);
    // Which key a name in the front matter stands under; worked out only for such a name (a
    // value range may need the YAML parser: bench/README.md).
    let keySpans: Array<{ key: string; start: number; stop: number }> | undefined;
    const keyAt = (h: NameHit) => {
      keySpans ??= fm ? Object.keys(ctx.fm).flatMap((key) => {
        const r = fm.valueRange([key]);
        return r ? [{ key, ...span(doc, r) }] : [];
      }) : [];
      return keySpans.find((k) => k.start <= h.start && h.stop <= k.stop)?.key ?? 'front matter';
    };
    for (const h of findNames(text, forms, sites)) {
      if (overlapsAny(h.start, h.stop, skip)) continue;
      const range = doc.lines.rangeOf(h.start, h.stop);
      const shown = h.text.replace(/\s+/g, ' ');
      const edit: TextEdit[] = alias ? [{ range, newText: alias }] : [];
      if (h.start < fmEnd) {
        const key = keyAt(h);
        ctx.report({
          message: ctx.msg(alias ? 'frontMatter' : 'frontMatterNoAlias', { key, text: shown, alias: alias ?? '' }),
          range,
          suggestions: alias ? [{ title: ctx.msg('replace', { alias }), edits: edit }] : undefined,
        });
        continue;
      }
      // Replacing the name is safe in prose only: in code, a link target or a URL it would break what it names.
      const prose = doc.masked.slice(h.start, h.stop) === doc.text.slice(h.start, h.stop);
      ctx.report({
        message: ctx.msg(alias ? 'named' : 'namedNoAlias', { text: shown, alias: alias ?? '' }),
        range,
        ...(alias && prose ? { fix: edit } : alias ? { suggestions: [{ title: ctx.msg('replace', { alias }), edits: edit }] } : {}),
      });
    }
  },
});

/** Consent as front matter `customer_consent: {approved_by, date}`, both filled in. */
function hasConsent(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const c = v as Record<string, unknown>;
  const by = typeof c.approved_by === 'string' ? c.approved_by.trim() : '';
  const date = c.date instanceof Date ? 'date' : typeof c.date === 'string' ? c.date.trim() : '';
  return by !== '' && date !== '' && !isPlaceholder(by) && !isPlaceholder(date);
}

function span(doc: import('../document').MdDocument, r: Range): NameHit {
  return { start: doc.lines.offsetAt(r.start), stop: doc.lines.offsetAt(r.end), text: '' };
}

import { scanConcern } from '../concern-mentions';
import type { Section } from '../document';
import { defineRule } from '../rule';
import builtIn from './security-missing.words.json';

/** The section each type keeps its security content in (the catalog id). */
const HOME: Record<string, string> = {
  'architecture-review': 'security-and-compliance',
  'discovery-summary': 'technical-constraints',
};
const SECURITY_HEADING = /\b(?:security|compliance|privacy|regulatory)\b/;

/** Long names a framework is also written as. */
const LONG_NAMES: Record<string, string[]> = {
  GDPR: ['general data protection regulation'],
  HIPAA: ['health insurance portability and accountability act'],
  PCIDSS: ['payment card industry data security standard'],
  CCPA: ['california consumer privacy act'],
};

export default defineRule({
  meta: {
    id: 'security-missing',
    title: 'Address security and every compliance framework of the engagement',
    rationale: 'For a regulated customer, security and compliance requirements are not negotiable; a design that does not state how it meets them will be stopped by the customer’s security review.',
    severity: 'warning',
    appliesTo: { types: ['architecture-review', 'discovery-summary', 'solution-proposal'] },
    tags: ['content'],
    fixable: false,
    wordLists: ['security-words'],
    options: {
      schema: { minTerms: { type: 'integer', minimum: 1, description: 'Distinct security terms a document without a security section must use to count as addressing security.' } },
      defaults: { minTerms: 2 },
    },
    messages: {
      noSection: 'No security and compliance content: add a Security and Compliance section',
      emptySection: 'Section "{section}" says nothing about security or compliance',
      framework: 'Compliance framework {framework} from the engagement is never mentioned',
    },
    example: {
      bad: '## Security and Compliance\n\nTo be discussed with the customer.',
      good: '## Security and Compliance\n\n- SOC2: vendor report shared; SSO via Okta (SAML), TLS 1.2 in transit, AES-256 at rest',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const words = ctx.words('security-words', builtIn);
    const home = ctx.type ? ctx.sections.get(HOME[ctx.type.id] ?? '') : undefined;
    const headings: Section[] = [];
    if (home) headings.push(home);
    for (const s of doc.sections) {
      // Subsections of the home section are read with it.
      if (home && s.line > home.line && s.line < home.end) continue;
      if (s !== home && SECURITY_HEADING.test(s.norm)) headings.push(s);
    }
    const keyRange = doc.frontMatter ? doc.frontMatter.rangeOf(['deliverable']) : doc.lines.trimmedLineRange(0);
    if (headings.length > 0) {
      const addressed = headings.some((h) => scanConcern(doc, words, h.line + 1, h.end, undefined, 1).words.size > 0);
      if (!addressed) ctx.report({ message: ctx.msg('emptySection', { section: headings[0].title }), range: headings[0].titleRange });
    } else {
      const min = typeof ctx.options.minTerms === 'number' && ctx.options.minTerms >= 1 ? ctx.options.minTerms : 2;
      if (scanConcern(doc, words, 0, doc.lines.lineCount, undefined, min).words.size < min) ctx.report({ message: ctx.msg('noSection'), range: keyRange });
    }

    const anchor = headings[0]?.titleRange ?? keyRange;
    const seen = new Set<string>();
    for (const raw of ctx.engagement?.compliance ?? []) {
      const key = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (!frameworkPattern(key).test(doc.masked)) ctx.report({ message: ctx.msg('framework', { framework: raw.trim() }), range: anchor });
    }
  },
});

/**
 * Spelling variants of a framework: letter and digit runs with optional space, hyphen or
 * slash between them ("SOC2", "SOC 2", "PCI-DSS", "PCI DSS", "ISO/IEC 27001"), and PCI alone for PCI-DSS.
 */
function frameworkPattern(key: string): RegExp {
  const runs = key.match(/[A-Z]+|\d+/g) ?? [key];
  const alts = [runs.map((r) => (r === 'ISO' ? 'ISO(?:[\\s/-]*IEC)?' : r)).join('[\\s/-]*')];
  if (key === 'PCIDSS') alts.push('PCI');
  for (const long of LONG_NAMES[key] ?? []) alts.push(long.replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

import { scanConcern } from '../concern-mentions';
import { findHeading } from '../section-items';
import { defineRule } from '../rule';
import availability from './nfr-missing.availability.words.json';
import dataResidency from './nfr-missing.data-residency.words.json';
import performance from './nfr-missing.performance.words.json';
import scalability from './nfr-missing.scalability.words.json';

/** A cloud region code names where data lives: eu-west-1, us-east-2, europe-west3. */
const REGION_CODE = /\b(?:(?:us|eu|ap|ca|sa|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d|(?:europe|asia|australia|northamerica|southamerica|us)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d)\b/i;

const CONCERNS = [
  { id: 'performance', name: 'performance', list: 'nfr-performance', words: performance as string[], extra: undefined },
  { id: 'availability', name: 'availability and disaster recovery', list: 'nfr-availability', words: availability as string[], extra: undefined },
  { id: 'scalability', name: 'scalability', list: 'nfr-scalability', words: scalability as string[], extra: undefined },
  { id: 'data-residency', name: 'data residency', list: 'nfr-data-residency', words: dataResidency as string[], extra: REGION_CODE },
] as const;

const NFR_TITLES = new Set(['non functional requirements', 'nonfunctional requirements', 'non functional requirements nfrs', 'nfrs', 'nfr', 'quality attributes', 'service levels', 'non functional']);

export default defineRule({
  meta: {
    id: 'nfr-missing',
    title: 'Cover performance, availability, scalability and data residency',
    rationale: 'Reviews that cover features and integrations but skip the non-functional requirements leave the costliest surprises for implementation.',
    severity: 'warning',
    appliesTo: { types: ['architecture-review', 'discovery-summary', 'solution-proposal'] },
    tags: ['content'],
    fixable: false,
    wordLists: CONCERNS.map((c) => c.list),
    messages: { missing: 'Non-functional requirements do not address {concern}' },
    example: {
      bad: '## Non-Functional Requirements\n\n- Performance: p95 under 300 ms',
      good: '## Non-Functional Requirements\n\n- Performance: p95 under 300 ms\n- Scalability: 10,000 users, 20% growth a year\n- Availability: 99.9%; RPO 1 hour, RTO 4 hours\n- Data residency: EU regions only',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const heading = ctx.sections.get('non-functional-requirements') ?? findHeading(doc, (n) => NFR_TITLES.has(n) || n.startsWith('non functional requirements '));
    const anchor = heading ? heading.titleRange : doc.frontMatter ? doc.frontMatter.rangeOf(['deliverable']) : doc.lines.trimmedLineRange(0);
    for (const c of CONCERNS) {
      const found = scanConcern(doc, ctx.words(c.list, c.words), 0, doc.lines.lineCount, c.extra, 1);
      if (found.words.size > 0) continue;
      ctx.report({ message: ctx.msg('missing', { concern: c.name }), range: anchor });
    }
  },
});

import { blankSpans } from '../blanking';
import type { MdDocument } from '../document';
import { shorten, stripMarkup } from '../items';
import { isNegated } from '../negation';
import { findPlaceholders } from '../placeholders';
import { findWord, unitRange, unitsOf, wordMatcher, type Unit } from '../prose';
import { blankQuoted, isBlockquoteLine } from '../quoted-text';
import { defineRule } from '../rule';
import type { Position, Range } from '../types';
import purposeWords from './request-without-need.purpose.words.json';
import requestWords from './request-without-need.words.json';

const NEED_PLACEHOLDER = 'so that [Outcome it serves]';
// The author's voice ("we asked for more detail", "you might want to…", "we're looking for"),
// a condition ("if they want"), or a relative clause ("as much as they want", "staff who want to
// attend"): not a customer's request.
const NOT_A_REQUESTER = /(?:\b(?:you|we|i)(?:['’](?:re|m|ve|d|ll))?\s+(?:(?:might|may|could|should|would|will|can|also|really|do|don't|still|all|just|often|usually|typically|generally|always|never|sometimes|probably|then|are|were|have|had|am)\s+){0,2}|\b(?:if|whether|what|whatever|as|when|whenever|where|how|however|anything|everything)\s+(?:[\w'’-]+\s+){0,2}|\b(?:who|whom|which|that)\s+)$/i;
// "request" and "requests" are verbs only after a subject that agrees with them ("Customer B requests",
// "Acme requests", "customers request", "they request"); otherwise they are nouns ("FOIA requests").
const SINGULAR_SUBJECT = /(?:\b(?:he|she|it|who|customer|client|account|team|user|admin|company|prospect|tenant|sponsor|champion)|\b(?!(?:The|These|Those|This|That|Many|Most|Some|Several|All|Any|Few|Such|Our|Their|Its|Other|New|Open|Pending|Feature|Support|Similar|Recent|Incoming|Repeated|Frequent|Common|Top)\b)[A-Z](?:[a-z][\w-]*)?|\b\d{1,3})\s+(?:(?:also|now|often|still|repeatedly|again|explicitly|specifically)\s+)?$/;
const PLURAL_SUBJECT = /\b(?:they|who|customers|clients|accounts|teams|users|admins|companies|prospects|tenants|respondents|several|many|both)\s+(?:(?:also|now|often|still|repeatedly|again|explicitly|specifically|all)\s+)?$/i;
// …and a noun before these ("requests for SAML", "requests per second", "requests rose").
const NOUN_AFTER = /^\s*(?:$|[,.;:)]|(?:for|from|per|to|were|are|was|is|have|has|had|came|come|rose|fell|grew|increased|decreased|dropped|doubled|in|on|about|of|and|or|with|received|raised|logged|like|that\s+(?:were|are|came|require|need))\b)/i;
// "requested" as an attribute or a plain passive ("commonly requested information", "can be
// requested via", "reviews are requested for"), unless the requester follows ("requested by Customer C").
const ATTRIBUTE_BEFORE = /\b(?:the|a|an|most|commonly|frequently|often|widely|highly|oft|be|been|being|is|are|was|were|can|could|will|would|as|if|when|upon|on|once|unless|where)\s+(?:\w+\s+)?$/i;
const NOT_AN_OBJECT = /^\s*(?:$|[,.;:)]|(?:for|via|from|in|at|on|through|during|and|or)\b)/i;
// "want", "wish" as nouns ("the wishes of the customer").
const NOUN_DETERMINER = /\b(?:the|a|an|their|our|your|its|his|her|my|whose)\s+$|\bneeds\s+and\s+$/i;
// "is looking for", "are asking for": progressive forms need their auxiliary.
const PROGRESSIVE = /\b(?:is|are|was|were|been|be|keep|keeps|kept|started|start|starts|'s|['’]re)\s+(?:\w+\s+)?$|['’]re\s+(?:\w+\s+)?$/i;
// "…, so their Okta groups drive access": "so" opening a clause of purpose (not "so far", "so many").
const SO_PURPOSE = /\bso\s+(?:the|their|they|it|its|we|our|users?|customers?|teams?|admins?|staff|agents?|managers?|finance|ops|[A-Z][\w-]*)\b/;

export default defineRule({
  meta: {
    id: 'request-without-need',
    title: 'Say what outcome each customer request serves',
    rationale:
      '"Customers want X" is a wish list; "customers need X so that Y" tells the product team what problem to solve and how to rank it against everything else.',
    severity: 'warning',
    appliesTo: { types: ['feedback-summary'] },
    tags: ['content'],
    fixable: false,
    wordLists: ['request', 'purpose'],
    messages: {
      request: 'Request "{request}" states no outcome it serves: say what it would let the customer achieve ("so that …", "to reduce …")',
      suggest: 'Add "so that …" with the outcome the request serves',
    },
    example: {
      bad: '- Customer B wants a CSV export of payouts.',
      good: '- Customer B needs a CSV export of payouts so that finance can reconcile them daily instead of monthly.',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const requests = ctx.words('request', requestWords as string[]);
    const purposes = ctx.words('purpose', purposeWords as string[]);
    if (requests.length === 0) return;
    const holes = findPlaceholders(doc);
    for (const u of unitsOf(doc, 0)) {
      // A customer's own words, in a blockquote or quotation marks, are evidence, not the author's request.
      if (isBlockquoteLine(doc, u.block.line)) continue;
      const text = blankQuoted(blankSpans(u.text, u.start, holes));
      const hit = findRequest(text, requests);
      if (!hit) continue;
      const scope = scopeText(doc, u, holes);
      if (findWord(scope, purposes) || SO_PURPOSE.test(scope)) continue;
      const request = shorten(stripMarkup(requestPhrase(text, hit.index)), 50);
      const target = u.kind === 'row' ? cellAt(doc, u, hit.index) : { range: unitRange(doc, u), insertAt: sentenceEnd(doc, u) };
      ctx.report({
        message: ctx.msg('request', { request }),
        range: target.range,
        suggestions: [{ title: ctx.msg('suggest'), edits: [{ range: { start: target.insertAt, end: target.insertAt }, newText: ` ${NEED_PLACEHOLDER}` }] }],
      });
    }
  },
});

/** The first wording of a request in `text` that is a customer's request (not a noun, not the author's voice). */
function findRequest(text: string, requests: string[]): { index: number } | undefined {
  const re = wordMatcher(requests);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0].toLowerCase();
    // A few words either side decide; bounded so that long lines stay linear.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!isRequestVerb(word, m[0], before, after)) continue;
    if (NOT_A_REQUESTER.test(before) || isNegated(text, m.index)) continue;
    return { index: m.index };
  }
  return undefined;
}

/** Whether a listed word is used as a verb of asking, judged from the words around it. */
function isRequestVerb(word: string, asWritten: string, before: string, after: string): boolean {
  // "Support Ticket Attention Requests", "Requested Dates": a title-case name mid-sentence.
  if (/^[A-Z]/.test(asWritten) && word.startsWith('request') && (/[\p{L}\p{N},]\s*$/u.test(before) || /^\s+[A-Z]/.test(after))) return false;
  switch (word) {
    case 'requests':
      return SINGULAR_SUBJECT.test(before) && !NOUN_AFTER.test(after);
    case 'request':
      return PLURAL_SUBJECT.test(before) && !NOUN_AFTER.test(after);
    case 'requesting':
    case 'looking for':
      return PROGRESSIVE.test(before);
    case 'requested':
      if (/^\s*by\b/i.test(after)) return true;
      return !ATTRIBUTE_BEFORE.test(before) && !NOT_AN_OBJECT.test(after);
    case 'ask for':
      // "to ask for help", "Ask for a demo": an infinitive or an instruction.
      return !/(?:^|\bto\s+|[.!?:]\s*)$/i.test(before);
    case 'want':
    case 'wants':
    case 'wish':
    case 'wishes':
      return !NOUN_DETERMINER.test(before);
    default:
      return true;
  }
}

/** Where the outcome may be given: the whole list item (nested items included), the table row, or the sentence. */
function scopeText(doc: MdDocument, u: Unit, holes: Array<{ start: number; stop: number }>): string {
  const li = u.block.listItem;
  if (li) {
    const start = doc.lines.starts[li.line];
    const stop = doc.lines.ends[Math.max(li.line, li.end - 1)];
    return blankQuoted(blankSpans(doc.masked.slice(start, stop), start, holes));
  }
  return blankQuoted(blankSpans(u.text, u.start, holes));
}


/** The request as written: its verb and what follows, up to the end of the clause. */
function requestPhrase(text: string, index: number): string {
  const rest = text.slice(index);
  const end = rest.search(/[.;:!?|()]|\s[-\u2013\u2014]\s|,\s/);
  // Link text reads as plain words once its brackets go (its target is already blanked).
  return (end > 0 ? rest.slice(0, end) : rest).replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
}

function cellAt(doc: MdDocument, u: Unit, index: number): { range: Range; insertAt: Position } {
  const pos = doc.lines.positionAt(u.start + index);
  const cell = u.block.row?.cells.find((c) => c.range.start.character <= pos.character && pos.character <= c.range.end.character);
  const range = cell ? cell.range : unitRange(doc, u);
  return { range, insertAt: range.end };
}

function sentenceEnd(doc: MdDocument, u: Unit): Position {
  let end = u.stop;
  while (end > u.start && /[.!?:;]/.test(doc.text[end - 1])) end--;
  return doc.lines.positionAt(end);
}

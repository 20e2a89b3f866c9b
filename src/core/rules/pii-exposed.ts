import { anchoredMatches } from '../anchored-search';
import { defineRule } from '../rule';
import { maskValue, scanText } from '../sensitive-text';
import roleAccounts from './pii-exposed.role-accounts.words.json';
import roleLines from './pii-exposed.role-lines.words.json';
import { wordMatcher } from '../prose';

/** An email address; the domain ends in a letters-only label. Bounded, so linear on any input. */
export const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,7}\.[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;
/** Performance (see anchoredMatches): an address is tried only at the local part before an "@". */
export const EMAIL_ANCHOR = { find: /@/g, run: /[A-Za-z0-9._%+-]/, back: 64 };
/** "+" and a country code, then digits in groups: "+1 415 555 0100", "+44 (0)20 7946 0958", "+14155550100". */
export const PHONE_INTL = /(?<![A-Za-z0-9_+=/.-])\+\d[\d .()-]{6,22}\d(?![A-Za-z0-9_]|[.,-]\d)/g;
/** North American national form: "(415) 555-0100", "415-555-0100", "1-800-555-0100". */
export const PHONE_NANP = /(?<![A-Za-z0-9_+=/.:$€£#-])(?:1[ .-])?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![A-Za-z0-9_]|[.,-]\d)/g;
/** A national number with a trunk 0: "020 7946 0958", "07700 900123", "01 23 45 67 89". */
export const PHONE_TRUNK = /(?<![A-Za-z0-9_+=/.:$€£#-])0\d{1,4}(?:[ -]\d{2,8}){1,4}(?![A-Za-z0-9_]|[.,-]\d)/g;

const INTL_SHAPE = /^\+\d{1,4}(?:[ .-]?\(\d{1,5}\))?[ .-]?\d{1,6}(?:[ .-]\d{1,6}){0,6}$/;
const TOLL_FREE = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]|^(?:\+44[ .-]?|0)80[08]/;
const EXAMPLE_DOMAIN = /(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid|localhost)$|^(?:example|localhost)$/;
/** Mailing-list hosts: an address there is a group's. */
const LIST_DOMAIN = /^(?:googlegroups\.com|groups\.io|groups\.google\.com)$|^(?:lists|groups|listserv)\./;
/** Endings of file names that look like addresses ("logo@2x.png"). */
const FILE_ENDING = /\.(?:png|jpe?g|gif|svg|webp|ico|js|mjs|ts|tsx|jsx|json|ya?ml|md|txt|csv|pdf|zip|gz|tar|css|html?|xml|lock|log)$/;

export default defineRule({
  meta: {
    id: 'pii-exposed',
    title: "Keep personal contact details other than the stakeholders' out of shared documents",
    rationale: 'Email addresses and phone numbers are personal data: a document the customer or the public reads may carry only the contacts the engagement lists, who agreed to be named in it.',
    severity: 'error',
    appliesTo: { types: [], audiences: ['customer', 'public'] },
    tags: ['privacy'],
    fixable: false,
    wordLists: ['pii-role-accounts', 'pii-role-lines'],
    messages: {
      email: 'Email address "{masked}" is not a stakeholder\'s; remove it or add the person to the engagement\'s stakeholders',
      phone: 'Phone number "{masked}" is personal data; remove it or give a role contact instead',
    },
    example: { bad: 'Questions go to jordan.lee@globex-mail.com or +1 415 555 0199.', good: 'Questions go to Lee Park (lee.park@acme.example), the engagement\'s lead architect.' },
  },
  check(ctx) {
    const doc = ctx.doc;
    const text = scanText(doc);
    const known = new Set((ctx.engagement?.stakeholders ?? []).map((s) => s.email?.trim().toLowerCase()).filter((e): e is string => !!e));
    const roles = new Set(ctx.words('pii-role-accounts', roleAccounts).map((w) => w.trim().toLowerCase()));
    // Characters already read as part of an address or a number.
    const used = new Uint8Array(text.length);
    const take = (a: number, b: number) => used.fill(1, a, b);
    const free = (a: number, b: number) => used.subarray(a, b).every((x) => x === 0);
    // One finding per address and line: a link's text and its mailto: target are one exposure.
    const seen = new Set<string>();

    for (const m of anchoredMatches(EMAIL, EMAIL_ANCHOR, text)) {
      const email = m[0];
      const at = email.indexOf('@');
      const local = email.slice(0, at).toLowerCase();
      const domain = email.slice(at + 1).toLowerCase();
      take(m.index, m.index + email.length);
      if (known.has(email.toLowerCase()) || EXAMPLE_DOMAIN.test(domain) || FILE_ENDING.test(domain)) continue;
      // A role mailbox (support@, cluster-api-security@), a list (…@googlegroups.com) or a login (git@, ubuntu@) is no one's personal address.
      if (isRoleAddress(email.slice(0, at), roles) || LIST_DOMAIN.test(domain)) continue;
      const key = `${doc.lines.positionAt(m.index).line}\u0000${email.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (inUrlUserInfo(text, m.index)) continue;
      ctx.report({ message: ctx.msg('email', { masked: `${local.length > 2 ? `${email[0]}…` : '…'}@${domain}` }), range: doc.lines.rangeOf(m.index, m.index + email.length) });
    }

    const roleLine = wordMatcher(ctx.words('pii-role-lines', roleLines));
    for (const re of [PHONE_INTL, PHONE_NANP, PHONE_TRUNK]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const stop = start + m[0].length;
        if (!free(start, stop)) continue;
        if (!isPhone(m[0], re === PHONE_INTL ? 'intl' : re === PHONE_NANP ? 'nanp' : 'trunk')) continue;
        take(start, stop);
        if (TOLL_FREE.test(m[0])) continue;
        const line = doc.lines.positionAt(start).line;
        roleLine.lastIndex = 0;
        if (roleLine.test(text.slice(doc.lines.starts[line], doc.lines.ends[line]))) continue;
        ctx.report({ message: ctx.msg('phone', { masked: maskValue(m[0]) }), range: doc.lines.rangeOf(start, stop) });
      }
    }
  },
});

/** Whether the local part, or one of its words ("cluster-api-security", "National.FOIAPortal"), names a role rather than a person. */
function isRoleAddress(local: string, roles: ReadonlySet<string>): boolean {
  const words = local
    .replace(/\+.*$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-._ ]+/)
    .filter(Boolean);
  return roles.has(local.toLowerCase()) || words.some((w) => roles.has(w));
}

/** Whether a candidate has the digits and grouping of a phone number rather than a date, a version or an amount. */
export function isPhone(s: string, kind: 'intl' | 'nanp' | 'trunk'): boolean {
  const digits = s.replace(/\D/g, '').length;
  if (/^\+?\d{4}[-.]\d{2}[-.]\d{2}(?!\d)/.test(s)) return false;
  // "+15 000 000" is an amount grouped in thousands, not a number to call.
  if (kind === 'intl' && digits <= 10 && /^\+\d{1,3}(?:[ .,]\d{3})+$/.test(s)) return false;
  if (kind === 'intl') return digits >= 8 && digits <= 15 && (/^\+\d{8,15}$/.test(s) || INTL_SHAPE.test(s)) && !/[ .-]{2}|\(\)/.test(s);
  if (kind === 'nanp') return true;
  return digits >= 10 && digits <= 11;
}

/** Whether the address at `at` is the user part of a URL (scheme://user@host), not an email. */
function inUrlUserInfo(text: string, at: number): boolean {
  let i = at;
  const limit = Math.max(0, at - 200);
  while (i > limit && !/[\s"'<>()[\]]/.test(text[i - 1])) i--;
  const before = text.slice(i, at);
  const scheme = before.lastIndexOf('://');
  return scheme >= 0 && !/[/?#=&]/.test(before.slice(scheme + 3));
}

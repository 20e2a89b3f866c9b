import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchoredMatches } from '../../src/core/anchored-search';
import { EMAIL, EMAIL_ANCHOR, PHONE_INTL, PHONE_NANP, PHONE_TRUNK } from '../../src/core/rules/pii-exposed';
import { ENGAGEMENT, fm, runRule, testRule } from '../helpers/rule-tester';

const runbook = (body: string, audience = 'customer') => `${fm('runbook', { audience })}\n# Runbook\n\n${body}\n`;

testRule('pii-exposed', {
  valid: [
    { name: 'an internal document is not checked', text: runbook('Page Jordan Lee on +1 415 555 0199 or jordan.lee@globex-mail.com.', 'internal'), engagement: ENGAGEMENT },
    { name: "stakeholders' listed addresses", text: runbook('Escalate to Lee Park (lee.park@acme.example, LEE.PARK@ACME.EXAMPLE) or Dana (dana@vendor.example).'), engagement: ENGAGEMENT },
    { name: 'documentation domains', text: runbook('Send a test mail to jane@example.com, ops@mail.example.org, lee.park@acme.example and qa@staging.test.') },
    { name: 'role mailboxes and logins', text: runbook('Write to support@vendor.io or noreply@acme-mail.com; clone with `git clone git@github.com:acme/payments.git` and `ssh ubuntu@bastion.acme.io`.') },
    { name: 'URL user parts, package versions and asset names', text: runbook('Fetch https://deploy@registry.acme.io/v2/ and install react@18.2.0; the logo is logo@2x.png.') },
    { name: 'dates, versions, IPs, amounts, ticket ids and times', text: runbook('On 2026-11-23 we moved v2.14.3 to 10.20.30.40; the invoice was $1,250,000.00 (INC-4155-5501), window 0900-1700 UTC, build 20261123.1.') },
    { name: 'signed amounts grouped in thousands', text: runbook('ARR grew by +15 000 000 EUR and usage by +2.400.000 calls.') },
    { name: 'numbers in a metrics table', text: runbook('| Metric | Q3 | Q4 |\n|---|---|---|\n| Requests | 415 555 | 612 300 |\n| Errors | 0.05 | 0.04 |') },
    { name: 'support and toll-free lines', text: runbook('- Vendor support line: +1 415 555 0100\n- Service desk (24/7): 020 7946 0000\n- Toll-free: 1-800-555-0199') },
    { name: 'a suppression with a reason', text: runbook('<!-- se-disable-next-line pii-exposed -- published switchboard of the customer -->\nCall Jordan at +44 20 7946 0958.') },
  ],
  invalid: [
    {
      name: 'an email address of someone not listed',
      text: runbook('Questions go to jordan.lee@globex-mail.com.'),
      engagement: ENGAGEMENT,
      errors: [{ message: 'Email address "j…@globex-mail.com" is not a stakeholder\'s', line: 12, severity: 'error' }],
    },
    { name: 'a public document', text: `${fm('case-study', { audience: 'public' })}\nContact priya.raman@acmepayments.com for details.\n`, engagement: ENGAGEMENT, errors: ['Email address "p…@acmepayments.com"'] },
    { name: 'international phone numbers', text: runbook('- Jordan: +1 415 555 0199\n- Priya: +44 (0)20 7946 0958\n- Lee: +4915123456789'), errors: [{ message: 'Phone number "+1 4…" is personal data', line: 12 }, { message: 'Phone number "+44 …"', line: 13 }, { message: 'Phone number "+491…"', line: 14 }] },
    { name: 'national phone numbers', text: runbook('Call Jordan on (415) 555-0199, Priya on 020 7946 0958, Lee on 07700 900123 or Ana on 01 23 45 67 89.'), errors: ['"(415…"', '"020 …"', '"0770…"', '"01 2…"'] },
    { name: 'contacts in a table, a code block and a mailto link', text: runbook('| Name | Contact |\n|---|---|\n| Jordan Lee | jordan.lee@globex-mail.com |\n\n```yaml\nowner_email: sam.ortiz@acme-corp.com\n```\n\nMail [Ana](mailto:ana.silva@acme-corp.com).'), errors: [{ message: 'j…@globex-mail.com', line: 14 }, { message: 's…@acme-corp.com', line: 17 }, { message: 'a…@acme-corp.com', line: 20 }] },
    { name: 'without an engagement every address counts', text: runbook('Reach lee.park@acmepayments.com.'), errors: ['l…@acmepayments.com'] },
    { name: 'CRLF line endings', text: runbook('Intro.\n\nCall +1 415 555 0199.').replace(/\n/g, '\r\n'), errors: [{ message: 'Phone number', line: 14 }] },
  ],
});

describe('pii-exposed: messages never carry the whole contact', () => {
  it('masks addresses and numbers', () => {
    const { findings } = runRule('pii-exposed', { text: runbook('jordan.lee@globex-mail.com, +1 415 555 0199, 020 7946 0958') });
    assert.equal(findings.length, 3);
    for (const f of findings) for (const s of ['jordan', '415 555', '7946']) assert.ok(!f.message.includes(s), f.message);
  });
});

describe('pii-exposed: patterns are linear on adversarial input', () => {
  it('scans 100 KB adversarial strings in well under a second', () => {
    const N = 100_000;
    const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
    const inputs = [rep('@'), rep('a@'), rep('a.'), `a@${'a.'.repeat(N / 2)}`, 'x'.repeat(N / 2) + '@'.repeat(N / 2), rep('+1 '), rep('1 '), rep('0 12 '), rep('(415) '), `+${'1'.repeat(N)}`, rep(':@')];
    const t0 = process.hrtime.bigint();
    for (const re of [EMAIL, PHONE_INTL, PHONE_NANP, PHONE_TRUNK]) {
      for (const s of inputs) {
        re.lastIndex = 0;
        for (let m = re.exec(s), n = 0; m && n < 1e6; m = re.exec(s), n++);
      }
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
});

describe('pii-exposed: the anchored address search finds exactly what the plain search finds', () => {
  const plain = (text: string) => [...text.matchAll(new RegExp(EMAIL.source, EMAIL.flags))].map((m) => `${m.index}:${m[0]}`);
  const fast = (text: string) => anchoredMatches(EMAIL, EMAIL_ANCHOR, text).map((m) => `${m.index}:${m[0]}`);
  const PIECES = ['jane', 'Jane.Doe', 'j', '_', '%', '+tag', '-', '.', '..', '@', '@@', 'acme', 'acme.io', '.com', 'c', 'x'.repeat(30), 'y'.repeat(63), ' ', '\n', '(', ')', '<', '>', 'mailto:', 'é', '1', '.co.uk', 'a-b'];
  it('on random text built from address pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(fast(text), plain(text));
      }),
      { numRuns: 5000 },
    );
  });
});

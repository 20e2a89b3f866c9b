import { ENGAGEMENT, fm, testRule } from '../helpers/rule-tester';

const study = (body: string, extra: Record<string, string> = {}) => `${fm('case-study', { audience: 'public', ...extra })}\n# Case study\n\n${body}\n`;
const feedback = (body: string, extra: Record<string, string> = {}) => `${fm('feedback-summary', extra)}\n# Feedback\n\n${body}\n`;
const CONSENT = '{ approved_by: Lee Park, date: 2026-11-10 }';
const NO_ALIAS = ENGAGEMENT.replace('customer_alias: Customer A\n', '');

testRule('customer-named', {
  valid: [
    { name: 'an internal health report may name the customer', text: `${fm('health-report')}\n# Health\n\nAcme Payments raised adoption to 64%.\n`, engagement: ENGAGEMENT },
    { name: 'a public case study that uses the alias', text: study('Customer A cut onboarding from 12 weeks to 3.', { customer: 'Customer A' }), engagement: ENGAGEMENT },
    { name: 'consent recorded in front matter', text: study('Acme Payments cut onboarding from 12 weeks to 3.', { customer: 'Acme Payments', customer_consent: CONSENT }), engagement: ENGAGEMENT },
    { name: 'a feedback summary that uses aliases', text: feedback('- Accounts: 3 (Customer A, Customer B, Customer C)', { customer: 'Customer A' }), engagement: ENGAGEMENT },
    { name: 'no engagement, no customer to protect', text: study('Acme Payments cut onboarding time.') },
    { name: 'a generic one-word customer name is not searched', text: study('We reached the summit of adoption.'), engagement: ENGAGEMENT.replace('customer: Acme Payments', 'customer: Summit') },
    { name: 'words that only contain the name', text: study('The Acmes and acme-payments-api are other things.'), engagement: ENGAGEMENT },
    { name: 'a suppression with a reason', text: study('<!-- se-disable-next-line customer-named -- consent email from Lee Park on file -->\nAcme Payments cut onboarding time.'), engagement: ENGAGEMENT },
  ],
  invalid: [
    {
      name: 'the real name in a public case study, fixed to the alias',
      text: study('Acme Payments cut onboarding from 12 weeks to 3.\n\nThe Acme team ran the pilot.'),
      engagement: ENGAGEMENT,
      errors: [{ message: 'Names the customer "Acme Payments" without recorded consent; use the alias "Customer A"', line: 12, severity: 'error' }, { message: 'Names the customer "Acme"', line: 14 }],
      output: study('Customer A cut onboarding from 12 weeks to 3.\n\nThe Customer A team ran the pilot.'),
    },
    {
      name: 'front matter of a feedback summary gets a suggestion, not a fix',
      text: feedback('- Accounts: 3 (Customer A, Customer B, Customer C)', { customer: 'Acme Payments', title: '"Feedback: Acme Payments"' }),
      engagement: ENGAGEMENT,
      errors: [{ message: 'Front matter "title" names the customer "Acme Payments" without recorded consent; use the alias "Customer A"', line: 3 }, { message: 'Front matter "customer" names the customer "Acme Payments"', line: 7 }],
    },
    {
      name: 'code and link targets are flagged but not rewritten',
      text: study('See [the story](https://vendor.io/stories/acme-payments) for Acme Payments; tenant `Acme Payments Prod`.'),
      engagement: ENGAGEMENT,
      errors: [{ message: '"Acme Payments"', line: 12 }, { message: '"Acme Payments"', line: 12 }],
      output: study('See [the story](https://vendor.io/stories/acme-payments) for Customer A; tenant `Acme Payments Prod`.'),
    },
    { name: 'consent without a date does not count', text: study('Acme Payments went live.', { customer_consent: '{ approved_by: Lee Park }' }), engagement: ENGAGEMENT, errors: ['"Acme Payments"'], output: study('Customer A went live.', { customer_consent: '{ approved_by: Lee Park }' }) },
    { name: 'no alias to use', text: study('Acme Payments went live.'), engagement: NO_ALIAS, errors: ['Names the customer "Acme Payments" without recorded consent; set customer_alias in engagement.md'] },
    { name: 'a customer-audience feedback summary in a table', text: feedback('| Theme | Accounts |\n|---|---|\n| Bulk export | Acme Payments, Customer B |', { audience: 'customer' }), engagement: ENGAGEMENT, errors: [{ message: '"Acme Payments"', line: 14 }], output: feedback('| Theme | Accounts |\n|---|---|\n| Bulk export | Customer A, Customer B |', { audience: 'customer' }) },
    { name: 'CRLF line endings', text: study('Intro.\n\nAcme Payments went live.').replace(/\n/g, '\r\n'), engagement: ENGAGEMENT, errors: [{ message: '"Acme Payments"', line: 14 }], output: study('Intro.\n\nCustomer A went live.').replace(/\n/g, '\r\n') },
  ],
});

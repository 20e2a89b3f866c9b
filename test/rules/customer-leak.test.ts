import { ENGAGEMENT, fm, testRule } from '../helpers/rule-tester';

const engagement = (id: string, customer: string, alias?: string) => `---\nengagement: ${id}\ncustomer: ${customer}\n${alias ? `customer_alias: ${alias}\n` : ''}stakeholders: []\n---\n`;
const files = {
  '/ws/globex/engagement.md': engagement('globex', 'Globex Corporation', 'Customer B'),
  '/ws/initech/engagement.md': engagement('initech', 'Initech Software', 'Northwind'),
  '/ws/summit/engagement.md': engagement('summit', 'Summit', 'Customer S'),
  '/ws/acme-phase2/engagement.md': engagement('acme-phase2', 'Acme Payments', 'Customer A'),
};
const health = (body: string, extra: Record<string, string> = {}) => `${fm('health-report', extra)}\n# Health\n\n${body}\n`;

testRule('customer-leak', {
  valid: [
    { name: 'only this engagement\'s own customer', text: health('Acme Payments (Customer A) raised adoption to 64%.'), engagement: ENGAGEMENT, files },
    { name: 'a generic single-word name never fires', text: health('We reached the summit of the adoption curve; the Summit release ships next.'), engagement: ENGAGEMENT, files },
    { name: 'an alias with a short word matches only with its case', text: health('The customer a week later asked for SSO; customer b-roll footage is out of scope.'), engagement: ENGAGEMENT, files },
    { name: 'another engagement of the same customer', text: health('Phase 2 for Acme Payments starts in January.'), engagement: ENGAGEMENT, files },
    { name: 'a word that merely contains the name', text: health('The Globexian naming scheme and Initechs are unrelated.'), engagement: ENGAGEMENT, files },
    { name: 'a document outside any engagement', text: health('Compared with Globex Corporation.'), path: '/ws/shared/doc.md', engagement: ENGAGEMENT, files },
    { name: 'a feedback summary may list other accounts by alias', text: `${fm('feedback-summary')}\n# Feedback\n\n- Accounts: 3 (Customer A, Customer B, Northwind)\n`, engagement: ENGAGEMENT, files },
    { name: 'the first word is matched only capitalised', text: health('We will initech nothing; INITECH is not how the name is written.'), engagement: ENGAGEMENT, files },
    { name: 'a suppression with a reason', text: health('<!-- se-disable-next-line customer-leak -- public reference customer, approved -->\nSee the Globex Corporation case study.'), engagement: ENGAGEMENT, files },
  ],
  invalid: [
    {
      name: "another customer's name in prose",
      text: health('Rollout follows the pattern we used at Globex Corporation last year.'),
      engagement: ENGAGEMENT,
      files,
      errors: [{ message: '"Globex Corporation" is the customer of another engagement (globex); keep it out of this document', line: 11, severity: 'error' }],
    },
    { name: 'the name without its legal suffix, and the first word of a two-word name', text: health('Globex saw the same drop.\n\nInitech\'s team reported it too.'), engagement: ENGAGEMENT, files, errors: [{ message: '"Globex" is the customer of another engagement (globex)', line: 11 }, { message: '"Initech" is the customer of another engagement (initech)', line: 13 }] },
    { name: "another customer's alias", text: health('Northwind and Customer B hit the same limit.'), engagement: ENGAGEMENT, files, errors: ['"Northwind" is the alias of another engagement\'s customer (initech)', '"Customer B" is the alias'] },
    { name: 'a feedback summary still may not use real names', text: `${fm('feedback-summary')}\n# Feedback\n\n- Accounts: 2 (Customer A, Globex Corporation)\n`, engagement: ENGAGEMENT, files, errors: [{ message: '"Globex Corporation"', line: 11 }] },
    { name: 'code blocks, link targets and tables count', text: health('| Tenant | Region |\n|---|---|\n| initech-prod | eu |\n\n```yaml\ntenant: globex\n```\n\n[runbook](https://wiki.internal/Globex/runbook)'), engagement: ENGAGEMENT, files, errors: [{ message: '"globex"', line: 16 }, { message: '"Globex"', line: 19 }] },
    { name: 'front matter copied from another engagement', text: health('Adoption is at 64%.', { customer: 'Globex Corporation' }), engagement: ENGAGEMENT, files, errors: [{ message: '"Globex Corporation"', line: 7 }] },
    { name: 'a name split over two lines', text: health('Like Globex\nCorporation before us.'), engagement: ENGAGEMENT, files, errors: [{ message: '"Globex Corporation"', line: 11 }] },
    { name: 'CRLF line endings', text: health('Intro.\n\nAs at Globex Corporation.').replace(/\n/g, '\r\n'), engagement: ENGAGEMENT, files, errors: [{ message: 'Globex Corporation', line: 13 }] },
  ],
});

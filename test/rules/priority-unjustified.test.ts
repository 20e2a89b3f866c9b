import { fm, testRule } from '../helpers/rule-tester';

const ER = fm('escalation-report');

testRule('priority-unjustified', {
  valid: [
    {
      name: 'the filled template',
      text: `${ER}## Recommended Priority\n\nPriority: Sev2\n\nJustification: 40 of 200 agents cannot close tickets and a workaround exists.\n\nWould change if: the workaround stops working.\n`,
    },
    {
      name: 'a level with a because clause',
      text: `${ER}## Recommended Priority\n\nHigh priority, because checkout is down for every store of the account.\n`,
    },
    {
      name: 'an impact sentence and the SLA justify the priority',
      text: `${ER}## Severity\n\nP1. Checkout is blocked in production and the resolution SLA expires at 16:00 UTC.\n`,
    },
    {
      name: 'the front-matter severity with a justification',
      text: `${fm('escalation-report', { severity: 'sev1' })}## Recommended Priority\n\nRevenue stops until the payment callback is fixed.\n`,
    },
    {
      name: 'a missing, empty or placeholder-only section is another rule\'s finding',
      text: `${ER}## Recommended Priority\n\nPriority: \${39:Sev1, Sev2, Sev3 or Sev4}\n\nJustification: {{Reason}}\n`,
    },
    {
      name: 'a labelled S-level justified as cosmetic',
      text: `${ER}## Recommended Priority\n\nSeverity: S4. Cosmetic issue in the footer of the invoice PDF.\n`,
    },
    { name: 'no section at all', text: `${ER}## Business Impact\n\n200 agents blocked.\n` },
    {
      name: 'code and comments are not the justification, CRLF',
      text: `${ER}## Recommended Priority\n\nSev3 because a workaround exists.\n\n<!-- P1? -->\n`.replace(/\n/g, '\r\n'),
    },
  ],
  invalid: [
    {
      name: 'a bare priority',
      text: `${ER}## Recommended Priority\n\nP1\n`,
      errors: [{ message: 'Priority "P1" has no justification: say why, from the business impact and the SLA ("because …")', line: 10, severity: 'warning' }],
    },
    {
      name: 'a labelled level backed by sentiment only',
      text: `${ER}## Recommended Priority\n\nPriority: **High**. The customer is very upset and wants this fixed.\n`,
      errors: [{ message: 'Priority "High" has no justification', line: 10 }],
    },
    {
      name: 'no priority at all',
      text: `${ER}## Recommended Priority\n\nWe would like engineering to look at this as soon as possible; the customer is upset.\n`,
      errors: [{ message: '"Recommended Priority" names no priority: state one (P1–P4, Sev1–Sev4, or critical, high, medium or low) and justify it from the impact and the SLA', line: 8 }],
    },
    {
      name: 'a level in a table, and a code that only looks like a reason',
      text: `${ER}## Priority\n\n| Field | Value |\n|---|---|\n| Severity | Medium |\n\n\`because: none\`\n`,
      errors: [{ message: 'Priority "Medium" has no justification', line: 12 }],
    },
    {
      name: 'a labelled S-level with sentiment only',
      text: `${ER}## Recommended Priority\n\nSeverity: S1. This is a key account.\n`,
      errors: [{ message: 'Priority "S1" has no justification', line: 10 }],
    },
    {
      name: 'the front-matter severity with no justification',
      text: `${fm('escalation-report', { severity: 'sev2' })}## Recommended Priority\n\nPlease look at this soon.\n`,
      errors: [{ message: 'Priority "sev2" has no justification', line: 7 }],
    },
    {
      name: 'CRLF line endings',
      text: `${ER}## Recommended Priority\n\nSev2\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'Priority "Sev2" has no justification', line: 10 }],
    },
  ],
});

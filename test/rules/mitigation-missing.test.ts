import { fm, testRule } from '../helpers/rule-tester';

const RR = fm('risk-register');
const AR = fm('architecture-review', { session_date: '2026-11-01' });
const SP = fm('solution-proposal');
const RISKS = '## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Contingency | Owner | Status |\n|---|---|---|---|---|---|---|\n';
const GAPS = '## Gaps and Mitigations\n\n| Integration Point | Requirement | Current Capability | Gap | Mitigation |\n|---|---|---|---|---|\n';

testRule('mitigation-missing', {
  valid: [
    {
      name: 'a complete risk register',
      text: `${RR}${RISKS}| Data migration slips | High | High | Dry-run migration in week 2 | Run old and new in parallel for 2 weeks | Dana Whitfield | Open |\n| SME on leave in December | Medium | Medium | Book sessions before 2026-12-10 | Record walkthroughs | Lee Park | Open |\n`,
    },
    {
      name: 'a closed risk need not carry a contingency',
      text: `${RR}${RISKS}| SSO certificate expiry | Low | High | Renewed on 2026-10-01 |  | Lee Park | Closed |\n`,
    },
    {
      name: 'a combined rating column stands for likelihood and impact',
      text: `${RR}## Risks\n\n| Risk | Rating | Mitigation / Contingency | Owner |\n|---|---|---|---|\n| Data migration slips | High | Dry run in week 2; parallel run if it slips | Dana Whitfield |\n`,
    },
    {
      name: 'gaps with mitigations, and a row that is no gap',
      text: `${AR}${GAPS}| SSO | SAML 2.0 + SCIM | SAML supported; SCIM in beta | SCIM maturity | Beta access and dedicated support by 2026-12-01 |\n| API | REST | REST | None | — |\n`,
    },
    {
      name: 'template prompts are placeholder-remaining\'s to report',
      text: `${AR}${GAPS}| {{Integration point}} | {{Requirement}} | {{What the product does today}} | {{Gap}} | {{Mitigation}} by {{YYYY-MM-DD}} |\n`,
    },
    {
      name: 'free-form risks that carry a response',
      text: `${SP}## Risks and Mitigations\n\n- Data migration may slip; we run a dry-run migration in week 2.\n- Key SME unavailable in December. Mitigation: record the walkthroughs in November.\n- SCIM is in beta\n  - Beta access with dedicated support\n`,
    },
    {
      name: 'a list of mitigations under a risk written in prose is not a list of risks',
      text: `${SP}## Risks and Mitigations\n\n**Header size**\n\nWarnings may accumulate once extensions can add them. This is mitigated by:\n\n* Documented guidance on message length\n* A recorder that limits the total length\n`,
    },
    {
      name: 'risk blocks under sub-headings',
      text: `${SP}## Risks and Mitigations\n\n### Data migration slips\n\nThe legacy export is manual. We will script it in week 1 and rehearse it twice.\n\n### Technical risks\n\n- Latency above 300 ms; mitigated by a regional cache\n`,
    },
    {
      name: 'other types and other sections are not read',
      text: `${fm('health-report', { period: '2026-10' })}## Risk Signals\n\n- API calls fell 40% in 30 days\n\n${'## Notes\n\n| Risk | Mitigation |\n|---|---|\n| x | |\n'}`,
    },
    { name: 'a list saying there are no gaps', text: `${AR}## Gaps and Mitigations\n\n- No gaps identified for the two integration points in scope.\n` },
    {
      name: 'short L / I column names and an accepted risk',
      text: `${RR}## Risks\n\n| ID | Risk | L | I | Mitigation | Contingency | Owner | Status |\n|---|---|---|---|---|---|---|---|\n| R1 | Data migration slips | H | H | Dry run | Parallel run | Dana Whitfield | Open |\n| R2 | Reports render slowly | M | L |  |  | Lee Park | Accepted |\n`,
    },
    {
      name: 'CRLF line endings',
      text: `${RR}${RISKS}| Data migration slips | High | High | Dry run | Parallel run | Dana Whitfield | Open |\n`.replace(/\n/g, '\r\n'),
    },
  ],
  invalid: [
    {
      name: 'empty and "none" cells in a risk register',
      text: `${RR}${RISKS}| Data migration slips | High | High |  | Parallel run | Dana Whitfield | Open |\n| SME on leave | — | Medium | Book sessions early | n/a | Lee Park | Open |\n| Scope creep | Medium | | TBD | | Lee Park | Open |\n`,
      errors: [
        { message: 'Risk "Data migration slips" has no mitigation', line: 12, severity: 'warning' },
        { message: 'Risk "SME on leave" has no likelihood or contingency', line: 13 },
        { message: 'Risk "Scope creep" has no impact, mitigation or contingency', line: 14 },
      ],
    },
    {
      name: 'a risk register without a Contingency column gets one, then each row is asked for it',
      text: `${RR}## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Owner |\n|---|---|---|---|---|\n| Data migration slips | High | High | Dry run | Dana Whitfield |\n| SME on leave | Medium | Medium | Book early | Lee Park |\n`,
      errors: [
        { message: 'Risk "Data migration slips" has no contingency', line: 12 },
        { message: 'Risk "SME on leave" has no contingency', line: 13 },
      ],
      output: `${RR}## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Owner | Contingency |\n|---|---|---|---|---| --- |\n| Data migration slips | High | High | Dry run | Dana Whitfield |   |\n| SME on leave | Medium | Medium | Book early | Lee Park |   |\n`,
    },
    {
      name: 'several missing columns are added one after the other',
      text: `${RR}## Risks\n\n| Risk | Mitigation | Owner |\n|---|---|---|\n| Data migration slips | Dry run | Dana Whitfield |\n`,
      errors: [{ message: 'Risk "Data migration slips" has no likelihood, impact or contingency', line: 12 }],
      output: `${RR}## Risks\n\n| Risk | Mitigation | Owner | Likelihood | Impact | Contingency |\n|---|---|---| --- | --- | --- |\n| Data migration slips | Dry run | Dana Whitfield |   |   |   |\n`,
    },
    {
      name: 'a gap without a mitigation, named by its Gap cell',
      text: `${AR}${GAPS}| Data import | Real-time CDC | Hourly batch | Real-time gap |  |\n| Network | Private link | Public TLS | Network isolation | none |\n`,
      errors: [
        { message: 'Gap "Real-time gap" has no mitigation', line: 13 },
        { message: 'Gap "Network isolation" has no mitigation', line: 14 },
      ],
    },
    {
      name: 'a gaps table with no Mitigation column',
      text: `${AR}## Gaps and Mitigations\n\n| Requirement | Gap |\n|---|---|\n| Real-time CDC | Hourly batch only |\n`,
      errors: [{ message: 'Gap "Hourly batch only" has no mitigation', line: 13 }],
      output: `${AR}## Gaps and Mitigations\n\n| Requirement | Gap | Mitigation |\n|---|---| --- |\n| Real-time CDC | Hourly batch only |   |\n`,
    },
    {
      name: 'a solution proposal risk with an empty mitigation; other columns are not required there',
      text: `${SP}## Risks and Mitigations\n\n| Risk | Owner |\n|---|---|\n| Data migration slips | Dana Whitfield |\n`,
      errors: [{ message: 'Risk "Data migration slips" has no mitigation', line: 12 }],
      output: `${SP}## Risks and Mitigations\n\n| Risk | Owner | Mitigation |\n|---|---| --- |\n| Data migration slips | Dana Whitfield |   |\n`,
    },
    {
      name: 'free-form risks that state only the risk',
      text: `${SP}## Risks and Mitigations\n\n- Data migration may slip because the legacy export is manual.\n- Key SME availability in December (Owner: Lee Park)\n- Latency above 300 ms; mitigated by a regional cache\n`,
      errors: [
        { message: 'Risk "Data migration may slip because the legacy export is manual." has no mitigation', line: 10 },
        { message: 'Risk "Key SME availability in December (Owner: Lee Park)" has no mitigation', line: 11 },
      ],
    },
    {
      name: 'a free-form risk register item lacks likelihood, impact and contingency',
      text: `${RR}## Risks\n\n- Data migration slips. Mitigation: dry run in week 2. Likelihood: high. Impact: high.\n- Scope creep\n`,
      errors: [
        { message: 'Risk "Data migration slips. Mitigation: dry run in week 2. Likeli…" has no contingency', line: 10 },
        { message: 'Risk "Scope creep" has no likelihood, impact, mitigation or contingency', line: 11 },
      ],
    },
    {
      name: 'a risk block under a sub-heading with only the risk',
      text: `${SP}## Risks and Mitigations\n\n### Data migration slips\n\nThe legacy export is manual and undocumented.\n`,
      errors: [{ message: 'Risk "Data migration slips" has no mitigation', line: 10 }],
    },
  ],
});

import { fm, testRule } from '../helpers/rule-tester';

const body = '\n# Architecture Review Summary\n\n## Participants\n\n| Name | Role | Side |\n|---|---|---|\n| Lee Park | Lead architect | Customer |\n';
const doc = (extra: Record<string, string>) => fm('architecture-review', extra) + body;

testRule('review-summary-late', {
  valid: [
    { name: 'summary the day after the session', text: doc({ session_date: '2026-11-02', date: '2026-11-03' }) },
    { name: 'exactly 48 hours later', text: doc({ session_date: '2026-11-02', date: '2026-11-04' }) },
    { name: 'same day', text: doc({ session_date: '2026-11-02', date: '2026-11-02' }) },
    { name: 'date-times within 48 hours', text: doc({ session_date: '2026-11-02T15:00', date: '2026-11-04T14:30' }) },
    { name: 'no session_date (front-matter-schema reports it)', text: doc({}) },
    { name: 'unparsable session_date', text: doc({ session_date: 'last Tuesday', date: '2026-11-20' }) },
    { name: 'impossible calendar date is ignored', text: doc({ session_date: '2026-02-30', date: '2026-03-20' }) },
    { name: 'dated before the session (not this rule\'s concern)', text: doc({ session_date: '2026-11-05', date: '2026-11-02' }) },
    { name: 'a wider limit from the config', text: doc({ session_date: '2026-11-02', date: '2026-11-06' }), options: { maxHours: 96 } },
    { name: 'other deliverable types are not checked', text: `${fm('discovery-summary', { session_date: '2026-09-01' })}\n# Discovery\n` },
    { name: 'dates quoted in YAML', text: doc({ session_date: "'2026-11-02'", date: '"2026-11-03"' }) },
  ],
  invalid: [
    {
      name: 'four days after the session',
      text: doc({ session_date: '2026-11-02', date: '2026-11-06' }),
      errors: [{ message: 'The summary is dated 2026-11-06, 4 days after the session on 2026-11-02; send it within 48 hours of the session', line: 5 }],
    },
    {
      name: 'three days is over 48 hours',
      text: doc({ session_date: '2026-11-02', date: '2026-11-05' }),
      errors: ['3 days after the session on 2026-11-02'],
    },
    {
      name: 'date-times just over the limit',
      text: doc({ session_date: '2026-11-02T09:00', date: '2026-11-04T10:00' }),
      errors: ['49 hours after the session'],
    },
    {
      name: 'a tighter limit from the config',
      text: doc({ session_date: '2026-11-02', date: '2026-11-03' }),
      options: { maxHours: 12 },
      errors: ['1 day after the session on 2026-11-02; send it within 12 hours'],
    },
    {
      name: 'CRLF line endings',
      text: doc({ session_date: '2026-10-01', date: '2026-10-20' }).replace(/\n/g, '\r\n'),
      errors: [{ message: '19 days after the session on 2026-10-01', line: 5 }],
    },
  ],
});

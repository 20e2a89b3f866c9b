import { fm, testRule } from '../helpers/rule-tester';

const IG = fm('implementation-guide');
const OP = fm('onboarding-plan');
const PRE = '## Prerequisites\n\n';
const TP = '## Technical Prerequisites\n\n';

testRule('verification-missing', {
  valid: [
    {
      name: 'each prerequisite with a command or a validation step',
      text: `${IG}${PRE}- Node.js 20 or later. Verify: \`node --version\`\n- Network access to api.acme.example:443. Check with the connectivity script.\n- Admin role in Okta; validated by signing in to the admin console\n- PostgreSQL 15\n  \`\`\`\n  psql -c "select version()"\n  \`\`\`\n`,
    },
    {
      name: 'a table with a Verification column',
      text: `${OP}${TP}| Prerequisite | Verification |\n|---|---|\n| Java 17 | \`java -version\` |\n| SSO app created | Test sign-in succeeds |\n`,
    },
    {
      name: 'a closing paragraph that checks everything above',
      text: `${IG}${PRE}- Java 17\n- Maven 3.9\n\nRun \`./preflight.sh\` to verify all of the above before step 1.\n`,
    },
    {
      name: 'a group item: its children are the prerequisites',
      text: `${OP}${TP}- Software:\n  - Java 17 (\`java -version\`)\n  - Maven 3.9 (\`mvn -v\`)\n`,
    },
    { name: 'template prompts are placeholder-remaining\'s to report', text: `${IG}${PRE}- {{Runtime or component}} {{vX.Y.Z}} or later. Verify: \`{{Command that prints the version}}\`\n` },
    { name: 'a section that says there are none', text: `${IG}${PRE}None: the integration runs entirely in the hosted service.\n` },
    { name: 'other types are not read', text: `${fm('architecture-review', { session_date: '2026-11-01' })}## Prerequisites\n\n- Service account in the IdP (provided by Lee Park)\n` },
    { name: 'CRLF line endings', text: `${IG}${PRE}- Java 17. Verify: \`java -version\`\n`.replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'prerequisites assumed, not checked',
      text: `${IG}${PRE}- Node.js 20 or later. Verify: \`node --version\`\n- PostgreSQL 15 reachable from the app servers\n- An API key for the sandbox\n`,
      errors: [
        { message: 'Prerequisite "PostgreSQL 15 reachable from the app servers" has no verification command or validation step', line: 11, severity: 'warning' },
        { message: 'Prerequisite "An API key for the sandbox" has no verification command or validation step', line: 12 },
      ],
    },
    {
      name: 'an empty or "n/a" Verification cell',
      text: `${OP}${TP}| Prerequisite | Verification |\n|---|---|\n| Java 17 | |\n| SSO app created | n/a |\n| VPN | \`ping gw.acme.example\` |\n`,
      errors: [
        { message: 'Prerequisite "Java 17"', line: 12 },
        { message: 'Prerequisite "SSO app created"', line: 13 },
      ],
    },
    {
      name: 'a table with no Verification column gets one, on the first row that needs it',
      text: `${OP}${TP}| Prerequisite | Owner |\n|---|---|\n| Java 17 | Lee Park |\n| VPN account (\`vpn status\`) | Priya Raman |\n| SSO app | Lee Park |\n`,
      errors: [
        { message: 'Prerequisite "Java 17"', line: 12 },
        { message: 'Prerequisite "SSO app"', line: 14 },
      ],
      output: `${OP}${TP}| Prerequisite | Owner | Verification |\n|---|---| --- |\n| Java 17 | Lee Park |   |\n| VPN account (\`vpn status\`) | Priya Raman |   |\n| SSO app | Lee Park |   |\n`,
    },
    {
      name: 'prose prerequisites with no check at all',
      text: `${IG}${PRE}You need Java 17 and an account in the sandbox.\n`,
      errors: [{ message: '"Prerequisites" gives no way to verify the prerequisites', line: 8 }],
    },
    {
      name: 'a "verify" in a comment or a link target does not count',
      text: `${IG}${PRE}- Java 17 <!-- verify with java -version -->\n- Maven 3.9, see [setup](https://example.com/verify)\n`,
      errors: [
        { message: 'Prerequisite "Java 17"', line: 10 },
        { message: 'Prerequisite "Maven 3.9, see [setup]"', line: 11 },
      ],
    },
  ],
});

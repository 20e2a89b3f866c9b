import { ENGAGEMENT, fm, testRule } from '../helpers/rule-tester';

const AR = fm('architecture-review', { session_date: '2026-11-01' });
const DS = fm('discovery-summary');
const SP = fm('solution-proposal');
const HIPAA = ENGAGEMENT.replace('compliance: [SOC2, GDPR]', 'compliance: [PCI-DSS, ISO27001, HIPAA]');

testRule('security-missing', {
  valid: [
    {
      name: 'a security section naming every framework of the engagement',
      engagement: ENGAGEMENT,
      text: `${AR}## Security and Compliance\n\n- SOC 2 Type II report shared; GDPR met by EU hosting and a DPA\n- SSO through Okta (SAML); TLS 1.2 in transit, AES-256 at rest\n`,
    },
    {
      name: 'framework spelling variants',
      engagement: HIPAA,
      text: `${AR}## Security and Compliance\n\nCardholder data stays out of scope for PCI DSS. ISO/IEC 27001 certificate attached. HIPAA BAA signed.\n`,
    },
    {
      name: 'discovery summary: security words in Technical Constraints',
      engagement: ENGAGEMENT,
      text: `${DS}## Technical Constraints\n\n### Security and Compliance\n\n- Frameworks in scope: SOC2, GDPR\n- Identity provider: Azure AD with MFA\n`,
    },
    {
      name: 'solution proposal without a section but with security content',
      text: `${SP}## Architecture\n\n- Authentication: SSO via SAML\n- Encryption: TLS 1.2 in transit\n`,
    },
    { name: 'no engagement: only the content is checked', text: `${AR}## Security and Compliance\n\nAccess control by role (RBAC).\n` },
    { name: 'other types are not read', engagement: ENGAGEMENT, text: `${fm('runbook')}## Overview\n\nNothing here.\n` },
  ],
  invalid: [
    {
      name: 'a security section that says nothing about security',
      text: `${AR}## Security and Compliance\n\nTo be discussed with the customer next month.\n`,
      errors: [{ message: 'Section "Security and Compliance" says nothing about security or compliance', line: 9, severity: 'warning' }],
    },
    {
      name: 'security left open does not count',
      text: `${AR}## Security and Compliance\n\n- Security requirements: not yet discussed\n- Compliance: TBD\n`,
      errors: [{ message: 'says nothing about security or compliance', line: 9 }],
    },
    {
      name: 'discovery summary whose constraints cover only infrastructure',
      text: `${DS}## Technical Constraints\n\n### Infrastructure\n\n- Hosting: AWS, eu-west-1\n`,
      errors: [{ message: 'Section "Technical Constraints" says nothing about security or compliance', line: 8 }],
    },
    {
      name: 'no security section and a single passing mention',
      text: `${SP}## Integration Approach\n\n| System | Pattern |\n|---|---|\n| Okta | SAML |\n`,
      errors: [{ message: 'No security and compliance content', line: 2 }],
    },
    {
      name: 'an engagement framework never mentioned, at the security heading',
      engagement: ENGAGEMENT,
      text: `${AR}## Security and Compliance\n\n- SOC2 report shared\n- SSO via SAML\n`,
      errors: [{ message: 'Compliance framework GDPR from the engagement is never mentioned', line: 9 }],
    },
    {
      name: 'frameworks in front matter, comments or code do not count',
      engagement: HIPAA,
      text: `---\ndeliverable: solution-proposal\ntitle: HIPAA and PCI-DSS\nauthor: Dana Whitfield\ndate: 2026-11-02\nstatus: draft\n---\n## Architecture\n\nEncryption with TLS 1.3 and SSO via SAML. <!-- ISO27001 -->\n\n\`\`\`\npci: true\n\`\`\`\n`,
      errors: [
        { message: 'framework HIPAA', line: 2 },
        { message: 'framework ISO27001', line: 2 },
        { message: 'framework PCI-DSS', line: 2 },
      ],
    },
  ],
});

import { fm, testRule } from '../helpers/rule-tester';

const ER = fm('escalation-report');
const IG = fm('implementation-guide');
const ENV = '## Environment Details\n\n';
const PRE = '## Prerequisites\n\n';

testRule('version-missing', {
  valid: [
    {
      name: 'escalation environment with versions; hosting, settings and logs need none',
      text: `${ER}${ENV}- Product: Acme Gateway v3.2.1\n- Deployment: AWS eu-west-1, self-hosted\n- Client or SDK: Python SDK 2.4.0\n- Operating system: Ubuntu 22.04\n- Database: PostgreSQL 15\n- Browser: Chrome 118\n- Relevant configuration: SSO with SAML, audit log on\n- Logs and traces: attached to ticket 4411\n`,
    },
    {
      name: 'prerequisites with versions in prose or code; access and network items need none',
      text: `${IG}${PRE}- Node.js 20 or later. Verify: \`node --version\`\n- \`helm\` \`3.14.2\`. Verify: \`helm version\`\n- Network access from the app servers to api.acme.example:443\n- Admin access to the Okta tenant\n- Service account with the Reader role in Azure\n`,
    },
    {
      name: 'a components table with a Version column',
      text: `${ER}${ENV}| Component | Version | Notes |\n|---|---|---|\n| Gateway | 3.2.1 | |\n| Okta | SaaS | |\n| Kubernetes | 1.29 | EKS |\n`,
    },
    {
      name: 'grouped items: the children are the prerequisites',
      text: `${IG}${PRE}- Software:\n  - Java 17\n  - Maven 3.9.6\n- Access:\n  - VPN account\n`,
    },
    {
      name: 'repositories, schemas and hosted services have no version of their own',
      text: `${IG}${PRE}- Git repository with the deployment manifests\n- A database schema named \`quillon\`\n- Product: Quillon platform (SaaS)\n- Kafka topic for booking events\n`,
    },
    { name: 'template prompts are placeholder-remaining\'s to report', text: `${ER}${ENV}- Product: {{Product or component}} {{vX.Y.Z}}\n- Client or SDK: {{Client or SDK}} {{vX.Y.Z}}\n` },
    { name: 'prose naming versions', text: `${ER}${ENV}The customer runs Acme Gateway 3.2 on RHEL 9 with PostgreSQL 15.4.\n` },
    { name: 'other types are not read', text: `${fm('runbook')}## Overview\n\n- Database: PostgreSQL\n` },
    { name: 'CRLF line endings', text: `${ER}${ENV}- Database: PostgreSQL 15\n`.replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'components without versions, each flagged',
      text: `${ER}${ENV}- Product: Acme Gateway\n- Deployment: AWS eu-west-1\n- Database: PostgreSQL on RDS\n- Browser: Chrome (latest)\n- Operating system: Ubuntu 22.04\n`,
      errors: [
        { message: 'Environment item "Product: Acme Gateway" gives no version', line: 10, severity: 'warning' },
        { message: 'Environment item "Database: PostgreSQL on RDS" gives no version', line: 12 },
        { message: 'Environment item "Browser: Chrome (latest)" gives no version', line: 13 },
      ],
    },
    {
      name: 'prerequisites naming software without a version',
      text: `${IG}${PRE}- Docker installed on the build host. Verify: \`docker info\`\n- kubectl configured for the cluster\n- Network access to the registry on port 443\n- Python 3.11\n`,
      errors: [
        { message: 'Prerequisite "Docker installed on the build host. Verify:" gives no version', line: 10 },
        { message: 'Prerequisite "kubectl configured for the cluster" gives no version', line: 11 },
      ],
    },
    {
      name: 'a Version column left empty or "latest"',
      text: `${ER}${ENV}| Component | Version |\n|---|---|\n| Gateway | |\n| Mobile app | latest |\n| Kubernetes | 1.29 |\n`,
      errors: [
        { message: 'Environment item "Gateway" gives no version', line: 12 },
        { message: 'Environment item "Mobile app" gives no version', line: 13 },
      ],
    },
    {
      name: 'prose environment with no version number',
      text: `${ER}${ENV}The customer runs our product on their own Linux servers with a MySQL database.\n`,
      errors: [{ message: 'Environment details give no version numbers', line: 8 }],
    },
    {
      name: 'escalation items with no version anywhere',
      text: `${ER}${ENV}- Deployment: self-hosted\n- Region: eu-west-1\n- Configuration: defaults\n`,
      errors: [{ message: 'Environment details give no version numbers', line: 8 }],
    },
    {
      name: 'counts, ports and versions in URLs are not versions',
      text: `${ER}${ENV}- Database: PostgreSQL on 3 nodes, see [docs](https://example.com/pg/v15)\n- Web server: nginx on port 8443\n`,
      errors: [
        { message: '"Database: PostgreSQL on 3 nodes, see [docs]" gives no version', line: 10 },
        { message: '"Web server: nginx on port 8443" gives no version', line: 11 },
      ],
    },
  ],
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SECRET_PATTERNS, matchesOf, type SecretPattern } from '../../src/core/rules/secret-exposed';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const doc = (body: string, extra: Record<string, string> = {}) => `${fm('implementation-guide', extra)}\n# Guide\n\n${body}\n`;

// Built from parts so no scanner mistakes this test file for a real leak.
const GHP = `ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'}`;
const AKIA = `AKIA${'Q3EGRT7X5WNZ2HKB'}`;
const AWS_SECRET = `${'Jx8kP2mQ9vL4nR7tW1yB5cD3fG6hK0sZ'}${'aU8eI2oP'}`;
const STRIPE = `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`;
const GOOGLE = `AIza${'SyD4kL9mN2pQ7rS1tU5vW8xY3zA6bC0dE9f'}`;
const OPENAI = `sk-proj-${'Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7'}`;
const ANTHROPIC = `sk-ant-api03-${'Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7'}`;
const NPM = `npm_${'Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5'}`;
const SLACK = `xoxb-${'7391846205'}-${'5820394716253'}-${'Qm8Zt2LrX4vNp7KcW9sYd3Hb'}`;
const GLPAT = `glpat-${'Ab3Cd5Ef7Gh9Ij1Kl3Mn'}`;
const SENDGRID = `SG.${'Ab3Cd5Ef7Gh9Ij1Kl3Mn5O'}.${'Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab3C'}`;
const TWILIO = `SK${'f3a9c1e27b4d8a6f0c5e9b2d7a1f4c8e'}`;
const JWT = `eyJ${'hbGciOiJIUzI1NiJ9'}.eyJ${'zdWIiOiIxMjM0NTY3ODkwIn0'}.${'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'}`;
const PEM_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';
const PEM = `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${PEM_BODY}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END ${'RSA PRIVATE'} KEY-----`;

testRule('secret-exposed', {
  valid: [
    { name: 'plain prose about credentials', text: doc('Store the API key in the vault and rotate passwords every 90 days.') },
    { name: 'environment-variable and template references', text: doc('```bash\nexport DB_PASSWORD=${DB_PASSWORD}\npsql "postgres://app:${DB_PASSWORD}@db.acme.internal/app"\ncurl -H "Authorization: Bearer $TOKEN" https://api.acme.example\n```') },
    { name: 'placeholders in angle brackets, braces, stars and x runs', text: doc('```yaml\npassword: <password>\napi_key: "{{API_KEY}}"\nclient_secret: "****************"\ntoken_value: xxxxxxxxxxxxxxxxxxxxxxxx\n```') },
    { name: 'the documented AWS example key pair', text: doc('```ini\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```') },
    { name: 'commit SHAs, UUIDs and version strings', text: doc('Fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8 (v2.14.3), tenant 123e4567-e89b-12d3-a456-426614174000.\n\nsecret_key: 123e4567-e89b-12d3-a456-426614174000') },
    { name: 'a connection string with a placeholder password or an example host', text: doc('Use `postgres://app:password@db.acme.internal/app` as a template, or `mysql://root:Hunter22@db.example.com/app`.') },
    { name: 'password values that are prose or references', text: doc('Password: see the shared vault entry.\n\n```properties\nspring.datasource.password=${SPRING_DB_PASSWORD}\npassword = config.database.password\npassword: DB_PASSWORD\n```') },
    { name: 'a private key header with no key material', text: doc(`\`\`\`\n-----BEGIN ${'RSA PRIVATE'} KEY-----\n...\n-----END ${'RSA PRIVATE'} KEY-----\n\`\`\``) },
    { name: 'an OpenAI-shaped string without mixed case and digits', text: doc('Name the branch sk-feature-rollout-for-payments-team.') },
    { name: 'a suppression comment with a reason', text: doc(`<!-- se-disable-next-line secret-exposed -- revoked test token, kept to show the format -->\nExample: \`${GHP}\``) },
    { name: 'credential tables that hold no value', text: doc('| Secret | Where it lives |\n|---|---|\n| DB password | `secret/data/payments/db` |\n| API key | vault, rotated monthly |\n\n| Token | Scope |\n|---|---|\n| ci-deployer-2026-prod | deploy |') },
    { name: 'sequential made-up values', text: doc('```yaml\nclientSecret: ABCDEFG1234567890abcdefg\ncliSecret: gfedcba0987654321GEFDCBA\n```') },
    { name: 'Basic authentication in prose', text: doc('Basic authentication is disabled; Basic dXNlcjpwYXNzd29yZA== carries user:password only.') },
  ],
  invalid: [
    { name: 'GitHub token in a code block', text: doc(`\`\`\`bash\nexport GITHUB_TOKEN=${GHP}\n\`\`\``), errors: [{ message: 'GitHub token in plain text (ghp_…)', line: 12, severity: 'error' }] },
    { name: 'AWS key pair in a config snippet', text: doc(`\`\`\`ini\naws_access_key_id = ${AKIA}\naws_secret_access_key = ${AWS_SECRET}\n\`\`\``), errors: [{ message: 'AWS access key ID in plain text (AKIA…)', line: 12 }, { message: 'AWS secret access key in plain text (assigned to "aws_secret_access_key")', line: 13 }] },
    { name: 'password in a connection string in prose', text: doc('Connect with postgres://app:Tr0ub4dor3@db.acme.internal:5432/app once the VPN is up.'), errors: [{ message: 'Password in a connection string in plain text (host "db.acme.internal")', line: 11 }] },
    { name: 'password assignments in YAML, env files and JSON', text: doc('```\npassword: hunter22\nDB_PASSWORD="S3cure!pass"\n{"password": "Qw3rty!9"}\n```'), errors: [{ message: 'Password in plain text (assigned to "password")', line: 12 }, { message: '(assigned to "DB_PASSWORD")', line: 13 }, { message: '(assigned to "password")', line: 14 }] },
    { name: 'password on a command line', text: doc('Run `mysql --user admin --password S3cr3t99 -h db` to check.'), errors: [{ message: 'Password in plain text (assigned to "--password")' }] },
    { name: 'Stripe, Google, OpenAI, Anthropic and npm keys', text: doc(`- ${STRIPE}\n- ${GOOGLE}\n- ${OPENAI}\n- ${ANTHROPIC}\n- ${NPM}`), errors: ['Stripe live key in plain text (sk_l…)', 'Google API key in plain text (AIza…)', 'OpenAI API key in plain text (sk-p…)', 'Anthropic API key in plain text (sk-a…)', 'npm token in plain text (npm_…)'] },
    { name: 'Slack, GitLab, SendGrid and Twilio tokens in a table', text: doc(`| Service | Token |\n|---|---|\n| Slack | ${SLACK} |\n| GitLab | ${GLPAT} |\n| SendGrid | ${SENDGRID} |\n| Twilio | ${TWILIO} |`), errors: ['Slack token in plain text (xoxb…)', 'GitLab access token in plain text (glpa…)', 'SendGrid API key in plain text (SG.A…)', 'Twilio API key in plain text (SKf3…)'] },
    { name: 'a JWT after Bearer is reported once, as a JWT', text: doc(`\`\`\`http\nAuthorization: Bearer ${JWT}\n\`\`\``), errors: [{ message: 'JSON Web Token in plain text (eyJh…)', line: 12 }] },
    { name: 'a truncated private key still shows key material', text: doc(`\`\`\`\n-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA...\n-----END ${'OPENSSH PRIVATE'} KEY-----\n\`\`\``), errors: ['Private key in plain text'] },
    { name: 'a password that contains a common word', text: doc('`password: SuperSecret123!`'), errors: ['Password in plain text'] },
    { name: 'a private key block', text: doc(`\`\`\`\n${PEM}\n\`\`\``), errors: [{ message: 'Private key in plain text', line: 12 }] },
    { name: 'a keyed secret in front matter', text: `${fm('runbook', { webhook_secret: 'a8F3kd92Jd83kDl29dK3' })}\n# Runbook\n`, errors: [{ message: 'Secret in plain text (assigned to "webhook_secret")', line: 7 }] },
    { name: 'a credentials table', text: doc('| System | Password | API key |\n|---|---|---|\n| Staging DB | `Tr0ub4dor3x` | none |\n| Billing API | n/a | Zq8Lw2Nv5Rt9Xk3Mb7Pc |\n\n| Setting | Value |\n|---|---|\n| **DB_PASSWORD** | Kx9!mQ2rTz |'), errors: [{ message: 'Password in plain text (assigned to "Password")', line: 13 }, { message: 'Secret in plain text (assigned to "API key")', line: 14 }, { message: 'Password in plain text (assigned to "DB_PASSWORD")', line: 18 }] },
    { name: 'Basic credentials in a header', text: doc('```\nAuthorization: Basic YWRtaW46UzNjcmV0IVBhc3M5\n```'), errors: ['Basic authentication credentials in plain text'] },
    { name: 'a link target carrying a password', text: doc('Open the [admin console](https://ops:W1nter2026x@console.acme.internal/admin).'), errors: ['(host "console.acme.internal")'] },
    { name: 'an HTML comment is still text in the file', text: doc(`<!-- old token: ${GHP} -->`), errors: ['GitHub token'] },
    { name: 'CRLF line endings', text: doc(`Token:\r\n\r\n    ${GHP}\r\n`).replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n'), errors: [{ message: 'GitHub token', line: 13 }] },
  ],
});

describe('secret-exposed: messages and suggestions never carry a secret', () => {
  const secrets = [GHP, AKIA, AWS_SECRET, STRIPE, GOOGLE, OPENAI, ANTHROPIC, NPM, SLACK, GLPAT, SENDGRID, TWILIO, JWT, PEM_BODY, 'Tr0ub4dor3', 'hunter22'];
  const text = doc([`${GHP} ${AKIA}`, `aws_secret_access_key=${AWS_SECRET}`, `${STRIPE} ${GOOGLE} ${OPENAI}`, `${ANTHROPIC} ${NPM} ${SLACK}`, `${GLPAT} ${SENDGRID} ${TWILIO} ${JWT}`, '```', PEM, '```', 'postgres://app:Tr0ub4dor3@db.acme.internal/app', '`password: hunter22`'].join('\n\n'));
  const { findings } = runRule('secret-exposed', { text });

  it('finds every planted secret', () => {
    assert.equal(findings.length, 16, findings.map((f) => f.message).join('\n'));
  });

  it('masks each one to at most four characters', () => {
    for (const f of findings) {
      const shown = [f.message, ...(f.suggestions ?? []).map((s) => s.title)].join('\n');
      for (const s of secrets) {
        for (let i = 0; i + 5 <= s.length; i++) assert.ok(!shown.includes(s.slice(i, i + 5)), `"${shown}" shows part of a secret`);
      }
    }
  });

  it('offers to replace the value, not the label', () => {
    const f = findings.find((x) => x.message.startsWith('Password in a connection string'));
    assert.deepEqual(f?.suggestions?.[0].edits.map((e) => e.newText), ['REDACTED']);
    const lines = text.split('\n');
    const e = f!.suggestions![0].edits[0].range;
    assert.equal(lines[e.start.line].slice(e.start.character, e.end.character), 'Tr0ub4dor3');
  });
});

describe('secret-exposed: every pattern is linear on adversarial input', () => {
  const N = 100_000;
  const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
  const inputs = [
    'A'.repeat(N),
    rep('aB3+/='),
    rep('eyJ'),
    rep('eyJa.'),
    `eyJ${'a'.repeat(N)}`,
    rep(':'),
    rep('@'),
    rep(':@'),
    `a://${'x'.repeat(N)}`,
    `a://x:${':'.repeat(N)}`,
    rep('AKIA'),
    rep('ghp_'),
    rep('sk-'),
    rep('xoxb-1-'),
    rep('password='),
    rep('password: a1'),
    rep('api_key='),
    rep('-----BEGIN '),
    rep('Bearer '),
    rep('Basic '),
    rep('a.'),
    'x'.repeat(N / 2) + '@'.repeat(N / 2),
  ];

  it('runs all patterns over 100 KB adversarial strings in well under a second', () => {
    const t0 = process.hrtime.bigint();
    for (const p of SECRET_PATTERNS) {
      for (const s of inputs) {
        p.re.lastIndex = 0;
        let n = 0;
        for (let m = p.re.exec(s); m && n < 1e6; m = p.re.exec(s)) n++;
      }
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('lints a 100 KB adversarial document in well under a second', () => {
    const t0 = process.hrtime.bigint();
    for (const s of [rep('eyJ'), rep(':@'), rep('password= '), 'A'.repeat(N)]) runRule('secret-exposed', { text: doc(s) });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  });
});

describe('secret-exposed: the fast search finds exactly what the plain search finds', () => {
  // matchesOf skips texts without a needed literal and tries labelled patterns only at runs
  // holding a keyword (bench/README.md); neither may change a single match.
  const plain = (p: SecretPattern, text: string) => {
    const out: string[] = [];
    const re = new RegExp(p.re.source, p.re.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${[...m].join('|')}`);
    return out;
  };
  const fast = (p: SecretPattern, text: string) => matchesOf(p, text).map((m) => `${m.index}:${[...m].join('|')}`);
  const PIECES = [
    'password', 'PassWord', 'passwd', 'pwd', 'passphrase', 'api_key', 'API-KEY', 'apikey', 'secret', 'client_secret', 'access_token', 'aws_', 'aws', 'secret_access_key', 'SecretAccessKey',
    'twilio', 'Twilio_', 'auth_token', 'token', 'db', '.', '_', '-', '--', '--db-password', ':', '=', ':=', '=>', ' ', '\t', '"', "'", '`', '\n', ',', ';', '@', '/', '//', '://', 'postgres', 'x+y', 'a.b',
    'Tr0ub4dor3', 'hunter2!', 'AKIAIOSFODNN7ABCDEFG', 'Xy7kP2mQ9rT4vW8zA1bC', '0123456789abcdef0123456789abcdef', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzz', 'ab'.repeat(21),
    'sk-', 'ghp_', 'SK', 'eyJ', 'Bearer ', 'Basic ', 'akia', 'AKIA', 'Sk-', 'sk-ant-', 'EYJ', 'bearer ', 'BASIC ', 'npm_', 'NPM_', 'xoxb-12-', 'glpat-', 'AIza', 'SG.', 'k_live_', 'rk_live_', '-----BEGIN RSA PRIVATE KEY-----', 'KEY', 'Token', 'TWILIO', 'sEcReT', 'PWD', 'dXNlcjpwYXNz', '\u017f', '\u212a', 'é', 'x'.repeat(41), 'x'.repeat(30), 'y'.repeat(8), 'shared_access_key', 'encryption-key', 'webhook_secret', 'signing_key', 'host.acme.io', 'example.com',
  ];
  it('on random text built from keywords, separators and values, for every pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const p of SECRET_PATTERNS) assert.deepEqual(fast(p, text), plain(p, text), p.id);
      }),
      { numRuns: 4000 },
    );
  });
  it('on the adversarial inputs and the planted secrets', () => {
    const N = 20_000;
    const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
    for (const text of [rep('password= '), rep('a.password: x1y2z3w4 '), rep('api_key='), rep('x'.repeat(45) + 'secret: abcdefgh12345678 '), rep('p://u:p@h '), rep('aws_secret_access_key=')]) {
      for (const p of SECRET_PATTERNS) assert.deepEqual(fast(p, text), plain(p, text), p.id);
    }
  });
});

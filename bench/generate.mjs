// Deterministic generator of realistic deliverables for `npm run bench`.
// Same seed, same bytes: every run lints exactly the same inputs.
//
//   bench/.data/corpus-1k/    50 engagements x 20 types = 1,000 deliverables (150-300 lines) + engagement.md each
//   bench/.data/big/          one engagement with a ~20,000-line deliverable
//   bench/.data/corpus-10k/   500 engagements x 20 types = 10,000 deliverables (only with --10k)
//
// Usage: node bench/generate.mjs [--10k] [--force]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GENERATOR_VERSION = 4;
export const SEED = 20261123;
export const TODAY = '2026-11-23';

const root = new URL('..', import.meta.url).pathname;
export const DATA = join(root, 'bench', '.data');

// ---------------------------------------------------------------- PRNG (mulberry32)
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    shuffle(xs) {
      const out = xs.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return r;
}

// ---------------------------------------------------------------- catalog
function loadCatalog() {
  const dir = join(root, 'src', 'catalog');
  const types = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name, 'deliverable.json');
    if (existsSync(p)) types.push(JSON.parse(readFileSync(p, 'utf8')));
  }
  const phases = JSON.parse(readFileSync(join(dir, 'phases.json'), 'utf8')).phases;
  return { types, phases };
}

// ---------------------------------------------------------------- word banks
const FIRST = ['Katrin', 'Tomasz', 'Ingrid', 'Ravi', 'Elena', 'Daniel', 'Samuel', 'Priya', 'Jonas', 'Amara', 'Lucia', 'Henrik', 'Mei', 'Oscar', 'Fatima', 'Noah', 'Chiara', 'Kofi', 'Yuki', 'Marta', 'Diego', 'Aisha', 'Pieter', 'Sofia', 'Arjun', 'Leila', 'Matteo', 'Hana', 'Felix', 'Zara'];
const LAST = ['Vogel', 'Nowak', 'Halvorsen', 'Menon', 'Marsh', 'Okafor', 'Brandt', 'Iyer', 'Lindqvist', 'Mensah', 'Ferreira', 'Dahl', 'Chen', 'Ruiz', 'Haddad', 'Keller', 'Romano', 'Asante', 'Tanaka', 'Kowalska', 'Alvarez', 'Bello', 'de Vries', 'Costa', 'Rao', 'Nasser', 'Conti', 'Sato', 'Weber', 'Ahmed'];
const CO_A = ['Northwind', 'Bluefin', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware', 'Woodgrove', 'Wingtip', 'Alpine', 'Coho', 'Lamna', 'Trey', 'Humongous', 'Margie', 'Relecloud', 'Fourth Coffee', 'Graphic', 'Wide World'];
const CO_B = ['Logistics', 'Health', 'Payments', 'Retail', 'Insurance', 'Energy', 'Media', 'Bank', 'Foods', 'Airlines', 'Telecom', 'Pharma', 'Motors', 'Travel', 'Analytics'];
const ROLES_C = ['Head of Operations (executive sponsor)', 'Lead Integration Architect', 'Data Protection Officer', 'Platform Owner', 'Security Lead', 'DBA', 'Network Engineer', 'Product Manager'];
const ROLES_V = ['Solutions Engineer', 'Customer Success Manager', 'Support Engineer', 'Account Executive'];
const SYSTEMS = ['ERP', 'CRM', 'TMS', 'WMS', 'billing system', 'data warehouse', 'identity provider', 'HR system', 'ticketing system', 'payment gateway', 'event bus', 'reporting service'];
const METHODS = ['REST API', 'SFTP batch', 'SAML SSO', 'CDC stream', 'webhook', 'GraphQL', 'Kafka topic', 'OIDC'];
const DATA_KINDS = ['orders', 'shipments', 'invoices', 'user profiles', 'inventory levels', 'tickets', 'payments', 'audit events'];
const FREQ = ['real time', 'every 5 minutes', 'hourly', 'nightly batch', 'weekly', 'on demand'];
const LEVEL = ['High', 'Medium', 'Low'];
const STATUS_ROW = ['Open', 'In progress', 'Done', 'Blocked', 'Closed', 'Open'];
const VERBS = ['configure', 'validate', 'migrate', 'document', 'load-test', 'review', 'deploy', 'monitor', 'harden', 'reconcile'];
const OBJECTS = ['the SSO integration', 'the nightly export', 'the order webhook', 'the staging tenant', 'role mappings', 'the data migration scripts', 'alert thresholds', 'the rollback procedure', 'API rate limits', 'the audit log pipeline'];
const GOOD = [
  'The {sys} sends {data} to the platform {freq}, about {n} records per run.',
  'Median API latency was {n} ms at {m} requests per second during the load test on {date}.',
  'Adoption reached {p}% of licensed seats by {date}, up from {q}% in the prior period.',
  'Customers can authenticate via SSO against the {sys} with MFA enforced for {p}% of users.',
  'The {sys} team owns the {method} connection and confirmed the schema on {date}.',
  'We reduced manual reconciliation from {n} hours to {m} hours per week.',
  'Error rates stayed below {p}% across {n} test runs with retries enabled.',
  'Data residency is EU-only; backups are kept for {n} days in the Frankfurt region.',
  'Recovery point objective is {n} minutes and recovery time objective is {m} hours.',
  'See the [integration guide](https://docs.example.com/integrations/{sys}) and run `curl -s https://api.example.com/health` to check the endpoint.',
  'The {method} for {data} retries {n} times with exponential backoff before raising an alert.',
  'Ticket volume fell to {n} per week and median resolution time is {m} hours.',
  'Encryption uses TLS 1.2 in transit and AES-256 at rest, reviewed with the security lead on {date}.',
  'Scalability was tested to {n} concurrent users, which is {m} times the expected peak.',
  'Availability target is 99.9% per month, measured by the synthetic probe every {m} minutes.',
];
const VAGUE = [
  'Performance is significantly better than before.',
  'The customer seems less engaged with the new workflow.',
  'Onboarding was greatly improved after the workshop.',
  'The integration is much faster now and users are happier.',
  'SSO is set up.',
  'Everything is configured.',
];
const PLACEHOLDERS = ['{{Owner}}', 'TBD', 'TODO: confirm with the customer', '[Name]', '[YYYY-MM-DD]', '{{Risk description}}'];
const LANGS = ['bash', 'yaml', 'json', 'sql', 'text'];
const CODE = {
  bash: ['curl -sS -H "Authorization: Bearer $TOKEN" https://api.example.com/v2/orders?limit=100', 'kubectl -n integration rollout status deploy/connector', 'psql -h db.internal -c "select count(*) from orders where created_at > now() - interval \'1 day\'"', 'se-connector --version', 'echo "done"'],
  yaml: ['connector:', '  retries: 5', '  backoff: exponential', '  endpoint: https://api.example.com/v2', '  timeout_ms: 3000'],
  json: ['{', '  "orderId": "A-10023",', '  "status": "shipped",', '  "items": 3', '}'],
  sql: ['SELECT region, count(*) AS orders', 'FROM orders', "WHERE created_at >= '2026-10-01'", 'GROUP BY region;'],
  text: ['2026-11-02T10:15:00Z ERROR connector timeout after 3000 ms', '2026-11-02T10:15:05Z WARN retry 1/5', '2026-11-02T10:15:15Z INFO recovered'],
};

// ---------------------------------------------------------------- helpers
function pad(n) {
  return String(n).padStart(2, '0');
}
function dateAdd(base, days) {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
function fill(r, tpl, ctx) {
  return tpl.replace(/\{(\w+)\}/g, (_, k) => {
    switch (k) {
      case 'sys': return r.pick(SYSTEMS);
      case 'data': return r.pick(DATA_KINDS);
      case 'freq': return r.pick(FREQ);
      case 'method': return r.pick(METHODS);
      case 'n': return String(r.int(2, 900));
      case 'm': return String(r.int(2, 60));
      case 'p': return String(r.int(5, 98));
      case 'q': return String(r.int(5, 98));
      case 'date': return dateAdd(ctx.today, r.int(-120, 60));
      default: return k;
    }
  });
}

function engagement(r, i, today) {
  const customer = `${CO_A[i % CO_A.length]} ${CO_B[Math.floor(i / CO_A.length) % CO_B.length]}${i >= CO_A.length * CO_B.length ? ` ${Math.floor(i / (CO_A.length * CO_B.length)) + 1}` : ''}`;
  const id = slug(customer);
  const people = [];
  const used = new Set();
  const n = r.int(5, 8);
  while (people.length < n) {
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    if (used.has(name)) continue;
    used.add(name);
    const side = people.length < n - 3 ? 'customer' : 'vendor';
    people.push({ name, side, role: side === 'customer' ? ROLES_C[people.length % ROLES_C.length] : r.pick(ROLES_V) });
  }
  const start = dateAdd(today, -r.int(60, 240));
  return { id, customer, alias: `${r.pick(['European', 'Nordic', 'US', 'APAC', 'Global'])} ${r.pick(CO_B)} Operator ${i + 1}`, people, start, goLive: dateAdd(start, r.int(120, 300)), compliance: r.shuffle(['SOC2', 'GDPR', 'HIPAA', 'PCI-DSS', 'ISO27001']).slice(0, r.int(1, 3)) };
}

function engagementMd(r, e, phases) {
  const L = ['---', `engagement: ${e.id}`, `customer: ${e.customer}`, `customer_alias: ${e.alias}`, `segment: ${r.pick(['smb', 'mid-market', 'enterprise'])}`, `start: ${e.start}`, `target_go_live: ${e.goLive}`, `compliance: [${e.compliance.join(', ')}]`, 'stakeholders:'];
  for (const p of e.people) L.push(`  - name: ${p.name}`, `    role: ${p.role}`, `    side: ${p.side}`, `    email: ${slug(p.name).replace(/-/g, '.')}@${p.side === 'customer' ? e.id : 'vendor'}.example`);
  L.push('health_thresholds:', '  adoption_rate: 70', '  active_users: 300', '  csat: 4.0', '---', '', `# ${e.customer}`, '', '<!-- The engagement record: tick each workflow step as it is done. -->', '');
  for (const ph of phases) {
    L.push(`## ${ph.title}`, '');
    for (const s of ph.steps) L.push(`- [${r.chance(0.5) ? 'x' : ' '}] ${s.title}`);
    L.push('');
  }
  return L.join('\n');
}

function owner(r, e) {
  if (r.chance(0.03)) return `${r.pick(FIRST)} ${r.pick(LAST)}`; // flaw: not a stakeholder
  if (r.chance(0.02)) return ''; // flaw: no owner
  return r.pick(e.people).name;
}
function dueDate(r, today) {
  if (r.chance(0.03)) return r.pick(['TBD', 'ASAP', 'next week']); // flaw: vague
  return dateAdd(today, r.int(-60, 120));
}

function cellFor(r, col, e, today, rowIdx) {
  const c = col.toLowerCase();
  if (/owner|lead|responsible|accountable|presenter|tester|contact/.test(c)) return owner(r, e);
  if (/name/.test(c)) return r.pick(e.people).name;
  if (/role/.test(c)) return r.pick([...ROLES_C, ...ROLES_V]);
  if (/side/.test(c)) return r.pick(['Customer', 'Vendor']);
  if (/due|date|deadline|baseline|forecast|run/.test(c)) return dueDate(r, today);
  if (/status|result|decision/.test(c)) return r.pick(STATUS_ROW);
  if (/likelihood|impact|severity|effort|priority|criticality/.test(c)) return r.pick(LEVEL);
  if (/^id$/.test(c)) return `T-${String(rowIdx + 1).padStart(3, '0')}`;
  if (/method|pattern/.test(c)) return r.pick(METHODS);
  if (/direction/.test(c)) return r.pick(['Inbound', 'Outbound', 'Both']);
  if (/frequency|cadence/.test(c)) return r.pick(FREQ);
  if (/^data$|data exchanged/.test(c)) return r.pick(DATA_KINDS);
  if (/current|before|prior|expected|target|actual|after|measured|threshold|load|passed|failed|quantity|price|usage/.test(c)) return r.chance(0.04) ? 'much better' : `${r.int(1, 999)}${r.pick(['', '%', ' ms', ' users', ' h'])}`;
  if (/change/.test(c)) return `${r.pick(['+', '-'])}${r.int(1, 30)}%`;
  if (/timeframe|term|time/.test(c)) return `${r.int(1, 12)} ${r.pick(['weeks', 'months'])}`;
  if (/metric|criterion|outcome/.test(c)) return r.pick(['Adoption rate (%)', 'Active users', 'CSAT', 'Median resolution time (hours)', 'Orders synced per hour', 'API error rate (%)']);
  if (r.chance(0.02)) return r.pick(PLACEHOLDERS); // flaw: placeholder left in
  return `${cap(r.pick(VERBS))} ${r.pick(OBJECTS)}`;
}

function paragraph(r, ctx, sentences) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(r.chance(0.06) ? r.pick(VAGUE) : fill(r, r.pick(GOOD), ctx));
  return out.join(' ');
}

/** Emits `budget` lines of body for one section, as tables, prose, lists, task lists and code. */
function sectionBody(r, def, ctx, budget) {
  const L = [];
  const { e, today } = ctx;
  let tables = 0;
  if (r.chance(0.5)) L.push(`<!-- ${def.guidance.slice(0, 160)} -->`, '');
  while (L.length < budget) {
    const left = budget - L.length;
    const kind = def.columns && (tables === 0 || r.chance(0.12)) ? 'table' : r.pick(['prose', 'prose', 'list', 'tasks', 'code', 'sub']);
    if (kind === 'table' && def.columns) {
      const cols = def.columns;
      tables++;
      const rows = Math.max(1, Math.min(left - 3, r.int(3, 12)));
      L.push(`| ${cols.join(' | ')} |`, `|${cols.map((c) => '-'.repeat(Math.max(3, c.length + 2))).join('|')}|`);
      for (let i = 0; i < rows; i++) L.push(`| ${cols.map((c) => cellFor(r, c, e, today, i)).join(' | ')} |`);
      L.push('');
    } else if (kind === 'prose') {
      const n = Math.min(left - 1, r.int(1, 3));
      for (let i = 0; i < n; i++) L.push(paragraph(r, ctx, r.int(1, 3)));
      L.push('');
    } else if (kind === 'list') {
      const n = Math.max(1, Math.min(left - 1, r.int(2, 6)));
      const ordered = r.chance(0.3);
      for (let i = 0; i < n; i++) {
        L.push(`${ordered ? `${i + 1}.` : '-'} ${fill(r, r.pick(GOOD), ctx)}`);
        if (r.chance(0.15)) L.push(`  - ${fill(r, r.pick(GOOD), ctx)}`);
      }
      L.push('');
    } else if (kind === 'tasks') {
      const n = Math.max(1, Math.min(left - 1, r.int(2, 6)));
      for (let i = 0; i < n; i++) {
        const o = owner(r, e);
        L.push(`- [${r.chance(0.4) ? 'x' : ' '}] ${r.pick(VERBS)} ${r.pick(OBJECTS)}${o ? ` (Owner: ${o}, due ${dueDate(r, today)})` : ''}`);
      }
      L.push('');
    } else if (kind === 'code' && left >= 5) {
      const lang = r.pick(LANGS);
      const lines = CODE[lang];
      L.push(`\`\`\`${lang}`, ...lines.slice(0, Math.min(lines.length, left - 3)), '```', '');
    } else if (kind === 'sub' && left >= 6) {
      L.push(`### ${cap(r.pick(SYSTEMS))} ${r.pick(['notes', 'details', 'integration', 'checks', 'findings'])}`, '');
      L.push(paragraph(r, ctx, r.int(2, 4)), '');
      if (r.chance(0.3)) L.push(`> "${fill(r, r.pick(GOOD), ctx)}" (${r.pick(e.people).name})`, '');
    } else {
      L.push(paragraph(r, ctx, 2), '');
    }
  }
  return L;
}

function deliverable(r, type, e, ctx, targetLines, fileDate) {
  const today = ctx.today;
  const status = r.pick(['draft', 'draft', 'in-review', 'final']);
  const audience = type.frontMatter.properties.audience?.default ?? r.pick(['internal', 'internal', 'customer']);
  const title = `${type.title}${type.cadence === 'per-period' ? `: ${fileDate.slice(0, 7)}` : ''}`;
  const fm = ['---', `deliverable: ${type.id}`, `title: "${title}"`, `engagement: ${e.id}`, `customer: ${e.customer}`, `author: ${r.pick(e.people.filter((p) => p.side === 'vendor')).name}`, `date: ${r.chance(0.02) ? '2026-13-45' : fileDate}`, `status: ${status}`, `audience: ${audience}`];
  if (type.id === 'architecture-review') fm.push(`session_date: ${dateAdd(fileDate, -r.int(0, 4))}`);
  if (type.id === 'health-report' || type.id === 'feedback-summary') fm.push(`period: ${fileDate.slice(0, 7)}`);
  if (type.id === 'knowledge-base-article') fm.push(`reviewed_by: ${r.pick(e.people).name}`);
  if ((type.id === 'case-study' || type.id === 'feedback-summary') && r.chance(0.6)) fm.push('quote_approval:', `  approved_by: ${r.pick(e.people.filter((p) => p.side === 'customer')).name}`, `  date: ${dateAdd(fileDate, -3)}`);
  fm.push('---', '', `# ${title}`, '');
  const sections = type.sections.filter((s) => (s.required ? !r.chance(0.03) : r.chance(0.6))); // flaw: a required section missing
  const budget = Math.max(0, targetLines - fm.length);
  const per = Math.max(4, Math.floor(budget / Math.max(1, sections.length)) - 2);
  const body = [];
  for (const s of sections) {
    body.push(`## ${s.title}`, '');
    if (r.chance(0.02)) continue; // flaw: empty section
    body.push(...sectionBody(r, s, ctx, per));
  }
  while (fm.length + body.length < targetLines) body.push(paragraph(r, ctx, 2), '');
  return [...fm, ...body].join('\n') + '\n';
}

// ---------------------------------------------------------------- corpora
function writeCorpus(dir, engagements, perType, minLines, maxLines, seed) {
  const { types, phases } = loadCatalog();
  const r = rng(seed);
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < engagements; i++) {
    const e = engagement(r, i, TODAY);
    const ed = join(dir, 'engagements', e.id);
    mkdirSync(ed, { recursive: true });
    const em = engagementMd(r, e, phases);
    writeFileSync(join(ed, 'engagement.md'), em);
    bytes += em.length;
    for (const t of types) {
      for (let k = 0; k < perType; k++) {
        const fileDate = dateAdd(TODAY, -r.int(0, 90));
        const text = deliverable(r, t, e, { e, today: TODAY }, r.int(minLines, maxLines), fileDate);
        const rel = t.fileName.replace('{date}', fileDate).replace('{month}', fileDate.slice(0, 7)).replace('{slug}', `${t.id}-${r.int(100, 999)}`);
        const file = join(ed, k ? rel.replace(/\.md$/, `-${k + 1}.md`) : rel);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        files++;
        bytes += Buffer.byteLength(text);
      }
    }
  }
  return { files, bytes, engagements };
}

function writeBig(dir, lines, seed) {
  const { types, phases } = loadCatalog();
  const r = rng(seed);
  const e = engagement(r, 7, TODAY);
  const ed = join(dir, 'engagements', e.id);
  mkdirSync(ed, { recursive: true });
  writeFileSync(join(ed, 'engagement.md'), engagementMd(r, e, phases));
  const t = types.find((x) => x.id === 'runbook') ?? types[0];
  const text = deliverable(r, t, e, { e, today: TODAY }, lines, dateAdd(TODAY, -5));
  const path = join(ed, 'runbook.md');
  writeFileSync(path, text);
  return { path, lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text) };
}

function fresh(dir, stamp) {
  const p = join(dir, '.stamp');
  return existsSync(p) && readFileSync(p, 'utf8') === stamp;
}

/** Generates what is missing or stale; returns the folders. */
export function generate({ tenK = false, force = false, log = () => {} } = {}) {
  const catalogStamp = readdirSync(join(root, 'src', 'catalog'))
    .filter((n) => existsSync(join(root, 'src', 'catalog', n, 'deliverable.json')))
    .map((n) => `${n}:${statSync(join(root, 'src', 'catalog', n, 'deliverable.json')).size}`)
    .join(',');
  const sets = [
    { name: 'corpus-1k', make: (d) => writeCorpus(d, 50, 1, 150, 300, SEED) },
    { name: 'big', make: (d) => writeBig(d, 20000, SEED + 1) },
    ...(tenK ? [{ name: 'corpus-10k', make: (d) => writeCorpus(d, 500, 1, 150, 300, SEED + 2) }] : []),
  ];
  const out = {};
  for (const s of sets) {
    const dir = join(DATA, s.name);
    const stamp = `v${GENERATOR_VERSION} seed ${SEED} catalog ${catalogStamp}`;
    if (force || !fresh(dir, stamp)) {
      const t0 = performance.now();
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const info = s.make(dir);
      writeFileSync(join(dir, '.stamp'), stamp);
      writeFileSync(join(dir, 'info.json'), JSON.stringify(info));
      log(`generated ${s.name} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    out[s.name] = { dir, ...JSON.parse(readFileSync(join(dir, 'info.json'), 'utf8')) };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const info = generate({ tenK: process.argv.includes('--10k'), force: process.argv.includes('--force'), log: console.log });
  console.log(JSON.stringify(info, null, 2));
}

import type { MdDocument } from '../document';
import { stripMarkup } from '../items';
import { findWord } from '../prose';
import { defineRule } from '../rule';
import { findColumn, sectionItems, textWithCode, type SectionItem } from '../section-items';
import builtIn from './version-missing.words.json';

const TARGETS: Record<string, { section: string; noun: string; whole: string }> = {
  'escalation-report': { section: 'environment-details', noun: 'Environment item', whole: 'Environment details' },
  'implementation-guide': { section: 'prerequisites', noun: 'Prerequisite', whole: 'Prerequisites' },
};

/** Items about access, network, accounts, hosting or settings, which have no version of their own. */
const NOT_COMPONENT = /\b(?:access|network|networking|connectivity|firewall|ports?|dns|proxy|credentials?|secrets?|api keys?|tokens?|keys?|certificates?|accounts?|permissions?|rights|roles?|privileges?|admin|administrator|licen[cs]es?|subscriptions?|tenants?|regions?|deployment|deployed|hosting|hosted|location|configuration|config|settings?|logs?|traces?|tracing|tickets?|contacts?|owners?|users?|teams?|data|dataset|volume|time ?zone|approvals?|budget|domains?|urls?|endpoints?|environment type|instance type|sizing|capacity|cluster size|workaround|repository|repositories|repos?|buckets?|queues?|topics?|namespaces?|projects?|schemas?|tables?|folders?|directory|directories|webhooks?|channels?|workspaces?|groups?|ip|address|hostname|email)\b/i;
/** A hosted service has no version the customer runs. */
const HOSTED = /\b(?:saas|managed service|hosted service|fully managed|cloud service)\b/i;

/** Words that precede a count or a date rather than a version ("on 3 nodes", "since 2019"). */
const NOT_A_NAME = /^(?:in|on|at|since|by|for|from|to|of|with|and|or|the|a|an|about|over|under|than|last|next|every|each|per|up|until|till|before|after|around|approximately|approx|is|are|was|were|has|have|had|step|steps|port|top|only|all|x)$/i;
const UNIT_AFTER = /^\s*(?:%|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|gb|mb|tb|kb|gib|mib|cpus?|vcpus?|cores?|nodes?|users?|instances?|replicas?|pods?|servers?|vms?|x|times|rows|records|requests|rps|tps|am|pm|gbps|mbps)\b/i;
const SEMVER = /\bv\d+(?:\.\d+)*(?:[-+][0-9a-z.-]+)?\b|\b\d+\.\d+(?:\.\d+)*(?:[-+][0-9a-z.-]+)?\b|\b(?:version|release|build|ver\.?|rev\.?|patch|update|api version)\s*[:#]?\s*[\w.-]*\d/i;
const NOT_APPLICABLE = /^(?:n\/a|na|not applicable|saas|managed|managed service|hosted service|cloud service|-|—|–)$/i;
const TEMPLATE = /\{\{[^}]*\}\}|\$\{\d+(?::[^}]*)?\}/;

export default defineRule({
  meta: {
    id: 'version-missing',
    title: 'Give the version of every component in environment details and prerequisites',
    rationale: 'Without exact versions, engineering cannot rule out known fixes or reproduce the environment, and a customer cannot tell whether their setup qualifies.',
    severity: 'warning',
    appliesTo: { types: ['escalation-report', 'implementation-guide'] },
    tags: ['content'],
    fixable: false,
    wordLists: ['component-words'],
    messages: {
      item: '{noun} "{item}" gives no version',
      section: '{whole} give no version numbers',
    },
    example: { bad: '- Database: PostgreSQL on RDS', good: '- Database: PostgreSQL 15.4 on RDS' },
  },
  check(ctx) {
    const target = ctx.type ? TARGETS[ctx.type.id] : undefined;
    const section = target ? ctx.sections.get(target.section) : undefined;
    if (!target || !section) return;
    const doc = ctx.doc;
    const words = ctx.words('component-words', builtIn);
    const items = sectionItems(doc, section, { expandGroups: true });
    const sectionText = versionText(doc, section.line + 1, section.end);
    let flagged = 0;
    for (const item of items) {
      const raw = doc.text.slice(doc.lines.starts[item.line], doc.lines.ends[Math.max(item.line, item.end - 1)]);
      if (TEMPLATE.test(raw)) continue;
      const verdict = judgeItem(doc, item, words);
      if (verdict !== 'missing') continue;
      flagged++;
      ctx.report({ message: ctx.msg('item', { noun: target.noun, item: item.label }), range: item.labelRange });
    }
    if (flagged > 0 || TEMPLATE.test(doc.text.slice(doc.lines.starts[section.line + 1] ?? 0, doc.lines.starts[section.end] ?? doc.text.length))) return;
    // Prose only, or (for an escalation) items that name no version anywhere: the section as a whole.
    const prose = doc.masked.slice(doc.lines.starts[section.line + 1] ?? doc.text.length, section.end >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[section.end]);
    if (!/[\p{L}\p{N}]/u.test(prose) || hasVersion(sectionText)) return;
    const proseOnly = items.length === 0;
    if ((proseOnly && findWord(prose, words)) || (!proseOnly && ctx.type!.id === 'escalation-report')) {
      ctx.report({ message: ctx.msg('section', { whole: target.whole }), range: section.titleRange });
    }
  },
});

type Verdict = 'ok' | 'missing' | 'skip';

function judgeItem(doc: MdDocument, item: SectionItem, words: string[]): Verdict {
  const text = versionText(doc, item.line, item.end);
  if (item.kind === 'row' && item.table && item.row) {
    const vi = findColumn(item.table, (n) => /\bversions?\b/.test(n) || n === 'release' || n === 'build');
    const first = stripMarkup(item.row.cells[0]?.text ?? '');
    if (vi >= 0) {
      const v = stripMarkup(item.row.cells[vi]?.text ?? '');
      if (NOT_APPLICABLE.test(v)) return 'skip';
      if (NOT_COMPONENT.test(leading(first))) return 'skip';
      return hasVersion(versionOnly(v)) ? 'ok' : 'missing';
    }
    if (!isComponent(first, text, words) || HOSTED.test(text)) return 'skip';
    return hasVersion(text) ? 'ok' : 'missing';
  }
  // Tool names are often written as code ("`helm` 3.14"): classify on the first line with code kept.
  const firstLine = textWithCode(doc, item.line, item.line + 1).replace(/`/g, ' ');
  const own = item.listItem ? firstLine.slice(item.listItem.textRange.start.character) : firstLine;
  if (!isComponent(own, own, words) || HOSTED.test(text)) return 'skip';
  return hasVersion(text) ? 'ok' : 'missing';
}

/** A label before a colon decides; without one, the opening words must not be about access or hosting, and a component must be named. */
function isComponent(head: string, text: string, words: string[]): boolean {
  const clean = stripMarkup(head).trim();
  const colon = /^([^:]{1,40}):/.exec(clean);
  const label = colon && colon[1].trim().split(/\s+/).length <= 5 ? colon[1] : undefined;
  if (label) {
    if (NOT_COMPONENT.test(label)) return false;
    if (findWord(label, words)) return true;
    return !!findWord(clean.slice(colon![0].length), words);
  }
  if (NOT_COMPONENT.test(leading(clean))) return false;
  return !!findWord(stripMarkup(text), words);
}

/** The first four words. */
function leading(s: string): string {
  return s.trim().split(/\s+/).slice(0, 4).join(' ');
}

/**
 * The text to look for versions in: prose with code spans kept only when they hold a version
 * ("`20.11.0`"), fenced code, comments, link targets and URLs left out.
 */
function versionText(doc: MdDocument, from: number, to: number): string {
  let t = textWithCode(doc, from, to);
  t = t.replace(/^( *)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, (m) => m.replace(/[^\n]/g, ' '));
  return versionOnly(t);
}

function versionOnly(t: string): string {
  return t.replace(/(`+)([^`\n]*?)\1/g, (m, _f: string, inner: string) => (/^\s*v?\d+(?:\.\d+)+\S*\s*$|^\s*v\d+\s*$/i.test(inner) ? ` ${inner} `.padEnd(m.length) : ' '.repeat(m.length)));
}

function hasVersion(text: string): boolean {
  if (SEMVER.test(text)) return true;
  // A name followed by a number: "PostgreSQL 15", "Node 20", "Windows Server 2022", "iOS 17".
  const re = /([A-Za-z][\w.+#-]*)\s+(\d+)(?![\d.,]*\s*%)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (NOT_A_NAME.test(m[1])) continue;
    if (UNIT_AFTER.test(text.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

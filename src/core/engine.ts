import { catalog, matchSections, type DeliverableType } from './catalog';
import { DEFAULT_MAX_FILE_SIZE, maxSeverity, resolveRule, type Config } from './config';
import { parseDocument, type MdDocument } from './document';
import { Workspace, emptyHost, isEngagementFile, type Engagement } from './engagement';
import { normalize } from './paths';
import { formatMessage, type Audience, type Rule, type RuleContext } from './rule';
import { rules as allRules } from './rules/index.generated';
import { SUPPRESSION_RULE_ID, parseSuppressions } from './suppress';
import type { Finding, Range, Report } from './types';

export interface LintOptions {
  /** Path of the document (used to find its engagement and resolve relative links). */
  path: string;
  config?: Config;
  workspace?: Workspace;
  /** Lint a document with no `deliverable` front matter as this type. */
  asType?: string;
  /** YYYY-MM-DD; defaults to the machine's date. */
  today?: string;
  /** Rules to run; defaults to every registered rule. */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
  doc: MdDocument;
  /** The deliverable type, when the document is a deliverable of a known type. */
  type: DeliverableType | undefined;
  /** 'engagement' for engagement.md, 'deliverable' for a deliverable, 'none' for other Markdown. */
  kind: 'deliverable' | 'engagement' | 'none';
  engagement: Engagement | undefined;
  /** Whether the text was cut at `maxFileSize` before checking. */
  truncated: boolean;
}

export const TOO_LARGE_RULE_ID = 'document-too-large';

const AUDIENCES: readonly Audience[] = ['internal', 'customer', 'public'];
const DELIVERABLE_KEY = /^deliverable[ \t]*:/m;

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Lints one document. Never throws: a rule that fails becomes a finding, not an exception. */
export function lint(text: string, options: LintOptions): LintResult {
  const config = options.config ?? {};
  const limit = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let truncated = false;
  let checked = text;
  if (text.length > limit) {
    // Cut at a line break so no line is checked half-read.
    const cut = text.lastIndexOf('\n', limit);
    checked = text.slice(0, cut > 0 ? cut : limit);
    truncated = true;
  }
  const doc = parseDocument(checked);
  const path = normalize(options.path);
  const workspace = options.workspace ?? new Workspace(emptyHost);
  const fm = doc.frontMatter?.data ?? {};
  const engagementFile = isEngagementFile(path);
  const declared = typeof fm.deliverable === 'string' ? fm.deliverable : undefined;
  const looksLikeDeliverable = declared !== undefined || options.asType !== undefined || (doc.frontMatter !== undefined && DELIVERABLE_KEY.test(doc.text.slice(0, doc.lines.starts[Math.min(doc.lines.lineCount - 1, doc.frontMatter.endLine ?? 40)])));
  const kind: LintResult['kind'] = engagementFile ? 'engagement' : looksLikeDeliverable ? 'deliverable' : 'none';
  const cat = catalog();
  const type = kind === 'deliverable' ? cat.get(declared ?? options.asType ?? '') : undefined;
  const engagement = kind === 'none' ? undefined : engagementFile ? workspace.engagements().find((e) => e.path === path) : workspace.engagementFor(path, fm.engagement);
  const result: LintResult = { findings: [], doc, type, kind, engagement, truncated };
  if (kind === 'none') return result;

  const sections = type ? matchSections(doc, type) : new Map();
  const audience: Audience = AUDIENCES.includes(fm.audience as Audience) ? (fm.audience as Audience) : 'internal';
  const ruleSet = options.rules ?? allRules;
  const known = ruleIds(ruleSet);
  const suppressions = parseSuppressions(doc.comments, known, doc.lines.lineCount);
  const wordCache = wordListsFor(config.words);
  const day = options.today ?? today();
  const findings = result.findings;
  const anchor: Range = doc.frontMatter ? doc.frontMatter.rangeOf(['deliverable']) : doc.lines.trimmedLineRange(0);

  for (const rule of ruleSet) {
    const meta = rule.meta;
    if (kind === 'engagement' && meta.id !== 'front-matter-schema') continue;
    if (kind === 'deliverable' && !type && meta.id !== 'front-matter-schema') continue;
    if (kind === 'deliverable' && type) {
      const t = meta.appliesTo;
      const byType = t.types === 'all' || t.types.includes(type.id);
      const byAudience = t.audiences?.includes(audience) ?? false;
      if (!byType && !byAudience) continue;
    }
    const resolved = resolveRule(meta, config, type?.id);
    if (resolved.severity === 'off') continue;
    const severity = resolved.severity;
    const ctx: RuleContext = {
      doc,
      kind: kind === 'engagement' ? 'engagement' : 'deliverable',
      type,
      path,
      fm,
      audience,
      sections,
      sectionsWhere(flag) {
        const out = [];
        for (const def of type?.sections ?? []) {
          const section = sections.get(def.id);
          if (def[flag] && section) out.push({ def, section });
        }
        return out;
      },
      options: resolved.options,
      engagement,
      workspace,
      today: day,
      words(name, builtIn) {
        const extra = config.words?.[name];
        const allowedWords = config.words?.allowed;
        const hit = wordCache.get(name);
        if (hit && hit.builtIn === builtIn && hit.extra === extra && hit.allowed === allowedWords) return hit.list;
        const allowed = new Set((allowedWords ?? []).map((w) => w.toLowerCase()));
        const list = [...builtIn, ...(extra ?? [])].filter((w) => !allowed.has(w.toLowerCase()));
        wordCache.set(name, { builtIn, extra, allowed: allowedWords, list });
        return list;
      },
      report(r: Report) {
        if (suppressions.isSuppressed(meta.id, r.range.start.line)) return;
        findings.push({
          ruleId: meta.id,
          severity: r.escalate && !resolved.explicit ? maxSeverity(severity, r.escalate) : severity,
          message: r.message,
          range: r.range,
          ...(r.fix && r.fix.length ? { fix: r.fix } : {}),
          ...(r.suggestions && r.suggestions.length ? { suggestions: r.suggestions } : {}),
        });
      },
      msg: (id, data) => formatMessage(meta.messages[id] ?? id, data),
    };
    try {
      rule.check(ctx);
    } catch (e) {
      findings.push({
        ruleId: meta.id,
        severity: 'warning',
        message: `Rule ${meta.id} could not check this document (${e instanceof Error ? e.message : String(e)}); please report it`,
        range: anchor,
      });
    }
  }

  for (const p of suppressions.problems) findings.push({ ruleId: SUPPRESSION_RULE_ID, severity: 'warning', message: p.message, range: p.range });
  if (truncated) {
    // Fixes computed on a cut text would insert at the cut, not where the document ends.
    for (const f of findings) delete f.fix;
    findings.push({
      ruleId: TOO_LARGE_RULE_ID,
      severity: 'warning',
      message: `Document too large to check fully (${text.length.toLocaleString('en-US')} characters); checked the first ${doc.lines.lineCount.toLocaleString('en-US')} lines`,
      range: anchor,
    });
  }
  findings.sort(compareFindings);
  return result;
}

// Performance (see bench/README.md): what depends only on the rule set or the configuration is
// computed once per rule set / configuration object, not once per document.
const ruleIdSets = new WeakMap<readonly Rule[], Set<string>>();

function ruleIds(ruleSet: readonly Rule[]): Set<string> {
  let ids = ruleIdSets.get(ruleSet);
  if (!ids) {
    ids = new Set(ruleSet.map((r) => r.meta.id));
    ruleIdSets.set(ruleSet, ids);
  }
  return ids;
}

type WordList = { builtIn: readonly string[]; extra: string[] | undefined; allowed: string[] | undefined; list: string[] };
/**
 * A rule's word list (its built-in words, plus the config's, less `words.allowed`) is the same
 * array from one document to the next while the configuration's `words` is, so helpers can
 * cache what they derive from it by identity. Keyed by the `words` object (one shared cache
 * when there is none); an entry is rebuilt whenever the built-in list, the config's list or
 * its allowed words are other arrays.
 */
const NO_WORDS: NonNullable<Config['words']> = {};
const wordListCache = new WeakMap<NonNullable<Config['words']>, Map<string, WordList>>();

function wordListsFor(words: Config['words']): Map<string, WordList> {
  const key = words ?? NO_WORDS;
  let m = wordListCache.get(key);
  if (!m) {
    m = new Map();
    wordListCache.set(key, m);
  }
  return m;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

// Node → TreeItem: labels, descriptions, icons, tooltips, checkboxes and click commands.
// Only translation: every fact shown comes from the progress model.
import * as vscode from 'vscode';
import type { Counts, DeliverableState, ItemState } from '../../core/progress';
import { relative } from '../../core/paths';
import type { Node, NodeOf } from './nodes';

/** contextValue of each kind of node (package.json menus match on these). */
export const CONTEXT = {
  engagement: 'engagement',
  phase: 'phase',
  deliverable: 'deliverable',
  missing: 'missingDeliverable',
  manual: 'manualItem',
  derived: 'derivedItem',
  /** A manual item with no task item to tick in its file. */
  untracked: 'untrackedItem',
  recurring: 'recurring',
  outside: 'outside',
  checklist: 'checklist',
  group: 'group',
} as const;

export const PHASE_RULE = vscode.l10n.t('A phase is done/total of its workflow steps ticked in engagement.md plus its expected deliverables (cadence once, living or per-integration) that are final with no errors.');

const plural = (n: number, one: string, many: string) => (n === 1 ? vscode.l10n.t(one, n) : vscode.l10n.t(many, n));

export function countsText(c: Counts): string {
  const parts: string[] = [];
  if (c.error) parts.push(plural(c.error, '{0} error', '{0} errors'));
  if (c.warning) parts.push(plural(c.warning, '{0} warning', '{0} warnings'));
  if (c.info) parts.push(plural(c.info, '{0} info', '{0} infos'));
  return parts.length ? parts.join(', ') : vscode.l10n.t('no problems');
}

const icon = (id: string, color?: string) => new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
const DONE = () => icon('pass-filled', 'testing.iconPassed');
const OPEN = () => icon('circle-large-outline');

function progressIcon(done: number, total: number): vscode.ThemeIcon {
  if (total > 0 && done === total) return DONE();
  return done === 0 ? OPEN() : icon('pie-chart');
}

function stateIcon(s: DeliverableState): vscode.ThemeIcon {
  if (s.done) return DONE();
  if (s.counts.error) return icon('error', 'problemsErrorIcon.foreground');
  if (s.counts.warning) return icon('warning', 'problemsWarningIcon.foreground');
  return icon('issue-draft');
}

function md(lines: string[]): vscode.MarkdownString {
  const m = new vscode.MarkdownString(lines.join('\n\n'));
  m.supportThemeIcons = true;
  return m;
}

const openCommand = (uri: vscode.Uri, line?: number): vscode.Command => ({
  command: 'vscode.open',
  title: vscode.l10n.t('Open'),
  arguments: line === undefined ? [uri] : [uri, { selection: new vscode.Range(line, 0, line, 0), preserveFocus: false }],
});

/**
 * @param uriOf the URI of a core path (workspace folders may be virtual file systems)
 */
export function toTreeItem(n: Node, uriOf: (path: string) => vscode.Uri): vscode.TreeItem {
  const expanded = vscode.TreeItemCollapsibleState.Expanded;
  const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
  switch (n.kind) {
    case 'engagement': {
      const e = n.engagement;
      const t = new vscode.TreeItem(e.customer ?? e.id, n.open ? expanded : collapsed);
      t.description = e.errors ? vscode.l10n.t('{0}/{1} · engagement.md: {2}', e.done, e.total, plural(e.errors, '{0} error', '{0} errors')) : `${e.done}/${e.total}`;
      t.iconPath = e.errors ? icon('briefcase', 'problemsErrorIcon.foreground') : icon('briefcase');
      t.tooltip = md([`**${e.customer ?? e.id}** (\`${e.id}\`)`, vscode.l10n.t('{0} of {1} done across the seven phases.', e.done, e.total), PHASE_RULE]);
      t.contextValue = CONTEXT.engagement;
      return t;
    }
    case 'phase': {
      const p = n.phase;
      const t = new vscode.TreeItem(p.title, n.current ? expanded : collapsed);
      t.description = `${p.done}/${p.total}`;
      t.iconPath = progressIcon(p.done, p.total);
      t.tooltip = md([
        `**${p.title}: ${p.done}/${p.total}**`,
        vscode.l10n.t('{0} of {1} workflow steps ticked; {2} of {3} expected deliverables final with no errors.', p.stepsDone, p.steps.length, p.deliverablesDone, p.deliverables.length),
        PHASE_RULE,
      ]);
      t.contextValue = CONTEXT.phase;
      return t;
    }
    case 'deliverable':
      return deliverableItem(n, uriOf);
    case 'missing': {
      const t = new vscode.TreeItem(n.slot.title, vscode.TreeItemCollapsibleState.None);
      t.description = vscode.l10n.t('missing');
      t.iconPath = icon('circle-large-outline', 'disabledForeground');
      t.tooltip = md([vscode.l10n.t('No {0} in this engagement yet.', n.slot.title), vscode.l10n.t('Create it with the $(add) button.')]);
      t.contextValue = CONTEXT.missing;
      return t;
    }
    case 'item':
      return itemTreeItem(n.item, n.checklist !== undefined, uriOf);
    case 'recurring': {
      const t = new vscode.TreeItem(vscode.l10n.t('Recurring & as-needed'), collapsed);
      t.description = String(n.items.length);
      t.iconPath = icon('history');
      t.tooltip = vscode.l10n.t('Health reports, feedback summaries, escalations, knowledge-base articles and case studies, oldest first.');
      t.contextValue = CONTEXT.recurring;
      return t;
    }
    case 'outside': {
      const t = new vscode.TreeItem(vscode.l10n.t('Outside any engagement'), collapsed);
      t.description = String(n.items.length);
      t.iconPath = icon('question');
      t.tooltip = vscode.l10n.t('Deliverables in no folder with an engagement.md, and whose front matter names no known engagement.');
      t.contextValue = CONTEXT.outside;
      return t;
    }
    case 'checklist': {
      const c = n.checklist;
      const t = new vscode.TreeItem(c.title, c.id === 'workflow-steps' ? collapsed : expanded);
      t.description = `${c.done}/${c.total}`;
      t.iconPath = progressIcon(c.done, c.total);
      t.contextValue = CONTEXT.checklist;
      return t;
    }
    case 'group': {
      const t = new vscode.TreeItem(n.title, collapsed);
      t.description = `${n.done}/${n.total}`;
      t.iconPath = progressIcon(n.done, n.total);
      t.contextValue = CONTEXT.group;
      return t;
    }
  }
}

function deliverableItem(n: NodeOf<'deliverable'>, uriOf: (path: string) => vscode.Uri): vscode.TreeItem {
  const s = n.state;
  const uri = uriOf(s.path);
  const t = new vscode.TreeItem(n.label, vscode.TreeItemCollapsibleState.None);
  const status = s.status ?? vscode.l10n.t('no status');
  t.description = [n.dated ? s.date : undefined, status, countsText(s.counts)].filter(Boolean).join(' · ');
  t.iconPath = stateIcon(s);
  // The file's own decorations (problem colours) come with its URI.
  t.resourceUri = uri;
  t.command = openCommand(uri);
  const where = n.engagement ? relative(n.engagement.dir, s.path) : vscode.workspace.asRelativePath(uri);
  t.tooltip = md([
    `**${s.title}** — ${s.typeTitle}`,
    `\`${where}\``,
    vscode.l10n.t('Status: {0}; {1}.', status, countsText(s.counts)),
    s.done ? vscode.l10n.t('$(pass) Done: final with no errors.') : vscode.l10n.t('Not done yet: {0} (done = final with no errors).', s.evidence),
  ]);
  t.contextValue = CONTEXT.deliverable;
  return t;
}

function itemTreeItem(item: ItemState, inChecklist: boolean, uriOf: (path: string) => vscode.Uri): vscode.TreeItem {
  const t = new vscode.TreeItem(item.title, vscode.TreeItemCollapsibleState.None);
  if (item.kind === 'manual' && item.task) {
    const state = item.task.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
    t.checkboxState = { state, tooltip: vscode.l10n.t('Tick or untick this item in {0}', item.about) };
    t.command = openCommand(uriOf(item.task.path), item.task.line);
    if (inChecklist) t.description = item.about;
    t.tooltip = md([`**${item.title}**`, vscode.l10n.t('Manual, {0} in {1}. Toggling the box edits that task item; undo it with Ctrl+Z in the file.', item.evidence, item.about)]);
    t.contextValue = CONTEXT.manual;
    return t;
  }
  t.iconPath = item.done ? DONE() : item.kind === 'manual' ? icon('warning', 'problemsWarningIcon.foreground') : OPEN();
  t.description = item.kind === 'derived' ? item.evidence : `${item.about}: ${item.evidence}`;
  if (item.source) t.command = openCommand(uriOf(item.source));
  t.tooltip = md([
    `**${item.title}**`,
    item.kind === 'derived'
      ? vscode.l10n.t('Derived from the {0}: {1}.', item.about, item.evidence)
      : vscode.l10n.t('Manual, but {0}: {1}. Add it as a task item (`- [ ] …`) to tick it.', item.about, item.evidence),
  ]);
  t.contextValue = item.kind === 'derived' ? CONTEXT.derived : CONTEXT.untracked;
  return t;
}

// Hover: on a finding, its rule's title, rationale and example; on a section heading, what the
// catalog asks that section to hold.
import * as vscode from 'vscode';
import { rules } from '../core/rules/index.generated';
import { fromPosition, toRange } from './convert';
import { ruleHover, sectionHover, sectionOnLine } from './editing/hover-content';
import type { FindingStore } from './findings';
import { OPEN_RULE_DOCS, ruleDocsLink } from './rule-docs';

const metas = new Map(rules.map((r) => [r.meta.id, r.meta]));

export function registerHover(store: FindingStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'markdown' },
    {
      provideHover(document, position) {
        const entry = store.current(document);
        if (!entry) return undefined;
        const p = fromPosition(position);
        const parts: vscode.MarkdownString[] = [];
        let range: vscode.Range | undefined;
        const seen = new Set<string>();
        for (const f of entry.shown) {
          const r = toRange(f.range);
          if (!r.contains(position) || seen.has(f.ruleId)) continue;
          const meta = metas.get(f.ruleId);
          if (!meta) continue;
          seen.add(f.ruleId);
          parts.push(markdown(ruleHover(meta, ruleDocsLink(f.ruleId)?.toString())));
          range = range ? range.union(r) : r;
        }
        const type = entry.result.type;
        const def = type && sectionOnLine(entry.result.doc, type, p.line);
        if (type && def) parts.push(markdown(sectionHover(def, type)));
        return parts.length ? new vscode.Hover(parts, range) : undefined;
      },
    },
  );
}

function markdown(text: string): vscode.MarkdownString {
  const m = new vscode.MarkdownString(text);
  m.isTrusted = { enabledCommands: [OPEN_RULE_DOCS] };
  return m;
}

// Completion: stakeholder names where an owner goes, deliverable types and enum values in front
// matter. What to offer is decided by ./editing/completions; this only translates.
import * as vscode from 'vscode';
import { catalog } from '../core/catalog';
import { parseDocument } from '../core/document';
import { fromPosition, toCorePath, toRange } from './convert';
import { completionsAt } from './editing/completions';
import type { Linter } from './linter';

const KINDS = { person: vscode.CompletionItemKind.User, value: vscode.CompletionItemKind.EnumMember, type: vscode.CompletionItemKind.Class } as const;

export function registerCompletion(linter: Linter): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: 'markdown' },
    {
      async provideCompletionItems(document, position) {
        // Owners follow a pipe, `Owner:` or `@`; front-matter values a colon: skip parsing elsewhere.
        if (!/[|:=@]/.test(document.lineAt(position.line).text.slice(0, position.character))) return undefined;
        await linter.ready();
        const doc = parseDocument(document.getText());
        const fm = doc.frontMatter?.data ?? {};
        const cat = catalog();
        const engagement = linter.host.workspace().engagementFor(toCorePath(document.uri), fm.engagement);
        const type = typeof fm.deliverable === 'string' ? cat.get(fm.deliverable) : undefined;
        const c = completionsAt(doc, fromPosition(position), { engagement, type, types: cat.types });
        if (!c) return undefined;
        const range = toRange(c.range);
        return c.entries.map((e, i) => {
          const item = new vscode.CompletionItem({ label: e.label, description: e.detail }, KINDS[e.kind]);
          item.range = range;
          item.sortText = String(i).padStart(4, '0');
          if (e.documentation) item.documentation = e.documentation;
          return item;
        });
      },
    },
    '@',
    ':',
    '|',
    ' ',
  );
}

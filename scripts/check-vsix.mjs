#!/usr/bin/env node
// Checks a packaged .vsix the way a user gets it: installs it into a throwaway code-server
// (`code-server --install-extension`), opens a copy of examples/ (a workspace with engagements)
// and lets a small probe extension confirm, from inside VS Code, that the installed extension
// activated by itself, checks a deliverable, and carries the rule pages it opens offline.
// Prints the package's size and file count. Exit 0 when all holds.
//
// Usage: node scripts/check-vsix.mjs [file.vsix]   (default se-deliverables.vsix; run by `npm run package`)
// SE_SKIP_VSIX_CHECK=1 skips it (e.g. on a machine that cannot run the code-server host).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, startCodeServer, workbenchUrl } from '../test/integration/host/server.mjs';
import { codeServerEntry, projectRoot, setupVscodeHost } from './setup-vscode-host.mjs';

const TAG = '[check-vsix]';
const vsix = resolve(process.argv[2] ?? 'se-deliverables.vsix');
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const extensionId = `${pkg.publisher}.${pkg.name}`;

if (process.env.SE_SKIP_VSIX_CHECK === '1') {
  console.log(`${TAG} skipped (SE_SKIP_VSIX_CHECK=1)`);
  process.exit(0);
}
if (!existsSync(vsix)) {
  console.error(`${TAG} no ${vsix}: run \`npm run package\``);
  process.exit(2);
}

/** Runs inside VS Code as the probe's test suite: plain CommonJS, no build step. */
const PROBE = `
const vscode = require('vscode');
const ID = ${JSON.stringify(extensionId)};
const wait = async (what, f, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const v = await f();
    if (v) return v;
  }
  throw new Error('timed out waiting for ' + what);
};
exports.run = async () => {
  const ext = vscode.extensions.getExtension(ID);
  if (!ext) throw new Error(ID + ' is not installed');
  console.log('installed: ' + ID + ' ' + ext.packageJSON.version + ' at ' + ext.extensionUri.path);
  // Not activated by hand: workspaceContains:**/engagement.md must do it.
  await wait('activation by the workspace', () => ext.isActive);
  console.log('activated by the workspace (engagement.md present)');
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const file = vscode.Uri.joinPath(folder, 'engagements', 'check-vsix', 'runbook.md');
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'engagements', 'check-vsix', 'engagement.md'), new TextEncoder().encode('---\\nengagement: check-vsix\\ncustomer: Probe\\nstakeholders: []\\n---\\n'));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('---\\ndeliverable: runbook\\ntitle: Probe\\nauthor: Probe\\ndate: 2026-11-23\\nstatus: draft\\n---\\n\\n# Probe\\n'));
  await vscode.window.showTextDocument(file);
  const diags = await wait('diagnostics on a deliverable', () => {
    const d = vscode.languages.getDiagnostics(file).filter((x) => x.source === 'SE Deliverables');
    return d.length ? d : undefined;
  });
  console.log('diagnostics: ' + diags.length + ' (' + [...new Set(diags.map((d) => d.code.value))].join(', ') + ')');
  for (const rel of ['docs/rules/section-required.md', 'snippets/markdown.json', 'schemas/config.schema.json']) {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, rel));
  }
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes('seDeliverables.newDeliverable')) throw new Error('commands not registered');
  console.log('bundled rule pages, snippets and schemas present; commands registered');

  // The code it loads on first use (dist/chunks/) is in the package and loads: front matter beyond
  // the simple subset and a new deliverable's front matter (yaml.js), a new deliverable's template
  // (templates.js), the workspace's .se-deliverables.yaml (meta-validators.js) and a link
  // reference definition (link-references.js).
  const chunkDir = vscode.Uri.joinPath(ext.extensionUri, 'dist', 'chunks');
  const chunks = (await vscode.workspace.fs.readDirectory(chunkDir)).map(([name]) => name).filter((n) => n.endsWith('.js')).sort();
  if (!chunks.length) throw new Error('no chunks in ' + chunkDir.path);
  const rich = vscode.Uri.joinPath(folder, 'engagements', 'check-vsix', 'runbook-yaml.md');
  await vscode.workspace.fs.writeFile(rich, new TextEncoder().encode('---\\n# a comment: read by the YAML parser\\ndeliverable: runbook\\ntitle: Probe\\nauthor: Probe\\ndate: 2026-11-23\\nstatus: draft\\n---\\n\\n# Probe\\n\\nSee [the guide][g].\\n\\n[g]: https://example.com/a&amp;b\\n'));
  await vscode.window.showTextDocument(rich);
  await wait('diagnostics on front matter beyond the simple subset', () => vscode.languages.getDiagnostics(rich).some((x) => x.source === 'SE Deliverables'));
  const made = await vscode.commands.executeCommand('seDeliverables.newDeliverable', 'risk-register', vscode.Uri.joinPath(folder, 'engagements', 'check-vsix'), { onExists: 'freeName' });
  if (!made) throw new Error('New Deliverable created nothing');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(made));
  if (!/^---\\ndeliverable: risk-register\\n[\\s\\S]*\\n---\\n\\n# [\\s\\S]*## Risks/.test(text)) throw new Error('unexpected new deliverable:\\n' + text);
  const loaded = chunks.filter((n) => Object.keys(require.cache).some((f) => f.endsWith('/dist/chunks/' + n) && f.includes(ext.extensionUri.path)));
  if (loaded.length !== chunks.length) throw new Error('chunks not loaded: ' + chunks.filter((n) => !loaded.includes(n)).join(', '));
  console.log('chunks loaded on first use: ' + loaded.join(', '));
};
`;

async function main() {
  const size = statSync(vsix).size;
  const listing = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
  const files = listing.status === 0 ? listing.stdout.split('\n').filter((f) => f.startsWith('extension/') && !f.endsWith('/')) : [];
  console.log(`${TAG} ${vsix.slice(projectRoot.length + 1) || vsix}: ${(size / 1024).toFixed(0)} KB, ${files.length || '?'} files`);
  const unwanted = files.filter((f) => /^extension\/(src|test|out|examples|node_modules|scripts)\//.test(f));
  if (unwanted.length) {
    console.error(`${TAG} the package holds files the extension does not need (fix .vscodeignore):\n  ${unwanted.slice(0, 20).join('\n  ')}`);
    return 1;
  }

  setupVscodeHost({ quiet: true });
  const work = mkdtempSync(join(tmpdir(), 'se-check-vsix-'));
  const workspace = join(work, 'workspace');
  const probe = join(work, 'probe');
  cpSync(join(projectRoot, 'examples'), workspace, { recursive: true });
  mkdirSync(probe);
  writeFileSync(join(probe, 'package.json'), JSON.stringify({ name: 'se-vsix-probe', publisher: 'probe', version: '0.0.0', engines: { vscode: '*' } }));
  writeFileSync(join(probe, 'index.js'), PROBE);

  let server;
  let browser;
  try {
    server = await startCodeServer();
    const install = spawnSync(process.execPath, [codeServerEntry, '--install-extension', vsix, '--extensions-dir', join(server.dir, 'extensions'), '--user-data-dir', join(server.dir, 'user-data')], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: join(server.dir, 'xdg-config'), XDG_DATA_HOME: join(server.dir, 'xdg-data'), EXTENSIONS_GALLERY: '{}' },
    });
    const said = `${install.stdout}${install.stderr}`.trim();
    if (install.status !== 0 || !/successfully installed/i.test(said)) {
      console.error(`${TAG} code-server --install-extension failed:\n${said}`);
      return 1;
    }
    console.log(`${TAG} ${said.split('\n').filter((l) => /install/i.test(l)).pop()}`);

    browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    let settle;
    const done = new Promise((r) => { settle = r; });
    const timer = setTimeout(() => { console.error(`${TAG} timed out`); settle(124); }, 180_000);
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!/^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching|\[Service Worker\]|ChatSessionStore)/.test(text)) console.log(`${TAG}   ${text.trimEnd()}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    await page.goto(workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath: probe, extensionTestsPath: join(probe, 'index.js') }));
    const code = await done;
    clearTimeout(timer);
    console.log(code === 0 ? `${TAG} OK: the .vsix installs into code-server and activates on a workspace with an engagement` : `${TAG} FAILED (exit ${code})`);
    return code;
  } finally {
    try { await browser?.close(); } catch { /* closed */ }
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((e) => {
  console.error(`${TAG} ${e?.message ?? e}`);
  return 1;
});

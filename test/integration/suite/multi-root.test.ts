import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticsWhere, engagementLabels, exists, open, readFile, rulesOf } from './editor';

// Runs only in the multi-root pass (SE_TEST_MULTIROOT=1): the two example engagements opened as
// the folders "north" and "blue" of one .code-workspace, each folder with its own
// .se-deliverables.yaml (claim-unquantified is a warning in north and off in blue).
const MULTI_ROOT = process.env.SE_TEST_MULTIROOT === '1';

if (MULTI_ROOT) suite('multi-root workspace', () => {
  const folder = (name: string) => {
    const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
    assert.ok(f, `workspace folder ${name}`);
    return f.uri;
  };
  const at = (name: string, rel: string) => vscode.Uri.joinPath(folder(name), ...rel.split('/'));
  const write = async (u: vscode.Uri, text: string) => {
    await vscode.workspace.fs.writeFile(u, new TextEncoder().encode(text));
    return u;
  };
  const caseStudy = (engagement: string, customer: string) =>
    `---\ndeliverable: case-study\ntitle: "Case study"\nengagement: ${engagement}\ncustomer: ${customer}\nauthor: Test Author\ndate: 2026-11-20\nstatus: draft\naudience: internal\n---\n\n# Case study\n\n## Results\n\nDeployments became significantly faster. We followed the rollout we used at Bluefin Health.\n`;

  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('both folders are open and the extension is active', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['north', 'blue']);
    assert.ok(vscode.extensions.getExtension('se-deliverables.se-deliverables')?.isActive);
  });

  test('the engagement tree lists the engagements of both folders', async () => {
    assert.deepEqual(await engagementLabels(2), ['Bluefin Health', 'Northwind Logistics']);
  });

  test('diagnostics appear in each folder, each under its own configuration file', async () => {
    const risk = at('north', 'northwind-logistics/risk-register.md');
    await open(risk);
    await diagnosticsWhere(risk, (ds) => ds.length > 0 && rulesOf(risk).includes('owner-missing'), 'owner-missing on north\'s risk register');

    const north = await write(at('north', 'northwind-logistics/case-study-it.md'), caseStudy('northwind-logistics', 'Northwind Logistics'));
    await open(north);
    await diagnosticsWhere(north, () => rulesOf(north).includes('claim-unquantified'), 'claim-unquantified is a warning in north');
    const vague = vscode.languages.getDiagnostics(north).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'claim-unquantified');
    assert.equal(vague?.severity, vscode.DiagnosticSeverity.Warning);

    const blue = await write(at('blue', 'bluefin-health/case-study-it.md'), caseStudy('bluefin-health', 'Bluefin Health'));
    await open(blue);
    await diagnosticsWhere(blue, () => rulesOf(blue).includes('section-required'), 'the blue case study is checked');
    assert.ok(!rulesOf(blue).includes('claim-unquantified'), 'claim-unquantified is off in blue');
  });

  test('the customer of an engagement in the other folder is another customer', async () => {
    const north = at('north', 'northwind-logistics/case-study-it.md');
    await open(north);
    await diagnosticsWhere(north, () => rulesOf(north).includes('customer-leak'), 'Bluefin Health named in north is a customer-leak');
    const blue = at('blue', 'bluefin-health/case-study-it.md');
    assert.ok(!rulesOf(blue).includes('customer-leak'), 'its own customer is not a leak');
  });

  test('New Deliverable writes into the engagement folder it is given, in either root', async () => {
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('seDeliverables.new.test-plan', at('blue', 'bluefin-health'), { onExists: 'cancel' });
    assert.ok(made, 'nothing created');
    assert.ok(made.path.startsWith(`${at('blue', 'bluefin-health').path}/`), `written outside blue's engagement: ${made.path}`);
    assert.ok(await exists(made));
    assert.match(await readFile(made), /^engagement: bluefin-health$/m);
  });
});

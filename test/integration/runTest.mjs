// `npm run test:integration`: runs the extension's integration suite inside a real VS Code.
// Expects `npm run build` to have produced dist/extension.js and out/integration/suite/index.js.
//
// Where a desktop VS Code is installed (a `code` command on PATH), @vscode/test-electron
// downloads and runs its desktop build as usual. Everywhere else (CI, these machines) it runs
// test/integration/host/launch.mjs as its "VS Code executable": code-server + headless chromium,
// installed on first use by scripts/setup-vscode-host.mjs. SE_TEST_VSCODE=code-server|desktop
// forces one or the other. The tests get a fresh copy of examples/ as their workspace folder.
//
// Environment (see launch.mjs for more): SE_TEST_TIMEOUT_MS, SE_TEST_WORKSPACE_TRUST=1, SE_TEST_MULTIROOT=1,
// SE_TEST_VERBOSE=1, SE_TEST_GREP=<mocha grep>.
import { runTests } from '@vscode/test-electron';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupVscodeHost } from '../../scripts/setup-vscode-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = join(root, 'test', 'integration', 'host', 'launch.mjs');
const extensionTestsPath = join(root, 'out', 'integration', 'suite', 'index');

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch { /* not here */ }
  }
  return false;
}

/** A throwaway copy of the example workspace, so tests never modify the repository. */
function makeWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'se-deliverables-it-'));
  const workspace = join(dir, 'workspace');
  const source = [join(root, 'examples'), join(root, 'test', 'integration', 'fixtures', 'workspace')].find((p) => existsSync(p));
  if (source) cpSync(source, workspace, { recursive: true });
  else mkdirSync(workspace);
  return { dir, workspace, source };
}

/**
 * SE_TEST_MULTIROOT=1: the two example engagements as the two folders of one multi-root
 * workspace (a .code-workspace file), each folder with its own configuration file.
 */
function makeMultiRootWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'se-deliverables-it-'));
  const folders = [['north', 'northwind-logistics'], ['blue', 'bluefin-health']];
  for (const [name, engagement] of folders) {
    cpSync(join(root, 'examples', 'engagements', engagement), join(dir, name, engagement), { recursive: true });
    writeFileSync(join(dir, name, '.se-deliverables.yaml'), `# ${name}: its own configuration\nrules:\n  claim-unquantified: ${name === 'north' ? 'warning' : 'off'}\n`);
  }
  const workspace = join(dir, 'engagements.code-workspace');
  writeFileSync(workspace, JSON.stringify({ folders: folders.map(([name]) => ({ path: name })) }, null, 2));
  return { dir, workspace, source: 'examples/engagements as two folders' };
}

async function main() {
  for (const built of [join(root, 'dist', 'extension.js'), `${extensionTestsPath}.js`]) {
    if (!existsSync(built)) {
      console.error(`[test:integration] ${built} is missing: run \`npm run build\` first`);
      return 2;
    }
  }

  const mode = process.env.SE_TEST_VSCODE ?? (onPath('code') ? 'desktop' : 'code-server');
  let vscodeExecutablePath;
  if (mode === 'code-server') {
    try {
      setupVscodeHost({ quiet: true });
    } catch (err) {
      console.error(`[test:integration] setup failed: ${err?.message ?? err}\n(run \`npm run setup:vscode-host\` to see each step)`);
      return 1;
    }
    // git may not keep the executable bit (core.fileMode=false); test-electron spawns the file directly.
    if (!(statSync(launcher).mode & 0o100)) chmodSync(launcher, 0o755);
    vscodeExecutablePath = launcher;
  } else if (mode !== 'desktop') {
    console.error(`[test:integration] SE_TEST_VSCODE must be code-server or desktop, not ${mode}`);
    return 2;
  }

  const multiRoot = process.env.SE_TEST_MULTIROOT === '1';
  const { dir, workspace, source } = multiRoot ? makeMultiRootWorkspace() : makeWorkspace();
  console.log(`[test:integration] VS Code: ${mode}; workspace: copy of ${multiRoot ? source : source ? source.slice(root.length + 1) : '(empty folder)'}`);
  try {
    return await runTests({
      vscodeExecutablePath, // undefined: test-electron downloads the desktop build
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
    });
  } catch (err) {
    // runTests rejects with a TestRunFailedError carrying the exit code when the suite fails.
    if (typeof err?.code === 'number' && err.code !== 0) return err.code;
    console.error(`[test:integration] ${err?.message ?? err}`);
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// test-electron stops VS Code gracefully on SIGINT only; route SIGTERM/SIGHUP (CI timeouts) through it,
// so the launcher cleans up and the workspace copy is removed.
for (const sig of ['SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (process.listenerCount('SIGINT') > 0) process.emit('SIGINT');
    else process.exit(128 + (sig === 'SIGTERM' ? 15 : 1));
  });
}

process.exitCode = await main();

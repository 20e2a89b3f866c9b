#!/usr/bin/env node
// `npm start`: builds the extension, then opens examples/ in a real VS Code with it loaded.
//   - a desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=. examples`
//   - otherwise VS Code's server (code-server, installed on first use by setup-vscode-host.mjs),
//     printing the local URL to open in a browser; it serves until Ctrl+C.
// SE_DEMO_VSCODE=desktop|code-server picks one. The examples are dated around 2026-11-23; the
// code-server demo pins `seDeliverables.today` to that date, as `npm run demo` pins the CLI's.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { startCodeServer, workbenchUrl } from '../test/integration/host/server.mjs';
import { projectRoot, setupVscodeHost } from './setup-vscode-host.mjs';

const TAG = '[start]';
const EXAMPLES_TODAY = '2026-11-23';
const examples = join(projectRoot, 'examples');

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function build() {
  const r = spawnSync(process.execPath, [join(projectRoot, 'esbuild.mjs'), '--no-tests'], { stdio: 'inherit', cwd: projectRoot });
  if (r.status !== 0) {
    console.error(`${TAG} the build failed`);
    process.exit(r.status ?? 1);
  }
}

async function codeServerDemo() {
  try {
    setupVscodeHost();
  } catch (err) {
    console.error(`${TAG} cannot set up code-server: ${err?.message ?? err}`);
    process.exit(1);
  }
  const server = await startCodeServer();
  // User settings live on the server side: written before the browser connects.
  const user = join(server.dir, 'user-data', 'User');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'settings.json'), JSON.stringify({ 'seDeliverables.today': EXAMPLES_TODAY, 'workbench.startupEditor': 'none' }, null, 2));
  const url = workbenchUrl(server.origin, { folder: examples, extensionDevelopmentPath: projectRoot });
  console.log(`\n${TAG} VS Code (code-server) is serving examples/ with the extension loaded. Open in a browser:\n\n  ${url}\n\n${TAG} Ctrl+C stops it.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${TAG} stopping`);
    await server.stop();
    process.exit(0);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, stop);
  // Keep the process alive while the server runs.
  setInterval(() => {}, 1 << 30);
}

function desktopDemo() {
  console.log(`${TAG} opening examples/ in VS Code with the extension in development mode`);
  const child = spawn('code', [`--extensionDevelopmentPath=${projectRoot}`, examples], { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

build();
const mode = process.env.SE_DEMO_VSCODE ?? (onPath('code') ? 'desktop' : 'code-server');
if (mode === 'desktop') desktopDemo();
else if (mode === 'code-server') await codeServerDemo();
else {
  console.error(`${TAG} SE_DEMO_VSCODE must be desktop or code-server, not ${mode}`);
  process.exit(2);
}

// Starts a real VS Code on this machine without a desktop build: code-server (VS Code's server and
// web workbench, installed by scripts/setup-vscode-host.mjs) on a free loopback port, and Debian's
// chromium driven by playwright-core showing the workbench on a folder. Used by launch.mjs (the
// integration-test launcher) and reusable by screenshot scripts and a demo. See shared/TESTING.md.
//
//   const host = await startVscodeHost({ folder, extensionDevelopmentPath });
//   await host.page.screenshot({ path: 'shot.png' });
//   await host.close();
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, codeServerEntry } from '../../../scripts/setup-vscode-host.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((res) => {
    const req = get(url, (r) => { r.resume(); res(r.statusCode ?? 0); });
    req.on('error', () => res(0));
    req.setTimeout(1000, () => { req.destroy(); res(0); });
  });
}

/**
 * Starts code-server detached (own process group) with throwaway state in a temp dir.
 * @param {object} [o]
 * @param {boolean} [o.workspaceTrust] keep workspace trust on (omit --disable-workspace-trust)
 * @param {Record<string,string>} [o.env] extra environment for the server (and its extension host)
 * @param {(line: string) => void} [o.onOutput] the server's own stdout/stderr, line by line
 * @param {number} [o.startTimeoutMs]
 * @returns {Promise<{ port: number, origin: string, dir: string, pid: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ workspaceTrust = false, env = {}, onOutput, startTimeoutMs = 60_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'se-vscode-host-'));
  for (const sub of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'tmp']) mkdirSync(join(dir, sub));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const args = [
      codeServerEntry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--user-data-dir', join(dir, 'user-data'),
      '--extensions-dir', join(dir, 'extensions'),
      '--config', config,
    ];
    const childEnv = { ...process.env };
    // Variables of an enclosing VS Code / Electron would confuse the server and its extension host.
    for (const k of Object.keys(childEnv)) if (/^(VSCODE_(?!OPTIONS$)|ELECTRON_)/.test(k)) delete childEnv[k];
    Object.assign(childEnv, {
      XDG_CONFIG_HOME: join(dir, 'xdg-config'),
      XDG_DATA_HOME: join(dir, 'xdg-data'),
      TMPDIR: join(dir, 'tmp'),
      EXTENSIONS_GALLERY: '{}',
      ...env,
    });
    const child = spawn(process.execPath, args, { detached: true, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let exited = null;
    const onData = (d) => {
      const text = d.toString();
      output += text;
      if (output.length > 200_000) output = output.slice(-100_000);
      if (onOutput) for (const line of text.split('\n')) if (line.trim()) onOutput(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const exitedPromise = new Promise((r) => child.on('exit', (code, signal) => { exited = code ?? signal; r(); }));
    child.on('error', (e) => { output += `\nspawn error: ${e.message}`; exited = exited ?? 'error'; });

    // Last resort if the caller exits without stop(): the detached group would outlive it.
    const killOnExit = () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (const until = Date.now() + 1000; Date.now() < until; Atomics.wait(pause, 0, 0, 20)) {
        try { process.kill(-child.pid, 0); } catch { break; } // the group is gone
      }
      try { rmSync(dir, { recursive: true, force: true, maxRetries: 5 }); } catch { /* best effort */ }
    };
    process.on('exit', killOnExit);

    const stop = async () => {
      process.off('exit', killOnExit);
      if (exited === null) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        await Promise.race([exitedPromise, sleep(3000)]);
      }
      // Kill the whole group anyway: the extension host and helpers may outlive the server process.
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      for (const until = Date.now() + 2000; Date.now() < until; await sleep(50)) {
        try { process.kill(-child.pid, 0); } catch { break; } // ESRCH: the group is gone
      }
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
      } catch (err) {
        console.error(`[vscode-host] could not remove ${dir}: ${err.message}`);
      }
    };

    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + startTimeoutMs;
    while (exited === null && Date.now() < deadline) {
      if ((await httpStatus(`${origin}/healthz`)) === 200) {
        return { port, origin, dir, pid: child.pid, output: () => output, stop };
      }
      await sleep(100);
    }
    const why = exited === null ? `did not answer /healthz within ${startTimeoutMs} ms` : `exited with ${exited}`;
    lastError = new Error(`code-server ${why}. Its output:\n${output.trim().split('\n').slice(-40).join('\n')}`);
    process.off('exit', killOnExit);
    if (exited === null) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      break;
    }
    if (!/EADDRINUSE/.test(output)) break; // only a lost port race is worth another try
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

/** Launches Debian's chromium through playwright-core (never a downloaded browser). */
export async function launchBrowser({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  // Playwright's own signal handlers would exit the process before the caller stops code-server.
  return chromium.launch({
    executablePath: chromiumPath, headless, args: CHROMIUM_ARGS,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
}

/**
 * The workbench URL for a folder or a .code-workspace file, with test-electron's payload (paths are
 * local absolute paths).
 * @param {string} origin e.g. http://127.0.0.1:1234
 * @param {{ folder?: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} o
 */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = `vscode-remote://${new URL(origin).host}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote + resolve(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote + resolve(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const q = new URLSearchParams();
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  if (folder) q.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', resolve(folder));
  q.set('payload', JSON.stringify(payload));
  return `${origin}/?${q.toString()}`;
}

/**
 * code-server + chromium showing the workbench on `folder`.
 * @param {object} o
 * @param {string} [o.folder] folder to open
 * @param {string} [o.extensionDevelopmentPath] extension to load in development mode
 * @param {string} [o.extensionTestsPath] compiled test index (test mode: the workbench calls codeAutomationExit)
 * @param {boolean} [o.workspaceTrust]
 * @param {boolean} [o.headless]
 * @param {{ width: number, height: number }} [o.viewport]
 * @param {(level: string, args: unknown[]) => void} [o.onLog] the workbench's automation log, console-style arguments
 *   ([format, ...values]); in test mode it carries the extension host's console output
 * @param {(code: number) => void} [o.onExit] test mode: the tests' exit code
 * @param {(line: string) => void} [o.onServerOutput]
 * @param {Record<string,string>} [o.env]
 * @returns {Promise<{ server: Awaited<ReturnType<typeof startCodeServer>>, browser: import('playwright-core').Browser, page: import('playwright-core').Page, url: string, close: () => Promise<void> }>}
 */
export async function startVscodeHost(o = {}) {
  const server = await startCodeServer({ workspaceTrust: o.workspaceTrust, env: o.env, onOutput: o.onServerOutput });
  let browser;
  const close = async () => {
    try { await browser?.close(); } catch { /* already closed */ }
    await server.stop();
  };
  try {
    browser = await launchBrowser({ headless: o.headless ?? true });
    const context = await browser.newContext({ viewport: o.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    // The hooks VS Code's web workbench calls in test mode; they must exist before navigation.
    await page.exposeFunction('codeAutomationLog', (level, args) => o.onLog?.(String(level), Array.isArray(args) ? args : [args]));
    await page.exposeFunction('codeAutomationExit', (code) => o.onExit?.(Number(code)));
    const url = workbenchUrl(server.origin, o);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return { server, browser, page, url, close };
  } catch (err) {
    await close();
    throw err;
  }
}

// Measurement (5), one sample per process: load the extension bundle and run activate() with a
// stub `vscode` module. Prints {"load": ms, "activate": ms, "total": ms, "chunksLoaded": [...]} on
// stdout; chunksLoaded names the files of dist/chunks/ (code loaded on first use) that loading and
// activating required, which should be none.
//   node bench/cold-start.cjs <path of dist/extension.js> <workspace folder>
'use strict';
const Module = require('node:module');
const path = require('node:path');

const bundle = path.resolve(process.argv[2]);
const folder = path.resolve(process.argv[3] || process.cwd());

/**
 * A permissive stand-in for the VS Code API: every property is another stub, every call
 * returns a stub (a disposable, an event, a tree view…), `get(key, default)` returns the
 * default, and the async look-ups resolve to nothing, as in an empty window.
 */
function stub(name) {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_t, p) {
      if (p === 'then') return undefined; // not a promise
      if (p === Symbol.iterator) return function* () {};
      if (p === Symbol.toPrimitive) return () => 0;
      if (p === 'length') return 0;
      if (p === 'dispose') return () => undefined;
      if (p === 'toString') return () => name;
      if (typeof p === 'symbol') return undefined;
      if (!cache.has(p)) cache.set(p, stub(`${name}.${p}`));
      return cache.get(p);
    },
    set(_t, p, v) {
      cache.set(p, v);
      return true;
    },
    apply(_t, _this, args) {
      const last = name.slice(name.lastIndexOf('.') + 1);
      if (last === 'get') return args.length >= 2 ? args[1] : undefined;
      if (last === 'inspect' || last === 'getWorkspaceFolder') return undefined;
      if (/^(findFiles|readDirectory)$/.test(last)) return Promise.resolve([]);
      if (/^(readFile|stat|showQuickPick|showInputBox|showInformationMessage|showWarningMessage|showErrorMessage|executeCommand|openTextDocument|update|setContext)$/.test(last)) return Promise.resolve(undefined);
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

// A plain object with every top-level name of the API (bundlers copy a module's own keys), each a stub.
const vscode = {};
try {
  const dts = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [process.cwd(), __dirname] }), 'utf8');
  for (const m of dts.matchAll(/^[ \t]{1,4}export (?:namespace|class|enum|const|function|let) ([A-Za-z0-9_]+)/gm)) vscode[m[1]] = stub(`vscode.${m[1]}`);
} catch {
  // Without the typings, the names the extension touches resolve through the stubs below only.
}
vscode.version = '1.100.3';
const uri = (p) => ({ scheme: 'file', fsPath: p, path: p, toString: () => `file://${p}`, with: () => uri(p) });
const workspace = stub('vscode.workspace');
workspace.workspaceFolders = [{ uri: uri(folder), name: path.basename(folder), index: 0 }];
workspace.textDocuments = [];
vscode.workspace = workspace;
const win = stub('vscode.window');
win.visibleTextEditors = [];
win.activeTextEditor = undefined;
vscode.window = win;

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode') return 'vscode';
  return resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode, children: [], paths: [] };

const memento = () => {
  const m = new Map();
  return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => void m.set(k, v), keys: () => [...m.keys()], setKeysForSync() {} };
};
const extRoot = path.dirname(path.dirname(bundle));
const context = {
  subscriptions: [],
  extensionPath: extRoot,
  extensionUri: uri(extRoot),
  asAbsolutePath: (p) => path.join(extRoot, p),
  globalState: memento(),
  workspaceState: memento(),
  secrets: { get: async () => undefined, store: async () => undefined, onDidChange: () => ({ dispose() {} }) },
  storageUri: undefined,
  globalStorageUri: uri('/tmp/se-bench-global'),
  logUri: uri('/tmp/se-bench-log'),
  extensionMode: 1,
  environmentVariableCollection: stub('env'),
  extension: { id: 'se-deliverables.se-deliverables', packageJSON: require(path.join(extRoot, 'package.json')) },
};

(async () => {
  const t0 = performance.now();
  const ext = require(bundle);
  const t1 = performance.now();
  let error;
  try {
    await ext.activate(context);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const t2 = performance.now();
  const chunks = path.join(path.dirname(bundle), 'chunks') + path.sep;
  const chunksLoaded = Object.keys(require.cache).filter((f) => f.startsWith(chunks)).map((f) => path.basename(f));
  process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1, total: t2 - t0, subscriptions: context.subscriptions.length, chunksLoaded, error }));
  // Timers an extension starts (debounces, watchers) must not keep the sample alive.
  process.exit(0);
})();

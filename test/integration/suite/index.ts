// The @vscode/test-electron contract: VS Code loads this compiled file (out/integration/suite/index.js,
// named by --extensionTestsPath) in the extension host and awaits run(). It runs mocha over every
// *.test.js bundled beside it. The same file works under desktop VS Code and under code-server.
import type MochaType from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  // mocha >= 12 is an ES module: require() hands back its namespace, whose default is the class.
  const mochaModule = require('mocha') as typeof MochaType & { default?: typeof MochaType };
  const Mocha = mochaModule.default ?? mochaModule;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SE_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(join(__dirname, name));

  return new Promise((resolve, reject) => {
    if (!files.length) {
      reject(new Error(`no *.test.js files in ${__dirname}`));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        // A plain closing line that CI log readers recognise, whichever reporter ran.
        const stats = runner.stats;
        if (stats) console.log(`integration: ${stats.passes} passed, ${stats.failures} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

// Mocha's dot reporter plus one closing line CI recognises: "unit: N passed, N failed".
const Mocha = require('mocha');
const { Dot } = Mocha.reporters;

class Summary extends Dot {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = runner.stats;
      process.stdout.write(`\nunit: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}\n`);
    });
  }
}
module.exports = Summary;

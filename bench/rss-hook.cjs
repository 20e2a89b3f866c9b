// Preloaded into a measured process when /usr/bin/time is missing: writes its peak RSS (KB) on exit.
'use strict';
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  try {
    writeFileSync(process.env.SE_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
  } catch {
    // Nowhere to report to.
  }
});

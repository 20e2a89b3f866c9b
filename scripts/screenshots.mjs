#!/usr/bin/env node
// `npm run screenshots`: drives a real VS Code (code-server + headless chromium, as the integration
// tests do) on a temporary copy of examples/ the way a person would, and saves PNGs into
// media/screenshots/:
//   new-deliverable.png  F1 → "SE: New Deliverable…": the catalog grouped by phase
//   diagnostics.png      a health report with squiggles and the Problems panel open
//   hover.png            the hover on a finding: the rule, why it matters, a bad/good example
// Look at each image before committing it.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVscodeHost } from '../test/integration/host/server.mjs';
import { projectRoot, setupVscodeHost } from './setup-vscode-host.mjs';

const TAG = '[screenshots]';
const out = join(projectRoot, 'media', 'screenshots');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A realistic report with the flaws the screenshots show: a missing section, an owner missing, an owner misspelt. */
const REPORT = `---
deliverable: health-report
title: "Customer Health Report: Northwind Logistics"
engagement: northwind-logistics
customer: Northwind Logistics
author: Elena Marsh
date: 2026-11-20
status: draft
audience: internal
period: 2026-11
---

# Customer Health Report: Northwind Logistics

## Summary

Overall health: amber (prior period: green). Adoption fell from 84% to 78% after the October release moved slot booking into a new screen.

## Health Metrics

| Metric | Current | Prior | Change |
|--------|---------|-------|--------|
| Adoption rate (%) | 78 | 84 | -6 |
| Active users | 412 | 430 | -18 |
| CSAT | 4.1 | 4.3 | -0.2 |

## Risk Signals

- Slot bookings through the API down 40% in 30 days (source: usage dashboard)
- Two dispatch teams back on spreadsheets for bulk imports (source: QBR notes, 2026-11-12)

## Recent Interactions

| Date | Type | Participants | Outcome |
|------|------|--------------|---------|
| 2026-11-12 | Review | Katrin Vogel, Elena Marsh | Agreed a retraining plan for dispatch |

## Action Items

| Action | Owner | Deadline | Expected Outcome | Status |
|--------|-------|----------|------------------|--------|
| Run retraining for the dispatch teams |  | 2026-12-05 | Adoption back above 80% | Open |
| Ship the bulk import timeout fix | Tomas Nowak | 2026-12-10 | Imports of 5,000 rows under 30 s | Open |

## Open Issues and Escalations

| Issue | Status | Next Step | Owner |
|-------|--------|-----------|-------|
| Bulk slot import times out above 5,000 rows | Open | Patch in release 4.2 | Tomasz Nowak |
`;

async function waitFor(what, f, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function main() {
  setupVscodeHost({ quiet: true });
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'se-screenshots-'));
  const folder = join(work, 'examples');
  cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
  mkdirSync(join(folder, 'engagements', 'northwind-logistics', 'health'), { recursive: true });
  writeFileSync(join(folder, 'engagements', 'northwind-logistics', 'health', '2026-11-health-report.md'), REPORT);
  // The examples are written against this date (as `npm run demo`); a calm, readable workbench.
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({
    'seDeliverables.today': '2026-11-23',
    'editor.minimap.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.hover.delay': 200,
    'window.commandCenter': false,
  }, null, 2));

  const host = await startVscodeHost({ folder, extensionDevelopmentPath: projectRoot, viewport: { width: 1440, height: 900 } });
  const { page } = host;
  try {
    await waitFor('the workbench', async () => (await page.locator('.monaco-workbench .part.editor').count()) > 0, 60_000);
    await waitFor('the explorer', async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, 60_000);
    await sleep(2000); // let start-up notifications and the extension host settle
    await page.keyboard.press('Escape');

    // 1. The command palette: SE: New Deliverable… shows the catalog grouped by phase.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('SE: New Deliverable', { delay: 20 });
    await waitFor('the command in the palette', async () => /SE: New Deliverable/.test(await page.locator('.quick-input-list .monaco-list-row').first().innerText()));
    await page.keyboard.press('Enter');
    await waitFor('the type picker', async () => (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).some((t) => /Discovery Summary/.test(t)));
    await sleep(500);
    await page.screenshot({ path: join(out, 'new-deliverable.png') });
    console.log(`${TAG} new-deliverable.png`);
    await page.keyboard.press('Escape');

    // 2. A deliverable with squiggles and the Problems panel.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('northwind-logistics/health/2026-11-health-report.md', { delay: 10 });
    await waitFor('the file in quick open', async () => /2026-11-health-report\.md/.test(await page.locator('.quick-input-list .monaco-list-row').first().innerText()));
    await page.keyboard.press('Enter');
    await waitFor('squiggles', async () => (await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').count()) >= 1, 30_000);
    await page.keyboard.press('Control+Shift+M');
    await waitFor('the Problems panel rows', async () => (await page.locator('.markers-panel .monaco-list-row').count()) >= 3);
    // Scroll so that Risk Signals to the Action Items table sit above the panel.
    const lines = page.locator('.monaco-editor .view-lines').first();
    await lines.click();
    await page.keyboard.press('Control+End');
    await waitFor('the Action Items rows', async () => (await page.locator('.monaco-editor .view-line', { hasText: 'Tomas Nowak' }).count()) > 0);
    await sleep(1000);
    await page.screenshot({ path: join(out, 'diagnostics.png') });
    console.log(`${TAG} diagnostics.png`);

    // 3. Hover on a finding: the owner "Tomas Nowak" who is not a stakeholder.
    const target = await waitFor('the owner-unknown squiggle', () =>
      page.evaluate((name) => {
        for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.textContent.replace(/\u00a0/g, ' ').indexOf(name);
            if (at < 0) continue;
            const r = document.createRange();
            r.setStart(n, at + 2);
            r.setEnd(n, at + 6);
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return undefined;
      }, 'Tomas Nowak'),
    );
    await page.mouse.move(target.x - 40, target.y, { steps: 2 });
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await waitFor('the hover', async () => /Name owners who are stakeholders/.test(await page.locator('.monaco-hover').allInnerTexts().then((t) => t.join('\n'))), 15_000);
    await sleep(600);
    await page.screenshot({ path: join(out, 'hover.png') });
    console.log(`${TAG} hover.png`);
  } catch (e) {
    await page.screenshot({ path: join(work, '..', 'se-screenshots-failure.png') }).catch(() => {});
    console.error(`${TAG} the page at the failure: ${join(work, '..', 'se-screenshots-failure.png')}`);
    throw e;
  } finally {
    await host.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => console.log(`${TAG} saved in ${out.slice(projectRoot.length + 1)}/`),
  (e) => {
    console.error(`${TAG} ${e?.message ?? e}`);
    process.exitCode = 1;
  },
);

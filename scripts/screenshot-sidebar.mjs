#!/usr/bin/env node
// Screenshot of the sidebar on examples/: drives a real VS Code (code-server + headless chromium,
// test/integration/host/server.mjs) as a person would — opens the SE Deliverables container,
// expands Northwind's phases, opens a deliverable so the tree follows it — and saves
// media/screenshots/sidebar.png. Look at the image before committing it.
//
// Usage: node esbuild.mjs --no-tests && node scripts/screenshot-sidebar.mjs
// Import: import { screenshotSidebar } from './screenshot-sidebar.mjs' (resolves with the PNG's path)
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVscodeHost } from '../test/integration/host/server.mjs';
import { projectRoot, setupVscodeHost } from './setup-vscode-host.mjs';

const TAG = '[screenshot-sidebar]';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, f, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

export async function screenshotSidebar({ out = join(projectRoot, 'media', 'screenshots', 'sidebar.png') } = {}) {
  setupVscodeHost({ quiet: true });
  mkdirSync(join(out, '..'), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'se-screenshot-sidebar-'));
  const folder = join(work, 'examples');
  cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({
    'seDeliverables.today': '2026-11-23', // the date the examples are written against (as `npm run demo`)
    'editor.minimap.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'window.commandCenter': false,
    'workbench.tree.indent': 12,
  }, null, 2));

  const host = await startVscodeHost({ folder, extensionDevelopmentPath: projectRoot, viewport: { width: 1440, height: 1000 } });
  const { page } = host;
  const sidebar = page.locator('.part.sidebar');
  const row = (view, text) => sidebar.locator(`.pane:has(.pane-header[aria-label^="${view}"]) .monaco-list-row`, { hasText: text }).first();
  try {
    await waitFor('the workbench', async () => (await page.locator('.monaco-workbench .part.editor').count()) > 0, 60_000);
    await waitFor('the explorer', async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, 60_000);
    await sleep(1500);
    await page.keyboard.press('Escape');

    // The activity-bar item of the container.
    await page.locator('.activitybar .action-item a[aria-label^="SE Deliverables"]').first().click();
    await waitFor('the engagements', async () => (await row('Engagements', 'Northwind Logistics').count()) > 0, 60_000);
    // A wider side bar, so descriptions are not cut.
    const box = await sidebar.boundingBox();
    await page.mouse.move(box.x + box.width + 1, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 520, box.y + 300, { steps: 8 });
    await page.mouse.up();

    // Bluefin folded away; Northwind's design phase opened next to the phase under way (open by default).
    await row('Engagements', 'Bluefin Health').click();
    await waitFor('Northwind phases', async () => (await row('Engagements', 'Solution design').count()) > 0);
    await row('Engagements', 'Solution design').click();
    await waitFor('Solution design deliverables', async () => (await row('Engagements', 'Architecture Review Summary').count()) > 0);
    // More room for Engagements: move the sash above Checklists down.
    const sash = sidebar.locator('.monaco-sash.horizontal:visible').first();
    const s = await sash.boundingBox();
    if (s) {
      await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
      await page.mouse.down();
      await page.mouse.move(s.x + s.width / 2, box.y + box.height * 0.66, { steps: 8 });
      await page.mouse.up();
    }

    // Open a deliverable: the tree reveals it and Checklists shows its engagement.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('northwind-logistics/architecture-review.md', { delay: 10 });
    await waitFor('the file in quick open', async () => /architecture-review\.md/.test(await page.locator('.quick-input-list .monaco-list-row').first().innerText()));
    await page.keyboard.press('Enter');
    await waitFor('Checklists of Northwind', async () => /Northwind/.test(await sidebar.locator('.pane-header[aria-label^="Checklists"]').innerText()));
    await waitFor('the key deliverables', async () => (await row('Checklists', 'Discovery summary').count()) > 0);
    await waitFor('the extensions to settle', async () => !/Activating Extensions/.test(await page.locator('.part.statusbar').innerText()), 15_000).catch(() => {});
    // Hovering a missing deliverable shows its inline "create" action (shot before the tooltip comes up).
    await row('Engagements', 'Test Plan and Results').hover();
    await sleep(250);
    await page.screenshot({ path: out });
    return out;
  } catch (e) {
    const failure = join(tmpdir(), 'se-screenshot-sidebar-failure.png');
    await page.screenshot({ path: failure }).catch(() => {});
    console.error(`${TAG} the page at the failure: ${failure}`);
    throw e;
  } finally {
    await host.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  screenshotSidebar().then(
    (p) => console.log(`${TAG} saved ${p.slice(projectRoot.length + 1)}`),
    (e) => {
      console.error(`${TAG} ${e?.message ?? e}`);
      process.exitCode = 1;
    },
  );
}

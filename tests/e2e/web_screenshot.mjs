// Takes the web app's screenshot for docs and review (tools/screenshots.sh): the Music sample
// table with some items, a few writes still falling into their partitions.
//   node web_screenshot.mjs WEB_DIR OUT.png
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { startServer } = await import(path.join(here, '..', '..', 'tools', 'serve.mjs'));
const [webDir, out] = process.argv.slice(2);
if (!webDir || !out) {
  console.error('usage: node web_screenshot.mjs WEB_DIR OUT.png');
  process.exit(2);
}
const { server, url } = await startServer(webDir, 0);
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddbviz-shot-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic',
           '--no-first-run', '--disable-background-networking', '--disable-component-update',
           '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => window.ddbviz && window.ddbviz.ready === true, null, { timeout: 60_000 });
  await page.evaluate(() => window.ddbviz.loadSample(24));
  await page.waitForTimeout(600);
  // A few live writes, caught mid-air.
  const r = await page.evaluate(() => window.ddbviz.widgetRect('Write 10 random items'));
  if (r) {
    await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
    await page.waitForTimeout(120);
    await page.mouse.down();
    await page.waitForTimeout(120);
    await page.mouse.up();
    await page.mouse.move(5, 790);
    await page.waitForTimeout(180);
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  if (context) await context.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

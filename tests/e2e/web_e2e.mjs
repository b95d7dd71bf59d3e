// Browser end-to-end test (CTest e2e.web): serves the web build on 127.0.0.1, opens it in headless
// Chromium (SwiftShader WebGL 2) through playwright-core, and checks that
//   1. the app starts (window.ddbviz.ready) with no tables and shows the empty state;
//   2. a real mouse click on "Create sample table" creates the Music table;
//   3. typing a key into the item form and clicking "Put item" stores the item;
//   4. the JS hook drives the same engine: CreateTable / PutItem / GetItem, errors as
//      {error: {type, message}} with DynamoDB's exception names;
//   5. the page screenshot is a real picture (not blank).
//   node web_e2e.mjs WEB_DIR OUT_DIR
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, assertNotBlank } from './png_check.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { startServer } = await import(path.join(here, '..', '..', 'tools', 'serve.mjs'));

const [webDir, outDir] = process.argv.slice(2);
if (!webDir || !outDir) {
  console.error('usage: node web_e2e.mjs WEB_DIR OUT_DIR');
  process.exit(2);
}
if (!fs.existsSync(path.join(webDir, 'ddbviz.wasm'))) {
  console.error(`${webDir}/ddbviz.wasm not found: build the wasm tree first`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });

const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

const tableIn = (state, name) => (state.tables || []).find((t) => t.name === name);

const { server, url } = await startServer(webDir, 0);
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddbviz-e2e-'));
let context;
const pageErrors = [];
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') console.log(`[browser] ${m.text()}`); });

  await page.goto(url);
  await page.waitForFunction(() => window.ddbviz && window.ddbviz.ready === true, null,
                             { timeout: 60_000 });
  check(true, 'page loaded and window.ddbviz.ready');

  const hook = (fn, ...args) => page.evaluate(fn, ...args);
  const state = () => hook(() => window.ddbviz.state());
  const request = (op, body) => hook(([o, b]) => window.ddbviz.request(o, b), [op, body]);
  const rectOf = (label) => hook((l) => window.ddbviz.widgetRect(l), label);
  // A real click: move, press, release, with frames in between so the app sees each step.
  async function click(label) {
    const r = await rectOf(label);
    if (!r) throw new Error(`widget "${label}" was not drawn in the last frame`);
    const x = r.x + r.w / 2, y = r.y + r.h / 2;
    await page.mouse.move(x, y);
    await page.waitForTimeout(150);
    await page.mouse.down();
    await page.waitForTimeout(150);
    await page.mouse.up();
    await page.waitForTimeout(250);
  }
  async function waitFor(predicate, what, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const s = await state();
      if (predicate(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s).slice(0, 400)}`);
      await page.waitForTimeout(100);
    }
  }

  // 1. First start: no tables, the empty state offers the sample table.
  let s = await state();
  check(Array.isArray(s.tables) && s.tables.length === 0, 'starts with no tables');
  check((await rectOf('Create sample table')) !== null, 'empty state shows "Create sample table"');

  // 2. Mouse click on the button creates the table (CREATING, then ACTIVE as time plays).
  await click('Create sample table');
  s = await waitFor((st) => tableIn(st, 'Music'), 'the Music table');
  check(['CREATING', 'ACTIVE'].includes(tableIn(s, 'Music').status),
        `clicking "Create sample table" created Music (${tableIn(s, 'Music').status})`);
  await hook(() => window.ddbviz.advance(30_000));
  s = await waitFor((st) => tableIn(st, 'Music')?.status === 'ACTIVE', 'Music ACTIVE');
  check(tableIn(s, 'Music').itemCount === 0, 'Music is ACTIVE and empty');

  // 3. Type a key into the item form and click "Put item".
  await click('Partition key value');
  await page.keyboard.type('Acme Band', { delay: 30 });
  await click('Sort key value');
  await page.keyboard.type('Happy Day', { delay: 30 });
  await page.waitForTimeout(200);
  await click('Put item');
  s = await waitFor((st) => tableIn(st, 'Music')?.itemCount === 1, 'one item in Music');
  const stored = JSON.stringify(tableIn(s, 'Music').items);
  check(stored.includes('Acme Band') && stored.includes('Happy Day'),
        'clicking "Put item" stored {Artist: "Acme Band", SongTitle: "Happy Day"}');
  await click('Write 10 random items');
  s = await waitFor((st) => tableIn(st, 'Music')?.itemCount >= 2, 'random items');
  check(tableIn(s, 'Music').itemCount > 1,
        `"Write 10 random items" wrote items (${tableIn(s, 'Music').itemCount} in Music)`);

  // 4. The hook drives the same engine through DynamoDB JSON.
  const created = await request('CreateTable', {
    TableName: 'Books',
    AttributeDefinitions: [{ AttributeName: 'Isbn', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'Isbn', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  check(created.TableDescription?.TableStatus === 'CREATING', 'CreateTable via hook returns CREATING');
  const again = await request('CreateTable', {
    TableName: 'Books',
    AttributeDefinitions: [{ AttributeName: 'Isbn', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'Isbn', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  check(again.error?.type === 'ResourceInUseException',
        `creating an existing table fails with ResourceInUseException (${again.error?.type})`);
  const invalid = await request('CreateTable', {});
  check(invalid.error?.type === 'ValidationException',
        `an empty CreateTable fails with ValidationException (${invalid.error?.type})`);
  await hook(() => window.ddbviz.advance(30_000));
  s = await waitFor((st) => tableIn(st, 'Books')?.status === 'ACTIVE', 'Books ACTIVE');
  const put = await request('PutItem', {
    TableName: 'Books',
    Item: { Isbn: { S: '978-0000000001' }, Title: { S: 'Partitions' }, Pages: { N: '321' } },
  });
  check(put.error === undefined, 'PutItem via hook succeeds');
  const got = await request('GetItem', { TableName: 'Books', Key: { Isbn: { S: '978-0000000001' } } });
  check(got.Item?.Title?.S === 'Partitions' && got.Item?.Pages?.N === '321',
        'GetItem via hook returns the stored item');
  s = await state();
  check(tableIn(s, 'Books').itemCount === 1, 'state() shows the item in Books');

  // 5. The page renders a real picture.
  await page.waitForTimeout(800);  // let the write animations settle
  const shot = path.join(outDir, 'web_e2e.png');
  await page.screenshot({ path: shot });
  const stats = assertNotBlank(decodePng(fs.readFileSync(shot)), 'web screenshot');
  check(true, `screenshot ${shot} is not blank (stddev ${stats.stddev.toFixed(1)}, ${stats.distinctColors} colors)`);
  check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.join('; ') : ''}`);
  console.log('e2e.web passed');
} finally {
  if (context) await context.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

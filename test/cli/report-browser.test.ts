// The supervisors' HTML report as a browser shows it: `check --report out.html` on the five
// seeds, opened from a file: URL in headless Chromium with networking refused. The summary
// table has a row per draft, the chart has a bar per rule, each draft's findings are listed,
// and the page fetches nothing. A screenshot goes to test-results/screenshots/batch-report.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../core/helpers';
import { real } from '../vscode/real-editor';


let tmp = '';
let browser: Browser | undefined;
let page: Page;
const requests: string[] = [];

before(async () => {
  assert.ok(fs.existsSync(real.paths().chromium), `Chromium is missing at ${real.paths().chromium}: run bash scripts/real-vscode/setup.sh`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-report-'));
  const out = path.join(tmp, 'report.html');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'govreport.js'), 'check', path.join(ROOT, 'test', 'fixtures', 'seeds'), '--report', out], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr); // the seeds have errors
  browser = await real.launchChromium();
  page = await browser.newPage({ viewport: { width: 1240, height: 900 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(out).href);
});

after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the summary table has one row per draft with issuer, kind, year, counts and the verdict', async () => {
  const rows = await page.locator('table.summary tbody tr').allInnerTexts();
  assert.equal(rows.length, 5);
  for (const row of rows) {
    assert.match(row, /\t(政府信息公开年报（(20(19|21) 年格式|2008 年条例)）|法治政府建设年报)\t20\d\d\t\d+\t\d+\t/);
    assert.match(row, /未通过/); // every seed has an error-level finding
  }
  assert.ok(rows.some((r) => r.includes('石壁街道办事处') && r.includes('2020')), rows.join('\n'));
});

test('the chart draws a bar per rule, and the page is laid out (visible, non-zero size)', async () => {
  const chart = page.locator('svg.chart');
  const box = await chart.boundingBox();
  assert.ok(box && box.width > 300 && box.height > 50, `chart box ${JSON.stringify(box)}`);
  const bars = await chart.locator('rect').count();
  assert.ok(bars >= 5, `${bars} bars`);
  const label = (await chart.getAttribute('aria-label')) ?? '';
  assert.match(label, /问题按规则分布/);
});

test('each draft has its findings with line numbers, and nothing was fetched', async () => {
  const tables = page.locator('table.findings');
  assert.equal(await tables.count(), 5);
  const first = await tables.first().locator('tbody tr').first().innerText();
  assert.match(first, /^\s*\d+\s+\d+\s+(错误|警告|信息|提示)/);
  assert.deepEqual(requests, []);
  fs.mkdirSync(path.join(ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', 'batch-report.png'), fullPage: false });
});

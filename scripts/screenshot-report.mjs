// Screenshot of the HTML batch report for the README (images/batch-report.png). Run by hand;
// it needs Debian's Chromium (scripts/real-vscode/setup.sh installs it with fonts-noto-cjk) and
// playwright-core (a devDependency).
//
//   node bin/govreport.js check test/fixtures/seeds --report /tmp/report.html
//   node scripts/screenshot-report.mjs [/tmp/report.html] [images/batch-report.png]
//
// PLAYWRIGHT_CORE overrides the playwright-core folder (default node_modules/playwright-core).
// CHROMIUM overrides the browser (default /usr/bin/chromium). The page is opened from a file:
// URL with networking off; the report loads nothing, so nothing is lost.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? '/tmp/report.html');
const output = resolve(process.argv[3] ?? join(root, 'images', 'batch-report.png'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const pwPath = process.env.PLAYWRIGHT_CORE ?? join(root, 'node_modules', 'playwright-core');

function fail(message) {
  console.error(`screenshot-report: ${message}`);
  process.exit(2);
}

let chromium;
try {
  ({ chromium } = createRequire(import.meta.url)(resolve(pwPath)));
} catch (e) {
  fail(`cannot load playwright-core from ${pwPath}: ${e.message}\n  run npm install (it is a devDependency), or set PLAYWRIGHT_CORE`);
}
if (!existsSync(executablePath)) fail(`no browser at ${executablePath}: bash scripts/real-vscode/setup.sh installs chromium and fonts-noto-cjk, or set CHROMIUM`);
if (!existsSync(input)) fail(`no report at ${input}: node bin/govreport.js check test/fixtures/seeds --report ${input}`);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1240, height: 900 }, deviceScaleFactor: 1 });
  // Belt and braces: the report must not fetch anything; fail loudly if it tries.
  const requests = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // The header, the summary cards, the verdict table and the chart: what the README shows.
  const chart = await page.locator('svg.chart').boundingBox();
  const height = Math.ceil((chart ? chart.y + chart.height : 900) + 28);
  await page.screenshot({ path: output, fullPage: true, clip: { x: 0, y: 0, width: 1240, height } });
  if (requests.length) fail(`the report tried to load: ${requests.join(', ')}`);
  console.log(`wrote ${output} (1240×${height})`);
} finally {
  await browser.close();
}

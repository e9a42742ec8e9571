// What a user sees: the packaged .vsix installed into a real VS Code (code-server 4.139 = VS
// Code 1.139), its workbench driven in headless Chromium. Opens a seed draft from the
// explorer, waits for the error squiggle, reads our entries in the Problems panel, hovers a
// wrong total, applies the quick fix from the light bulb, and saves screenshots to
// test-results/screenshots/. A missing editor fails these tests; it never skips them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, withoutTable3 } from '../core/helpers';
import { CodeServer, real } from './real-editor';


const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const SEED = '003_64090608850f335c.txt';
const SAMPLE = 'sample-2023-report.md';
/** A draft whose table 三 rows are pasted unaligned (formatted by the alignment test). */
const UNALIGNED = 'unaligned-table.md';
const UNALIGNED_TEXT = [
  '# 2023年政府信息公开工作年度报告',
  '',
  '| 项目 | 自然人 | 总计 |',
  '|---|---|---|',
  '| 一、本年新收政府信息公开申请数量 | 40 | 46 |',
  '| 二、上年结转政府信息公开申请数量 | 3 | 3 |',
  '| （一）予以公开 | 24 | 28 |',
  '| 1.属于国家秘密 | 0 | 0 |',
  '| 2.重复申请 | 1 | 1 |',
  '| （七）总计 | 43 | 49 |',
  '',
].join('\n');

/** The sample without its table 三 (heading and a line of prose kept): the 插入表三 CodeLens. */
const MISSING = 'missing-table3.md';

/**
 * Runs in the page: each visible squiggle of the given kind with its box and the text of the
 * editor line drawn above it (characters whose centre lies inside the squiggle). A string, not
 * a function, because this project compiles without the DOM library.
 */
const SQUIGGLES = (kind: 'error' | 'warning') => `(() => {
  const out = [];
  for (const s of document.querySelectorAll('.monaco-editor .squiggly-${kind}')) {
    const r = s.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let text = '';
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const lr = line.getBoundingClientRect();
      if (lr.bottom <= r.top || lr.top >= r.bottom) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement && /inlay|ghost|injected/.test(n.parentElement.className)) continue;
        for (let i = 0; i < n.data.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const cr = range.getBoundingClientRect();
          const cx = cr.left + cr.width / 2;
          if (cr.width > 0 && cx >= r.left && cx <= r.right) text += n.data[i];
        }
      }
    }
    out.push({ x: r.x, y: r.y, w: r.width, h: r.height, text });
  }
  return out;
})()`;

interface Squiggle { x: number; y: number; w: number; h: number; text: string }

/**
 * Whether the editor shows the inlay hint "≠ 应为 24" beside the wrong cell of table 三: VS Code 1.139
 * draws inlay hints as spans of the line styled by dynamic rules (class dyn-rule-…), spaces as U+00A0.
 */
const HINT_SHOWN = `[...document.querySelectorAll('.monaco-editor .view-line span[class*="dyn-rule"]')]
  .some((e) => (e.textContent || '').replace(/\u00a0/g, ' ').includes('≠ 应为 24'))`;

describe('workbench: the .vsix in VS Code (code-server) seen through Chromium', { timeout: 300000 }, () => {
  let tmp = '';
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const started = Date.now();

  async function shot(name: string): Promise<void> {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }

  /** Screenshot on failure, so that a red run shows what the workbench looked like. */
  async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      await shot(`failure-${name}`).catch(() => {});
      throw e;
    }
  }

  before(async () => {
    const missing = real.missing();
    assert.deepEqual(missing, [], `No real VS Code for the workbench tests:\n  - ${missing.join('\n  - ')}`);
    tmp = real.tempDir('govreport-workbench-');
    // Failure shots of an earlier run would look like this run's.
    for (const f of fs.existsSync(SHOTS) ? fs.readdirSync(SHOTS) : []) if (f.startsWith('failure-')) fs.rmSync(path.join(SHOTS, f));
    // The package exactly as users get it.
    const vsix = path.join(tmp, 'govreport.vsix');
    const pack = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'),
      ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'docs/user-readme.md', '--out', vsix],
      { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, `vsce package failed:\n${pack.stdout}${pack.stderr}`);
    const userDataDir = path.join(tmp, 'ud');
    const extensionsDir = path.join(tmp, 'exts');
    real.writeUserSettings(userDataDir, {
      'workbench.colorTheme': 'Default Light Modern',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.stickyScroll.enabled': false,
      'editor.fontSize': 15,
    });
    const install = real.codeServerCli(['--install-extension', vsix], { userDataDir, extensionsDir });
    assert.equal(install.status, 0, `installing the .vsix failed:\n${install.output}`);
    assert.match(install.output, /successfully installed/);
    const list = real.codeServerCli(['--list-extensions', '--show-versions'], { userDataDir, extensionsDir });
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    assert.match(list.output, new RegExp(`govreport\\.govreport@${version.replace(/\./g, '\\.')}`));

    const ws = path.join(tmp, 'ws');
    fs.mkdirSync(ws);
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', SEED), path.join(ws, SEED));
    fs.copyFileSync(path.join(ROOT, 'samples', SAMPLE), path.join(ws, SAMPLE));
    fs.writeFileSync(path.join(ws, UNALIGNED), UNALIGNED_TEXT);
    fs.writeFileSync(path.join(ws, MISSING), withoutTable3(fs.readFileSync(path.join(ROOT, 'samples', SAMPLE), 'utf8')));
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'input', 'sample-2023-report.html'), path.join(ws, 'web-report.html'));

    server = await real.startCodeServer({ userDataDir, extensionsDir, logFile: path.join(tmp, 'code-server.log'), locale: 'zh-cn' });
    browser = await real.launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(`http://${server.host}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    console.log(`# workbench run: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function openFromExplorer(name: string): Promise<void> {
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name });
    await row.first().click();
    await page.locator('.tabs-container .tab').filter({ hasText: name }).first().waitFor({ timeout: 20000 });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20000 });
  }

  async function squiggles(kind: 'error' | 'warning'): Promise<Squiggle[]> {
    return page.evaluate(SQUIGGLES(kind)) as Promise<Squiggle[]>;
  }

  /** Waits for a visible squiggle over `text`; returns it. */
  /** Waits up to `timeoutMs` for `probe` to return a value; on time-out fails with `failure()`. */
  async function poll<T>(timeoutMs: number, probe: () => Promise<T | undefined>, failure: () => string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) assert.fail(failure());
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits for a visible squiggle over `text`; returns it. */
  async function squiggleOver(kind: 'error' | 'warning', text: string): Promise<Squiggle> {
    let all: Squiggle[] = [];
    return poll(60000, async () => {
      all = await squiggles(kind);
      return all.find((s) => s.text === text);
    }, () => `no ${kind} squiggle under "${text}"; squiggles: ${JSON.stringify(all)}`);
  }

  async function fileText(name: string): Promise<string> {
    return fs.readFileSync(path.join(tmp, 'ws', name), 'utf8');
  }

  test('the seed draft opened from the explorer gets error squiggles, under the cells the findings are about', async () => {
    await step('seed-squiggle', async () => {
      await openFromExplorer(SEED);
      // Line 29 of seed 003: the OCR'd "U" cell (table-cell-invalid); line 93: the signing date (date-order).
      await squiggleOver('error', 'U');
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+End'); // the signing block is at the end of the draft
      await squiggleOver('error', '2020年1月20日');
      await page.keyboard.press('Control+Home');
    });
  });

  test('the Problems panel lists our findings in Chinese, with rule ids and positions', async () => {
    await step('problems', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: '疑似识别错误' }).first().waitFor({ timeout: 20000 });
      await rows.filter({ hasText: '落款日期' }).first().waitFor({ timeout: 20000 });
      const texts = await rows.allInnerTexts();
      const cell = texts.find((t) => t.includes('疑似识别错误'));
      assert.ok(cell);
      assert.match(cell, /“服务事项”行“上一年项目数量”栏“U”疑似识别错误，应为“0”/);
      assert.match(cell, /table-cell-invalid/);
      assert.match(cell, /29/);
      const date = texts.find((t) => t.includes('落款日期'));
      assert.match(date ?? '', /date-order/);
      await shot('problems-panel');
    });
  });

  test('hovering the wrong cell explains the sums through it and the rule', async () => {
    await step('hover', async () => {
      await openFromExplorer(SAMPLE);
      // The 自然人 cell of （一）予以公开 in table 三: 25 where 24 makes both its row total (28) and
      // its column's （七）总计 add up.
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('30');
      await page.keyboard.press('Enter');
      const total = await squiggleOver('error', '25');
      const hover = page.locator('.monaco-hover:visible').filter({ hasText: '此格应为 24' }).filter({ hasNotText: 'Loading' });
      // The editor shows a hover once the mouse rests over the word; a single synthetic move is
      // sometimes not taken as resting, so come in again from aside until it shows.
      for (let attempt = 1; ; attempt++) {
        await page.mouse.move(total.x - 40, total.y + total.h / 2);
        await page.mouse.move(total.x + total.w / 2, total.y + total.h / 2, { steps: 5 });
        try {
          await hover.first().waitFor({ timeout: 5000 });
          break;
        } catch (e) {
          if (attempt === 4) throw e;
        }
      }
      const text = await hover.first().innerText();
      assert.match(text, /（一）予以公开/);
      assert.match(text, /25 \+ 3 \+ 0 \+ 0 \+ 1 \+ 0 = 29/);
      assert.match(text, /此格应为 24/);
      assert.match(text, /table-row-total/);
      await shot('hover-wrong-total');
    });
  });

  test('the light bulb\'s quick fix corrects exactly that cell, and the draft saves with only that change', async () => {
    await step('quickfix', async () => {
      await page.keyboard.press('Escape');
      const before = await fileText(SAMPLE);
      const total = await squiggleOver('error', '25');
      // The inlay hint beside the wrong cell is there before the fix (and must go after it).
      await page.waitForFunction(HINT_SHOWN, null, { timeout: 20000 });
      await page.mouse.click(total.x + total.w / 2, total.y + total.h / 2); // the cursor onto the finding
      await page.mouse.move(5, 450); // away, so that the hover does not cover the light bulb
      // The light bulb appears in the gutter for the cursor's line; clicking it lists the fixes.
      // (VS Code 1.139 draws it in the glyph margin: codicon-lightbulb-autofix for a preferred fix.)
      const bulb = page.locator('[class*="lightbulb"]:visible, [class*="lightBulb"]:visible').filter({ hasNot: page.locator('.monaco-list') });
      // Wait for it on the wrong cell's line: a bulb for the previous cursor line may still be showing.
      type Box = { cls: string; x: number; y: number; width: number; height: number };
      let boxes: Box[] = [];
      const onLine = await poll(20000, async () => {
        boxes = (await bulb.evaluateAll((els) => els.map((e) => ({ cls: String(e.className), ...JSON.parse(JSON.stringify(e.getBoundingClientRect())) })))) as Box[];
        const here = boxes.filter((b) => b.width > 0 && b.y < total.y + total.h && b.y + b.height > total.y);
        return here.length > 0 ? here : undefined;
      }, () => `no light bulb on the line of the wrong cell: ${JSON.stringify(boxes)}`);
      await page.mouse.click(onLine[0].x + onLine[0].width / 2, onLine[0].y + onLine[0].height / 2);
      const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: '改为 24' }).first();
      await item.waitFor({ timeout: 20000 });
      await shot('quickfix-menu');
      await item.click();
      await page.keyboard.press('Control+S');
      // Until the save has finished: the file is briefly empty while the editor writes it.
      await poll(20000, async () => { const now = await fileText(SAMPLE); return now !== before && now !== '' ? true : undefined; }, () => 'the draft was not saved with the fix');
      const lines = before.split('\n');
      assert.match(lines[35], /^\| （一）予以公开 \| 25 \|/);
      lines[35] = lines[35].replace(/^\| （一）予以公开 \| 25 \|/, '| （一）予以公开 | 24 |');
      assert.equal(await fileText(SAMPLE), lines.join('\n'), 'the saved draft differs from the original only in that cell');
      // The one-cell error is gone from the Problems panel, and no other table-三 sum fails instead;
      // table 四's own error stays.
      await page.waitForFunction(`![...document.querySelectorAll('.markers-panel .monaco-list-row')]
        .some((r) => (r.textContent || '').includes('应为 24'))`, null, { timeout: 20000 });
      await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'review-total' }).first().waitFor({ timeout: 20000 });
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      assert.ok(!rows.some((r) => /table-row-total|table-subtotal|table-balance/.test(r)), rows.join('\n'));
      // The inlay hint beside the corrected cell (≠ 应为 24) goes too: VS Code pulls the hints of the
      // new version, and the server answers them from that version, not from the one before the fix.
      await page.waitForFunction(`!${HINT_SHOWN}`, null, { timeout: 20000 });
      await shot('after-quickfix');
    });
  });

  test('Format Document lines up the table\'s data rows in VS Code\'s default font', async () => {
    await step('format-align', async () => {
      await openFromExplorer(UNALIGNED);
      await page.locator('.monaco-editor .view-lines').first().click();
      // Format Document from the command palette (its key differs between platforms).
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('Format Document');
      await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: /Format Document|格式化文档/ }).first().waitFor({ timeout: 20000 });
      await page.keyboard.press('Enter');
      await poll(20000, async () => ((await page.locator('.monaco-editor .view-lines').first().innerText()).includes('\u3000') ? true : undefined), () => 'Format Document changed nothing');
      await page.keyboard.press('Control+S');
      await poll(20000, async () => ((await fileText(UNALIGNED)).includes('\u3000') ? true : undefined), () => 'the draft was not formatted and saved');
      // The x position of every pipe of every rendered table line, as the user sees them.
      const pipes = async () => (await page.evaluate(`(() => {
        const rows = [];
        for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
          const text = line.textContent || '';
          if (!text.startsWith('|')) continue;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const xs = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (let i = 0; i < n.data.length; i++) {
              if (n.data[i] !== '|') continue;
              const r = document.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + 1);
              xs.push(Math.round(r.getBoundingClientRect().left));
            }
          }
          rows.push({ y: line.getBoundingClientRect().top, text, xs });
        }
        return rows.sort((a, b) => a.y - b.y);
      })()`)) as { y: number; text: string; xs: number[] }[];
      let rows: { y: number; text: string; xs: number[] }[] = [];
      await poll(20000, async () => {
        rows = await pipes();
        return rows.length === 8 && rows.some((r) => r.text.includes('\u3000')) ? true : undefined;
      }, () => `the formatted table is not rendered: ${JSON.stringify(rows)}`);
      await shot('format-aligned-table');
      // The data rows (below the separator) have their pipes at the same x, to the pixel.
      const data = rows.slice(2);
      for (const r of data) {
        assert.equal(r.xs.length, 4, r.text);
        r.xs.forEach((x, i) => assert.ok(Math.abs(x - data[0].xs[i]) <= 1, `pipe ${i} of "${r.text}" at ${x}, above at ${data[0].xs[i]}`));
      }
      // The header's label cell (no more Chinese characters than the labels below) lines up too.
      assert.ok(Math.abs(rows[0].xs[1] - data[0].xs[1]) <= 1, `header pipe at ${rows[0].xs[1]}, data at ${data[0].xs[1]}`);
    });
  });

  test('the explorer\'s context menu imports a saved web page as a Markdown draft that GovReport checks', async () => {
    await step('import-draft', async () => {
      const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'web-report.html' }).first();
      await row.click({ button: 'right' });
      const item = page.locator('.context-view .action-item, .monaco-menu .action-item').filter({ hasText: '导入 Word/网页/PDF 为草稿' }).first();
      await item.waitFor({ timeout: 20000 });
      await shot('import-context-menu');
      await item.click();
      // An unsaved draft named after the page opens, and its wrong cell is squiggled like the original's.
      await page.locator('.tabs-container .tab').filter({ hasText: 'web-report.md' }).first().waitFor({ timeout: 30000 });
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G'); // to table 三's （一）予以公开 row (line 33 of the draft)
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('33');
      await page.keyboard.press('Enter');
      await squiggleOver('error', '25');
      await shot('import-draft');
      assert.ok(!fs.existsSync(path.join(tmp, 'ws', 'web-report.md')), 'nothing is written until the user saves');
    });
  });

  test('the status bar shows the detected format and year', async () => {
    await step('statusbar', async () => {
      const item = page.locator('.statusbar-item').filter({ hasText: '政务公开年报·2021版 · 2023年度' });
      await item.first().waitFor({ timeout: 20000 });
      await page.keyboard.press('Control+Shift+M'); // close the panel for the overview shot
      await shot('editor-overview');
    });
  });

  test('a part without its table shows 插入表三 above its heading; a click inserts the table', async () => {
    await step('codelens', async () => {
      await openFromExplorer(MISSING);
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type(String(withoutTable3(fs.readFileSync(path.join(ROOT, 'samples', SAMPLE), 'utf8')).split('\n').findIndex((l) => l.includes('三、收到和处理')) + 1));
      await page.keyboard.press('Enter');
      const lens = page.locator('.codelens-decoration').filter({ hasText: '插入表三' }).first();
      await lens.waitFor({ timeout: 30000 });
      await page.locator('.statusbar-item').filter({ hasText: '政务公开年报·2021版 · 2023年度' }).first().waitFor({ timeout: 20000 });
      await shot('codelens-insert-table');
      await lens.locator('a').filter({ hasText: '插入表三' }).first().click();
      // The table's first rows, on screen below the prose (the editor renders only the visible lines).
      await poll(20000, async () => ((await page.locator('.monaco-editor .view-lines').first().innerText()).includes('一、本年新收政府信息公开申请数量') ? true : undefined),
        () => 'the table was not inserted');
      await page.keyboard.press('Escape');
      // Table 三 is read now: its lens goes away.
      await page.locator('.codelens-decoration').filter({ hasText: '插入表三' }).first().waitFor({ state: 'detached', timeout: 20000 });
      await shot('codelens-table-inserted');
    });
  });
});

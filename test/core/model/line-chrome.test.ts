// model/line-chrome.ts keeps each line's chrome reading beside a line map: the same answer as
// classifyChrome of the line trimmed, in a fresh object each call, asked once per line. artifact-web
// reads it over the read lines in place of its own trimmed slices: exact because the reading keeps
// every white-space unit where it is (tested here on every white-space character and the dictionaries).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap } from '../../../server/src/core/text/line-map';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { lineChrome } from '../../../server/src/core/model/line-chrome';
import { readSimplified } from '../../../server/src/core/text/normalize';
import { parseDocument } from '../../../server/src/core/parse/document';
import { TrimmedLines } from '../../../server/src/core/model/artifacts-lines';
import type { Analysis } from '../../../server/src/core/engine/lint';

const PAGE = [
  '  您当前所在的位置：首页 > 政务公开 > 年度报告  ',
  '',
  '某县人民政府2023年政府信息公开工作年度报告',
  '\u3000\u3000本年度共收到政府信息公开申请12件，均已按时答复。',
  '粤ICP备05083207号-1\t',
].join('\n');

test('a line map\'s chrome readings are classifyChrome of each line trimmed, in fresh objects', () => {
  const lines = new LineMap(PAGE);
  for (let l = 0; l < lines.lineCount; l++) {
    const want = classifyChrome(lines.lineText(l).trim());
    assert.deepEqual(lineChrome(lines, l), want, `line ${l}`);
    const again = lineChrome(lines, l);
    assert.deepEqual(again, want, `line ${l} asked again`);
    if (again) {
      (again as { zh: string }).zh = 'changed';
      assert.notEqual(lineChrome(lines, l)?.zh, 'changed', 'a caller\'s change stays its own');
    }
  }
  assert.ok(lineChrome(lines, 0) && lineChrome(lines, 4), 'the breadcrumb and the filing line are chrome');
  assert.equal(lineChrome(lines, 3), null);
  // (A line outside the map: answered, not kept.)
  assert.deepEqual(lineChrome(lines, 99), classifyChrome(lines.lineText(99).trim()));
});

test('the reading (Traditional to Simplified, Taiwan words) keeps every white-space unit where it is', () => {
  const spaces: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
  const trad = '乾淨的環境資訊網路列印衞生健康委員會發佈';
  for (const sp of spaces) {
    const s = `${sp}${trad}${sp}${[...trad].join(sp)}${sp}`;
    const r = readSimplified(s);
    assert.equal(r.length, s.length);
    for (let i = 0; i < s.length; i++) assert.equal(/\s/.test(r[i]), /\s/.test(s[i]), `U+${sp.charCodeAt(0).toString(16)} at ${i}`);
  }
  // No dictionary entry's key or value holds a white-space character (the entry is 'key value').
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenCC = require('opencc-js/t2cn');
  const c = OpenCC.Locale.configs.hk2s;
  const all = [...c.normalizationChain.flat(), ...c.segmentation, ...c.conversionChain.flat(),
    ...OpenCC.Locale.from.hk.flat(), ...OpenCC.Locale.from.tw.flat(), ...OpenCC.Locale.to.cn.flat()] as string[];
  for (const data of all) {
    for (const entry of data.split('|')) assert.ok(entry.split(' ').length === 2 && !entry.split(' ').some((x) => /\s/.test(x)), entry);
  }
});

/** Every .md/.txt under the real-page fixtures. */
function pages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) pages(p, out);
    else if (/\.(md|txt)$/i.test(name)) out.push(p);
  }
  return out;
}

test('over the real-page fixtures, a read line trimmed is the work line\'s trimmed span read (artifact-web\'s premise)', () => {
  let checked = 0;
  for (const p of pages(join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'real-pages'))) {
    const doc = parseDocument(readFileSync(p, 'utf8'));
    const reads = TrimmedLines.of({ doc } as Analysis).over(doc.read);
    for (let l = 0; l < doc.lines.lineCount; l++) {
      assert.equal(doc.readLines.lineText(l).trim(), reads.text(l), `${p}:${l + 1}`);
      checked++;
    }
  }
  assert.ok(checked > 10000, `${checked} lines`);
});

// Taiwan words of a page converted for Taiwan readers (OpenCC's cn→twp, wiki mirrors): 釋出 for 发布, 規範性檔案 for
// 规范性文件, 檔案下載 for 文件下载, read as the mainland words where written in Traditional script (as 資訊 for 信息).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../../server/src/core/text/normalize';
import { mainlandTerms } from '../../../server/src/core/text/taiwan-words';
import { detect } from '../helpers';
import { findings } from '../rules/build';
import { bestRatio } from '../growth';

test('釋出, 規範性檔案 and 檔案下載 read as the mainland words; offsets hold; Simplified text untouched', () => {
  assert.equal(normalize('釋出機構'), normalize('发布机构'));
  assert.equal(normalize('規範性檔案'), normalize('规范性文件'));
  assert.equal(normalize('檔案下載'), normalize('文件下载'));
  assert.equal(mainlandTerms('政府資訊與釋出日期', '政府资讯与释出日期'), '政府信息与发布日期');
  // 檔案 alone is also the mainland's 档案 (archives); 释出 and 资讯 written in Simplified are those words.
  assert.equal(normalize('檔案管理'), '档案管理');
  assert.equal(normalize('释出善意'), '释出善意');
});

test('a 2008-regulation report on a Taiwan-phrased mirror: its page header is chrome, the report is read (was "not a report")', () => {
  const text = ['索 引 號:005267169/2016-00001 | 主題分類:綜合政務/公報公示/政府資訊公開年報 | |', '釋出機構:某某區審計局 | 關 鍵 詞:政務,公報公示 | |',
    '文 號 | 成文日期:2016-03-31 | 釋出日期:2016-04-08 |', '體 裁 | 生效日期 | 廢止日期 |',
    '本年度報告是根據《中華人民共和國政府資訊公開條例》和某某區政府資訊公開工作要求,由某某區審計局編制。',
    '一、主動公開政府資訊情況', '2015年度,本局共主動公開各類政府資訊28條。', '二、依申請公開政府資訊和不予公開政府資訊情況',
    '2015年度,本局未收到依申請公開資訊的諮詢。', '三、政府資訊公開的收費及減免情況', '2015年度,本局無政府資訊公開的收費和減免事項。',
    '四、申請行政複議、提起行政訴訟情況', '2015年度,本局未發生有關政府資訊公開事務的行政複議和行政訴訟。'].join('\n');
  const d = detect(text);
  assert.equal(d.kind, 'gov-info-2008');
  assert.equal(d.year, 2015);
  const web = findings(text, 'artifact-web').map((f) => text.slice(f.start, f.end).slice(0, 4));
  assert.deepEqual(web, ['索 引 ', '釋出機構', '文 號 ', '體 裁 ']);
});

test('the page toolbar, the 2008 statistics table and 表二 in Taiwan words read as the mainland\'s', () => {
  assert.equal(normalize('【列印本頁】【字型:大 中 小】點選次數:12 搜尋 關閉視窗'), normalize('【打印本頁】【字体:大 中 小】点击次数:12 搜索 关闭窗口'));
  assert.equal(normalize('上一年專案數量'), normalize('上一年项目数量'));
  assert.equal(normalize('其他主動公開檔案'), normalize('其他主动公开文件'));
  assert.equal(normalize('(本列資料的勾稽關係為:第一項加第二項之和)'), normalize('(本列数据的勾稽关系为:第一项加第二项之和)'));
  // A Simplified draft writing 列印 or 登入 (no Traditional character at all) is read as written; 專案 alone stays.
  assert.equal(normalize('登入系统'), '登入系统');
  assert.equal(normalize('專案組'), '专案组');
});

test('a 2008 report\'s statistics table in Taiwan words is read (text-table-mismatch found as in the mainland copy)', () => {
  const text = ['某某區2012年政府資訊公開工作年度報告', '一、概述', '2012年主動公開政府資訊1913條。', '二、主動公開政府資訊情況', '本年度主動公開政府資訊1913條。',
    '三、依申請公開政府資訊情況', '本年度未收到申請。', '四、政府資訊公開的收費及減免情況', '無。', '五、因政府資訊公開申請提起行政複議、行政訴訟的情況', '無。',
    '六、存在的主要問題及改進措施', '加強培訓。',
    '統計表 指標名稱 計量單位 2012年度 歷年累計 主動公開資訊數 條 739 4359 其中：1、網站公開 條 739 4359 2、政府公報公開 條 0 0 受理依申請公開資訊總數 條 0 0'].join('\n');
  assert.ok(findings(text, 'text-table-mismatch').some((f) => /1913/.test(f.message)));
});

test('growth: a Traditional text of many Taiwan words, 8× longer, takes at most 3× linear time (a ratio, no absolute time)', () => {
  const text = (n: number) => '本年度釋出政府資訊，公開檔案與規範性檔案下載。\n'.repeat(n);
  const pair = (t: string) => [t, t.replace(/資/g, '资').replace(/釋/g, '释')] as const;
  const small = pair(text(4000));
  const large = pair(text(32000));
  const out = mainlandTerms(...large);
  // (The second text stands for the converter's output: only its 資 and 釋 changed.)
  assert.equal(out.slice(0, 24), '本年度发布政府信息，公开文件與规范性文件下載。\n');
  assert.equal(out.length, large[0].length);
  const { ratio } = bestRatio(small, large, (p) => mainlandTerms(...p), { limit: 24, floorMs: 2, rounds: 3 });
  assert.ok(ratio < 24, `×${ratio.toFixed(1)} for 8× the text`);
});

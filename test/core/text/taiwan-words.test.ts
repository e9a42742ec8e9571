// Taiwan words of a page converted for Taiwan readers (OpenCC's cn→twp, wiki mirrors): 釋出 for 发布, 規範性檔案 for
// 规范性文件, 檔案下載 for 文件下载, read as the mainland words where written in Traditional script (as 資訊 for 信息).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainlandTerms, normalize } from '../../../server/src/core/text/normalize';
import { detect } from '../helpers';
import { findings } from '../rules/build';

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

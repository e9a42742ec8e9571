// isMetadataLine (parse/title-chrome.ts) tries its pattern of page labels (META) only where
// mayOpenMetaLabel lets it: a line mayOpenMetaLabel turns down never matches META.
// Checked on lines written for this test (every label's lead: bullets, brackets, pipes; the labels
// of the pattern's own) and on every line of the real-page fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMetadataLine, mayOpenMetaLabel, META } from '../../../server/src/core/parse/title-chrome';
import { forEachPageLine } from '../real-pages-variants';

const LINES = [
  '索引号：11440000/2024-00123', '索 引 号：113308', '[ 发布日期 ] 2024-01-20', '【发布机构】某某市人民政府办公室', '- [ 有效性 ] 有效',
  '• 主题分类：其他', '| 索引号 | 113308 |', '│发文字号│无', '作 者：某某', '责任编辑：某某', '栏目：政府信息公开年报', '所属栏目：年报',
  '原文链接：http://example.gov.cn', '名称：某某市2023年政府信息公开工作年度报告', '备注／文号：无', '\u3000\u3000公开方式：主动公开',
  '本报告由某某局编制。', '2023年，我局坚持……', '', '   ', '——', '一、总体情况', '（一）主动公开', '[链接](http://x)',
];

test('a line mayOpenMetaLabel turns down is no metadata line', () => {
  let declined = 0;
  const check = (line: string, where: string) => {
    if (mayOpenMetaLabel(line)) return;
    declined++;
    assert.equal(META.test(line), false, `${where}: ${line}`);
  };
  for (const l of LINES) check(l, 'written');
  // The written lines hold metadata lines of every lead, and lines turned down.
  assert.ok(LINES.filter((l) => isMetadataLine(l)).length >= 15);
  assert.ok(declined >= 6);
  const lines = forEachPageLine(check);
  assert.ok(lines > 10000 && declined > lines / 4);
});

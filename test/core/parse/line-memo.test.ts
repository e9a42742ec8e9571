// The per-line answers the title, year and detection readers share (parse/title-chrome.ts
// docSiteNoticeAt, metadataLineAt) are those of the line tests themselves, line by line and
// whatever order the lines are asked in; a new text (a new line map) is asked afresh.
// And the code-unit paths of text-damaged (GBK mojibake) and text-doubled find what the
// per-character reading found. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { docSiteNoticeAt, isDocSiteNotice, isMetadataLine, isNavChrome, metadataLineAt, navChromeAt } from '../../../server/src/core/parse/title-chrome';
import { pageChromeAt } from '../../../server/src/core/parse/page-chrome';
import { LINE_FLAG } from '../../../server/src/core/parse/line-flags';

const LINES = [
  '温馨提示：',
  '1. 本文档由用户上传，如有侵权请联系网站客服删除',
  '- 4、该文档为VIP文档，下载权益请见会员说明',
  '索引号：11440000/2024-00123',
  '发布机构：某某市人民政府办公室',
  '[ 发布日期 ] 2024-01-20',
  '名 称：某某市2023年政府信息公开工作年度报告',
  '标題 | 某某市2023年政府信息公開工作年度報告',
  '网站客服：400-123-4567',
  '查看更多',
  'PAGE \\* MERGEFORMAT1',
  '',
  '某某市2023年政府信息公开工作年度报告',
  '本报告根据《中华人民共和国政府信息公开条例》编制。',
  '1. 主动公开政府信息1200条，其中政府文件46件。',
];

test('docSiteNoticeAt and metadataLineAt answer as the line tests do, in any order', () => {
  const lines = new LineMap(LINES.join('\n'));
  const order = [...LINES.keys()].reverse().concat([...LINES.keys()]);
  for (const i of order) {
    assert.equal(docSiteNoticeAt(lines, i), isDocSiteNotice(LINES[i]), `notice, line ${i}: ${LINES[i]}`);
    assert.equal(metadataLineAt(lines, i), isMetadataLine(LINES[i]), `metadata, line ${i}: ${LINES[i]}`);
  }
  // The sample holds both answers of both tests (otherwise the comparison proves little).
  assert.ok(LINES.some((l) => isDocSiteNotice(l)) && LINES.some((l) => !isDocSiteNotice(l)));
  assert.ok(LINES.some((l) => isMetadataLine(l)) && LINES.some((l) => !isMetadataLine(l)));
});

test('navChromeAt answers as isNavChrome, and pageChromeAt the same whatever order the lines are asked in', () => {
  const text = ['首页 > 政务公开 > 年度报告', '打印本页 关闭窗口', ...LINES].join('\n');
  const asked = new LineMap(text);
  const n = asked.lineCount;
  const order = [...Array(n).keys()].reverse().concat([...Array(n).keys()]);
  for (const i of order) {
    assert.equal(navChromeAt(asked, i), isNavChrome(asked.lineText(i)), `nav, line ${i}`);
    // Asked first on a fresh map of the same text: the answer kept must be the one computed.
    assert.equal(pageChromeAt(asked, i), pageChromeAt(new LineMap(text), i), `page chrome, line ${i}`);
  }
  assert.ok([...Array(n).keys()].some((i) => pageChromeAt(asked, i)) && [...Array(n).keys()].some((i) => !pageChromeAt(asked, i)));
});

test('a line map keeps one byte a line per question, and one text per line', () => {
  const lines = new LineMap('一\r\n二\n\n三');
  const nav = lines.lineFlags(LINE_FLAG.navChrome);
  assert.equal(nav.length, lines.lineCount);
  assert.ok(nav.every((v) => v === 0));
  assert.equal(lines.lineFlags(LINE_FLAG.navChrome), nav);
  assert.notEqual(lines.lineFlags(LINE_FLAG.metadata), nav);
  navChromeAt(lines, 1);
  assert.deepEqual([...nav], [0, 1, 0, 0]);
  assert.deepEqual([0, 1, 2, 3, 0].map((l) => lines.lineText(l)), ['一', '二', '', '三', '一']);
  // A line outside the map is answered as its (odd) text reads, and kept nowhere.
  assert.equal(navChromeAt(lines, 7), isNavChrome(lines.lineText(7)));
  assert.equal(nav.length, lines.lineCount);
});

test('a new text is answered afresh, not from the memo of another one', () => {
  const a = new LineMap('温馨提示：\n正文');
  const b = new LineMap('正文\n温馨提示：');
  assert.equal(docSiteNoticeAt(a, 0), true);
  assert.equal(docSiteNoticeAt(a, 1), false);
  assert.equal(docSiteNoticeAt(b, 0), false);
  assert.equal(docSiteNoticeAt(b, 1), true);
});

test('text-damaged: GBK mojibake found by code unit, over the span of its characters', () => {
  const line = '前言鏀垮簻淇℃伅鍏紑宸ヤ綔';
  const f = lint(`# 某某局2023年政府信息公开工作年度报告\n\n${line}\n`).findings.filter((x) => x.rule === 'text-damaged');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /GBK/);
  const text = `# 某某局2023年政府信息公开工作年度报告\n\n${line}\n`;
  assert.equal(text.slice(f[0].start, f[0].start + 1), '鏀');
});

test('text-doubled: a doubled word mid-line and at a line start, at its exact offsets', () => {
  const text = '# 某某局2023年政府信息公开工作年度报告\n\n规范政府信息信息公开工作流程。\n资金资金分配管理。\n研究研究再定。\n';
  const f = lint(text).findings.filter((x) => x.rule === 'text-doubled');
  assert.deepEqual(f.map((x) => text.slice(x.start, x.end)), ['信息信息', '资金资金']);
});

// A statutory heading that lost its numeral (总体情况 alone on its line, the 一、 dropped by the
// page; issue #12, hL): the part is there, so section-missing does not report it. A label that
// ends in a colon (政府信息主动公开情况：) introduces a paragraph and does not stand for a part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const OPEN = '根据《中华人民共和国政府信息公开条例》规定,现将某某县医疗保障局2024年政府信息公开工作年度报告予以公开发布。本报告所列数据的统计时间自2024年1月1日到2024年12月31日。';
const missing = (text: string) => lint(text).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);

test('a bare 总体情况 line stands for part 一', () => {
  const text = [OPEN, '总体情况', '(一)主动公开政府信息情况。累计公布各类信息167条。', '二、主动公开政府信息情况', '本年无规章。'].join('\n');
  const ms = missing(text);
  assert.ok(ms.length > 0, 'the later parts are still missing');
  assert.ok(ms.every((m) => !m.includes('第一部分')), JSON.stringify(ms));
});

test('a label with a colon does not stand for a part', () => {
  const text = [OPEN, '一、总体情况', '2024年,我局扎实推进政务公开。', '政府信息主动公开情况:', '全年公开信息188条。'].join('\n');
  assert.ok(missing(text).some((m) => m.includes('第二部分')));
});

// PDF text broken at the page width (lines of 32 characters, no blank lines): the opening sentence that names the
// report breaks inside its verb (…有关要求,现 / 将我局2020年度……报告如下。) and the statistics period inside
// its year (统计期限为202 / 4年1月1日至2024年12月31日). The title and the year are read over the break; the title's
// range stays on one line. Texts of our own (layouts of mB/29 and mA/14 re-laid by
// scripts/layout-variants.mjs --modes wrapprose).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const wrap = (s: string, n = 32) => s.match(new RegExp(`.{1,${n}}`, 'gu'))!;

test('a report named in an opening sentence broken at the page width is titled by it', () => {
  const opening = '根据市政务服务和大数据管理局转发的《湖北省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知》有关要求,现将我局2020年度政府信息公开情况报告如下。';
  const a = analyze([...wrap(opening), '一、总体情况', '2020年,我局主动公开政府信息120条。'].join('\n'));
  assert.equal(a.doc.title?.norm, '2020年度政府信息公开情况报告');
  assert.equal(a.doc.title?.line, a.doc.title?.endLine);
  assert.equal(a.doc.year, 2020);
});

test('a name broken over two lines is no title (a title never spans a line break)', () => {
  const a = analyze(['根据《中华人民共和国政府信息公开条例》要求,现将我局2020年度政府信', '息公开情况报告如下。', '一、总体情况'].join('\n'));
  assert.notEqual(a.doc.title?.source, 'sentence');
});

test('a statistics period whose year is broken over two lines gives the report year', () => {
  const lines = ['本年报根据《中华人民共和国政府信息公开条例》(下称《条例》)要求', '编制,由总体情况、主动公开政府信息情况、收到和处理政府信息公开申',
    '请情况组成。本报告所列数据的统计期限为202', '4年1月1日至2024年12月31日。'];
  const a = analyze(['一、总体情况', ...lines, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].join('\n'));
  assert.equal(a.doc.year, 2024);
  assert.equal(a.doc.yearSource, 'period');
});

test('an opening sentence broken after 《 with a blank line (a copy of <p> paragraphs, pR/10 with blank lines) is titled by the name after it', () => {
  const lines = ['根据《中华人民共和国政府信息公开条例》要求,我局编制了《', '', '2013年度政府信息公开工作年度报告》,全文包括概述、政府信息主动公开情况等。',
    '', '一、概述', '', '2013年,我局全面推进政府信息公开工作。'];
  const a = analyze(lines.join('\n'));
  assert.equal(a.doc.title?.norm, '2013年度政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2008');
  // A blank line after a line that ends inside a sentence but not after 《 still ends the opening's reach.
  const b = analyze(['根据《中华人民共和国政府信息公开条例》要求,我局编制了', '', '2013年度政府信息公开工作年度报告》,全文包括概述等。', '', '一、概述'].join('\n'));
  assert.notEqual(b.doc.title?.source, 'sentence');
});

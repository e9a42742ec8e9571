// heading-sequence: a part whose first （一）-style heading is （二） or later; intro-parts: an
// introduction that lists the parts of a 2008-regulation report in a 2019/2021-format report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

function rule(text: string, id: string) {
  return lint(text).findings.filter((f) => f.rule === id).map((f) => [f.severity, text.slice(f.start, f.end)]);
}

const TITLE = '某某镇2022年政府信息公开工作年度报告';
const REST = ['二、主动公开政府信息情况', '本年度主动公开信息80条。', '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'];

test('(二) right under 一、 without (一) is reported once, as info, on the heading', () => {
  const text = [TITLE, '一、总体情况', '2022年，我镇认真贯彻《条例》。', '(二)政府信息主动公开情况', '截至年底共公开信息80条。', ...REST].join('\n');
  const got = rule(text, 'heading-sequence').filter(([, s]) => s.includes('主动公开情况') && !s.startsWith('二'));
  assert.deepEqual(got, [['info', '(二)政府信息主动公开情况']]);
});

test('a part starting at （一）, a part without sub-headings, and table row labels after a table stay silent', () => {
  const ok = [TITLE, '一、总体情况', '（一）主动公开', '全年公开信息80条。', '（二）依申请公开', '未收到申请。', ...REST].join('\n');
  assert.deepEqual(rule(ok, 'heading-sequence'), []);
  const table = [TITLE, '一、总体情况', '我镇认真贯彻《条例》。', '二、主动公开政府信息情况', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    '规章 | 0 | 0 | 0', '规范性文件 | 0 | 0 | 0', '(三)不', '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'].join('\n');
  assert.deepEqual(rule(table, 'heading-sequence').filter(([, s]) => s.startsWith('(')), []);
});

const INTRO_2008 = '根据《中华人民共和国政府信息公开条例》要求，特向社会公布本镇2022年度政府信息公开年度报告。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开收费及减免情况、申请行政复议及提起诉讼情况和存在的主要问题及改进措施等。';

test('an introduction listing the 2008 parts (收费及减免, 不予公开) in a 2021-format report: info on the items', () => {
  const text = [TITLE, INTRO_2008, '一、总体情况', '我镇认真贯彻《条例》。', ...REST].join('\n');
  const got = rule(text, 'intro-parts');
  assert.deepEqual(got, [['info', '政府信息公开收费及减免情况']]);
  const text2 = [TITLE, '本年报由概述、主动公开政府信息情况、依申请公开政府信息和不予公开政府信息情况、因政府信息公开申请行政复议或提起行政诉讼的情况、存在的主要问题和改进措施及其他需要报告的事项组成。', '一、总体情况', '我镇认真贯彻《条例》。', ...REST].join('\n');
  assert.deepEqual(rule(text2, 'intro-parts'), [['info', '依申请公开政府信息和不予公开政府信息情况']]);
});

test('an introduction listing the current parts in their common wordings stays silent', () => {
  const text = [TITLE, '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项六部分组成。',
    '一、总体情况', '我镇认真贯彻《条例》。', ...REST].join('\n');
  assert.deepEqual(rule(text, 'intro-parts'), []);
});

test('intro-parts: a count that disagrees with the list, the last two parts joined by 及', () => {
  const text = [TITLE, '本年度报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况及其他需要报告的事项等七个部分。',
    '一、总体情况', '我镇认真贯彻《条例》。', ...REST].join('\n');
  const got = lint(text).findings.filter((f) => f.rule === 'intro-parts').map((f) => f.message);
  assert.equal(got.length, 1);
  assert.ok(got[0].includes('列出的是6个部分'), got[0]);
  const six = text.replace('七个部分', '六个部分');
  assert.deepEqual(lint(six).findings.filter((f) => f.rule === 'intro-parts'), []);
});

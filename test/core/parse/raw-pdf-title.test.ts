// `pdftotext -raw` of a browser's print breaks a line at each change of font: the opening sentence
// 本报告根据《…条例》（国务院令第711号）、《…关于印发〈…年度报告格式〉的通知》… comes out as a
// line per piece, and the cited notice stands alone on a line. Such a line continues the sentence
// above (ended by 、 or an opening bracket): it is no title, and the report is still the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const rest = [
  '〔2021〕30号）等文件要求编制。本报告所列数据统计期限为2024年1月1日至2024年12月31日。',
  '一、总体情况',
  '2024年，某某区持续深化政务公开。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
];

test('pdftotext -raw: a cited notice on its own line after a line ending in 、 is no title', () => {
  const text = [
    '本报告根据《中华人民共和国政府信息公开条例》',
    '（国务院令第711号）',
    '、',
    '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》',
    '（国办公开办函',
    ...rest,
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title, null);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024], a.detection.reason);
});

test('the same text pasted with a space for each line break: the piece 、 《…通知》 is no title either', () => {
  const text = ['本报告根据《中华人民共和国政府信息公开条例》', '（国务院令第711号）', '、',
    '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》', '（国办公开办函', ...rest,
    ...Array(6).fill('2024年，某某区持续深化政务公开，推进决策、执行、管理、服务、结果公开。')].join(' ');
  const a = analyze(text);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024], a.detection.reason);
});

test('pdftotext -raw at a narrow page: the notice broken after 《国务院办 gives no title from its middle', () => {
  const text = [
    '本报告根据《中华人民共和国政府信息公开条例》',
    '（国务院令第711号）',
    '、',
    '《国务院办',
    '公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告',
    '格式〉的通知》',
    '（国办公开办函〔2021〕30号）等文件要求编制。本报告共分6个部分：',
    ...rest.slice(1),
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title, null);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024], a.detection.reason);
});

test('the narrow-page text pasted double-spaced (a blank line after every line): the line above still ends inside the sentence (oB/01)', () => {
  const lines = [
    '本报告根据《中华人民共和国政府信息公开条例》', '（国务院令第711号）', '、', '《国务院办',
    '公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告', '格式〉的通知》',
    '（国办公开办函〔2021〕30号）等文件要求编制。本报告共分6个部分：', ...rest.slice(1),
  ];
  const a = analyze(lines.join('\n\n'));
  assert.equal(a.doc.title, null);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024], a.detection.reason);
  // A blank line that parts paragraphs (a text not double-spaced) still ends the sentence above.
  const parted = analyze(['本报告根据《中华人民共和国政府信息公开条例》等文件要求编制，', '', '某某区人民政府2024年政府信息公开工作年度报告', ...rest.slice(1)].join('\n'));
  assert.equal(parted.doc.title?.norm, '某某区人民政府2024年政府信息公开工作年度报告');
});

test('a title on the first line of PDF text broken at the page width is still the title (no line above it)', () => {
  // (The view of such text as paragraphs answered the line before the first with the whole text.)
  const para = '2023年，某某区坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开（详见附件，'.repeat(8);
  const wrapped: string[] = [];
  for (let i = 0; i < para.length; i += 32) wrapped.push(para.slice(i, i + 32));
  const a = analyze(['某某区人民政府2023年政府信息公开工作年度报告', '', '一、总体情况', ...wrapped, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].join('\n'));
  assert.equal(a.doc.title?.norm, '某某区人民政府2023年政府信息公开工作年度报告');
});

test('a title below a numbering alone (一、) or an issuer line is still the title', () => {
  const a = analyze(['某某区人民政府', '2024年政府信息公开工作年度报告', ...rest.slice(1)].join('\n'));
  assert.equal(a.doc.title?.norm.endsWith('年度报告'), true);
  assert.equal(a.kind, 'gov-info-2021');
  // The same notice on a line of its own at the top (no sentence above it) is still read as the
  // title of a text about the report format (what detection turns away).
  const notice = analyze(['《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》', ...rest.slice(1)].join('\n'));
  assert.equal(notice.kind, null);
});

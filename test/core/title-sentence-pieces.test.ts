// An untitled report whose opening sentence is broken over lines (PDF text printed on a narrow page,
// nQ/04-pdf.txt re-wrapped): a line that closes a book title opened on the line above
// (开办公室关于印发〈…〉的通知》（国办公开办函〔2021〕30号）) goes on that sentence. It is neither the report's title nor
// another document's, so the report is still read as one. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const OPENING = [
  '本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）',
  '、《国务院办公厅政府信息与政务公',
  '开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）',
  '等文件要求编制。本报告所列数据统计期限为2024年1月1日至2024年12月31日。',
];
const PARTS = [
  '一、总体情况',
  '2024年，本区持续深化政务公开，全年主动公开政府信息1200条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '本年共收到政府信息公开申请12件，均已按期答复。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年无行政复议、行政诉讼。',
  '五、存在的主要问题及改进情况',
  '政策解读形式仍需丰富。',
  '六、其他需要报告的事项',
  '无。',
];

test('a line closing a book title opened above is a piece of the opening sentence, not a title naming a notice', () => {
  const a = analyze([...OPENING, ...PARTS].join('\n') + '\n');
  assert.equal(a.kind, 'gov-info-2021', a.detection.reason);
  assert.equal(a.doc.year, 2024);
  assert.ok(!a.doc.title || !/的通知/.test(a.doc.title.norm), a.doc.title?.norm);
});

test('a title line that names a notice in balanced marks is still another document’s title', () => {
  const a = analyze(['关于印发《2024年政务公开工作要点》的通知', ...PARTS.slice(0, 2)].join('\n') + '\n');
  assert.notEqual(a.kind, 'gov-info-2021');
});

// A numbered part heading cut short (四、政府信息公开行: a web page stored part-way, qE harvest; or a title broken
// over two lines) is the part of its own numeral when its text begins that part's title, not the part whose variant
// the fragment happens to resemble more (政府信息总体公开情况, a variant of 一、总体情况). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const head = [
  '某某县水务局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年累计发布信息115条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
];

test('a last heading cut short is part 四, not a second 一、总体情况 left empty', () => {
  const fs = lint([...head, '四、政府信息公开行'].join('\n')).findings;
  const empty = fs.filter((f) => f.rule === 'section-empty');
  assert.ok(!empty.some((f) => /总体情况/.test(f.message)), empty.map((f) => f.message).join('\n'));
  assert.ok(empty.some((f) => /四、政府信息公开行政复议/.test(f.message)));
  assert.ok(!fs.some((f) => f.rule === 'section-missing' && /第四部分/.test(f.message)));
  const named = fs.filter((f) => f.rule === 'heading-nonstandard');
  assert.ok(named.every((f) => !/应为“一、总体情况”/.test(f.message)), named.map((f) => f.message).join('\n'));
});

test('a fragment of another part\'s title under a numeral stays as it was read', () => {
  // 四、总体情 begins no title of part 四: the heading is still read by resemblance (一、总体情况's title).
  const fs = lint([...head, '四、总体情'].join('\n')).findings;
  assert.ok(fs.some((f) => f.rule === 'section-missing' && /第四部分/.test(f.message)));
});

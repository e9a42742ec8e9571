// table-active-plausible: 信息处理费 collected by the prose's words against table 二's 行政事业性收费
// amount (2021 format, 万元): the table cannot hold less than the fee, and the same digits suggest 元 as 万元.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableActivePlausible } from '../../../server/src/core/rules/table-active-plausible';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const run = ruleAlone(tableActivePlausible);
/** The built 2021 draft (收费金额 1.2 万元) with a sentence and another fee amount in table 二. */
const draft = (sentence: string, fee = '1.2') => buildDraft({ kind: 2021 })
  .replace('上年结转1件。', `上年结转1件。\n\n${sentence}\n`)
  .replace(/(\| 行政事业性收费 \| )1\.2/, `$1${fee}`);

test('the built draft has the amount this test replaces, and no finding', () => {
  assert.match(buildDraft({ kind: 2021 }), /\| 行政事业性收费 \| 1\.2/);
  assert.deepEqual(run(draft('')), []);
});

test('a fee above the table\'s amount: info on the prose figure, the cell as related information', () => {
  for (const [sentence, fee, figure, msg] of [
    ['本年度共收取信息处理费20000元。', '1.2', '20000元',
      '正文称收取信息处理费 20000元（2 万元），表二“行政事业性收费”的“本年收费金额（单位：万元）”却只有 1.2：信息处理费属于行政事业性收费，请核对'],
    ['依据《政府信息公开信息处理费管理办法》规定，实际收取信息处理费共计400元。', '0', '400元',
      '正文称收取信息处理费 400元（0.04 万元），表二“行政事业性收费”的“本年收费金额（单位：万元）”却只有 0：信息处理费属于行政事业性收费，请核对'],
    ['本年度共收取信息处理费1.5万元。', '1.2', '1.5万元',
      '正文称收取信息处理费 1.5万元，表二“行政事业性收费”的“本年收费金额（单位：万元）”却只有 1.2：信息处理费属于行政事业性收费，请核对'],
  ] as const) {
    const text = draft(sentence, fee);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.equal(fs[0].message, msg);
    assert.equal(fs[0].severity, 'info');
    assert.equal(text.slice(fs[0].start, fs[0].end), figure);
    assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
    assert.equal(text.slice(fs[0].related![0].start, fs[0].related![0].end), fee);
  }
});

test('the same digits in the 万元 column as the yuan in the prose: info on the cell', () => {
  const text = draft('2023年对25件政府信息公开申请收取了信息处理费2950元。', '2950');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '表二“行政事业性收费”的“本年收费金额（单位：万元）”为 2950（万元），与正文所称收取信息处理费 2950元 的数字相同：是否把元误填为万元（应为 0.295）？');
  assert.equal(text.slice(fs[0].start, fs[0].end), '2950');
});

test('silent: the table holds at least the fee, none collected, sub-units, the whole city, other years', () => {
  for (const [sentence, fee] of [
    ['本年度共收取信息处理费12000元。', '1.2'],
    ['本年度共收取信息处理费200元。', '1.2'],
    ['全年收取政府信息公开信息处理费 0 元。', '0'],
    ['本年度未收取信息处理费。', '0'],
    ['市公安局收取信息处理费20000元。', '0'],
    ['2023年全市实际收取信息处理费共计400元。', '0'],
    ['2022年共收取信息处理费20000元。', '0'],
    ['同一申请人一个自然月内累计申请11—30件的部分，按100元/件收取信息处理费。', '0'],
  ] as const) {
    assert.deepEqual(run(draft(sentence, fee)), [], sentence);
  }
});

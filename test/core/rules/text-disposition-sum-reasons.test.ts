// text-disposition-sum, the lists published reports write that the rule did not judge: a specific reason
// (本机关不掌握相关政府信息 N 件) listed beside the dispositions stands for its numbered row of table 三; a
// disposition left out of the list whose table row is 0 does not make the list partial; 因…等原因无法提供
// N 件 is the whole group. The built draft's table 三: 予以公开 6, 部分公开 1, 不予公开 1 (保护第三方合法权益),
// 无法提供 3 (本机关不掌握), 不予处理 1 (重复申请), 其他处理 0; （七）总计 12, 新收 12, 上年结转 1, 结转下年度 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textDispositionSum } from '../../../server/src/core/rules/text-disposition-sum';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, lineOf, ruleAlone, setCell, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textDispositionSum);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + '\n\n' + sentence + '\n');

test('reasons beside the dispositions, and dispositions left out at 0: reported when the list misses its total', () => {
  for (const kind of [2019, 2021] as const) {
    for (const [sentence, why] of [
      ['本年共办结申请30件。予以公开10件，部分公开2件，本机关不掌握相关政府信息4件，其他1件。', '以“其余/其他”收尾，已涵盖全部'],
      ['全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，不予公开1件，无法提供3件，不予处理1件。', '未列出的办理结果在表三中均为 0'],
      ['全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，保护第三方合法权益1件，本机关不掌握相关政府信息3件，重复申请1件。', '未列出的办理结果在表三中均为 0'],
      ['全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，不予公开1件，因本机关不掌握等原因无法提供3件，不予处理1件。', '未列出的办理结果在表三中均为 0'],
    ] as const) {
      const text = withProse(sentence, kind);
      const fs = run(text);
      assert.equal(fs.length, 1, `${kind}: ${sentence}`);
      assert.match(fs[0].message, new RegExp(`与总数 (30|15)件 不符（${why}）$`));
      assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
      assert.match(where(text, fs[0]).slice, /^(30|15)件$/);
    }
  }
});

test('the same lists adding up, or leaving out a disposition the table holds: silent', () => {
  for (const sentence of [
    '全年共办结政府信息公开申请12件。予以公开6件，部分公开1件，不予公开1件，无法提供3件，不予处理1件。',
    '全年共办结政府信息公开申请12件。予以公开6件，部分公开1件，保护第三方合法权益1件，本机关不掌握相关政府信息3件，重复申请1件。',
    '全年共收到政府信息公开申请12件。予以公开6件，部分公开1件，本机关不掌握相关政府信息3件，其他2件。',
    // 不予处理 (1 in the table) left out: partial.
    '全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，不予公开1件，无法提供3件。',
    // One part only, the rest at 0 in the table: too little to call a list.
    '全年共办结政府信息公开申请15件。予以公开6件。',
    // A reason the table holds more beside (国家秘密 named, 保护第三方 left out with 1).
    '全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，属于国家秘密0件，无法提供3件，不予处理1件。',
  ]) {
    assert.deepEqual(run(withProse(sentence)), [], sentence);
  }
});

test('text-table-mismatch: 因…等原因无法提供 N 件 is the group\'s sum; the reason alone is its row', () => {
  const mismatch = ruleAlone(textTableMismatch);
  const at = (sentence: string) => {
    const text = buildDraft().replace(ANCHOR, ANCHOR + sentence);
    return mismatch(text).map((f) => [where(text, f).slice, f.message]);
  };
  assert.deepEqual(at('因本机关不掌握等原因无法提供5件。'), [['5件', '正文所述无法提供 5件 与表三“（四）无法提供”所列各项总计之和 3 不符']]);
  assert.deepEqual(at('因本机关不掌握等原因无法提供3件。'), []);
  assert.deepEqual(at('本机关不掌握相关政府信息5件。').map(([s]) => s), ['5件']);
});

test('因…等原因 with the figure of that reason\'s row alone (the group holds more): the reason, not the group', () => {
  // 无法提供: 本机关不掌握 3, 没有现成信息 2 → the group holds 5.
  let base = buildDraft();
  base = setCell(base, '2.没有现成信息需要另行制作', 0, '2').text;
  base = setCell(base, '2.没有现成信息需要另行制作', 6, '2').text;
  const mismatch = ruleAlone(textTableMismatch);
  const sentence = '全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，不予公开1件，因本机关不掌握等原因无法提供3件，不予处理1件。';
  const text = base.replace(ANCHOR, ANCHOR + '\n\n' + sentence + '\n');
  assert.deepEqual(mismatch(text).filter((f) => /无法提供/.test(f.message)), []);
  assert.deepEqual(run(text), [], 'the list leaves out 没有现成信息 (2): partial');
  const four = base.replace(ANCHOR, ANCHOR + '因本机关不掌握等原因无法提供4件。');
  assert.deepEqual(mismatch(four).map((f) => where(four, f).slice), ['4件']);
});

test('the table\'s zeros prove a list complete only when those rows are written and table 三 adds up', () => {
  const sentence = '全年共办结政府信息公开申请15件。予以公开6件，部分公开1件，不予公开1件，无法提供3件，不予处理1件。';
  for (const kind of [2019, 2021] as const) {
    const text = withProse(sentence, kind);
    assert.equal(run(text).length, 1, `${kind}: the written zeros of 其他处理 make the list complete`);
    // 其他处理 left blank: nothing is known about it.
    const lines = text.split('\n');
    const blanked = lines.map((l) => (/^\|\s*(（六）其他处理|1\.申请人无正当理由逾期不补正|2\.申请人逾期未按收费通知|3\.其他)/.test(l) ? l.replace(/\|\s*0\s*(?=\|)/g, '|  ') : l)).join('\n');
    assert.notEqual(blanked, text, String(kind));
    assert.deepEqual(run(blanked), [], `${kind}: 其他处理 blank`);
    // The table does not add up (（七）总计 one more than its dispositions): its zeros are not trusted.
    const total = lines.findIndex((l) => l.includes('（七）总计'));
    const cellsOf = lines[total].split('|');
    cellsOf[cellsOf.length - 2] = ' 13 ';
    lines[total] = cellsOf.join('|');
    assert.deepEqual(run(lines.join('\n')), [], `${kind}: table 三 does not add up`);
  }
});

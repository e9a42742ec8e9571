// Part headings a web page ran onto the end of the paragraph before them (issue #12, lA: a street
// office's page joined “一、总体情况” to its opening paragraph: …联系电话:0000-0000000)。一、总体情况),
// and the part-1 title “工作总体推进情况” (a small town's page): both are the part, not missing ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const OPENING = '根据《中华人民共和国政府信息公开条例》规定,现公开2024年某某街道政府信息公开工作年度报告。报告全文包括:总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本年度报告有任何疑问,请与某某街道党政综合办公室联系(电话:0000-0000000)。';

const page = (opening: string) => [
  '某某街道2024年政府信息公开工作年度报告',
  '',
  opening,
  '',
  '(一)政府信息主动公开情况。',
  '',
  '2024年,某某街道通过政府信息公开网站主动公开规划信息、统计信息等共计80余条。',
  '',
  '(二)政府信息依申请公开情况。',
  '',
  '2024年,我单位收到群众依申请公开1件,均已按要求进行答复。',
].join('\n');

const missing = (t: string) => lint(t).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);

test('一、总体情况 run onto the end of the opening paragraph is part 1', () => {
  const m = missing(page(OPENING + '一、总体情况'));
  assert.ok(!m.some((x) => x.includes('第一部分')), m.join('\n'));
  // The parts after the text's end are still missing.
  assert.ok(m.some((x) => x.includes('第二部分')), m.join('\n'));
  assert.equal(analyze(page(OPENING + '一、总体情况')).report?.sections.get('general')?.inText, true);
});

test('without the run-on heading part 1 is missing (the test can fail)', () => {
  const m = missing(page(OPENING));
  assert.ok(m.some((x) => x.includes('第一部分')), m.join('\n'));
});

test('a run-on tail that is no part title, or another numeral, does not stand for part 1', () => {
  // A sentence that ends in the title words is no heading.
  assert.ok(missing(page(OPENING + '现将总体情况报告如下')).some((x) => x.includes('第一部分')));
  // 二、总体情况 is not part 1.
  assert.ok(missing(page(OPENING + '二、总体情况')).some((x) => x.includes('第一部分')));
  // A numbered item with figures (一、收到申请3件) is no heading.
  assert.ok(missing(page(OPENING + '一、收到申请3件')).some((x) => x.includes('第一部分')));
});

test('“一、工作总体推进情况” is part 1 under a non-standard title', () => {
  const t = [
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。',
    '一、工作总体推进情况',
    '按照上级关于政务公开工作的部署要求,我镇成立政府信息公开工作小组。',
    '(一)主动公开提质增效',
    '强化组织统筹力度,由镇长牵头统筹全镇信息公开工作。',
    '(二)依申请公开规范有序',
    '2025年共收到政府信息公开申请0件次。',
  ].join('\n');
  const fs = lint(t).findings;
  const m = fs.filter((f) => f.rule === 'section-missing').map((f) => f.message);
  assert.ok(!m.some((x) => x.includes('第一部分')), m.join('\n'));
  assert.ok(m.some((x) => x.includes('第二部分')));
  const h = fs.filter((f) => f.rule === 'heading-nonstandard');
  assert.equal(h.length, 1);
  assert.equal(h[0].severity, 'info');
});

test('六、其他需要报告的事项 无 run onto the end of part 5\'s paragraph, on part 5\'s heading line, is part 6', () => {
  const t = (tail: string) => [
    '某某公司2019年政府信息公开工作年度报告',
    '一、总体情况',
    '2019年,我公司主动公开信息120条。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    ` 五、存在的主要问题及改进情况 我公司完成了既定工作目标,但信息公开时效不够及时。下一步,我公司将加大学习力度。${tail}`,
  ].join('\n');
  assert.ok(!missing(t(' 六、其他需要报告的事项 无')).some((x) => x.includes('第六部分')));
  assert.ok(!missing(t('六、其他需要报告的事项')).some((x) => x.includes('第六部分')));
  // Without it, or with a sentence after the title, part 6 is missing (the test can fail).
  assert.ok(missing(t('')).some((x) => x.includes('第六部分')));
  assert.ok(missing(t(' 六、其他需要报告的事项 我公司本年度未收取信息处理费')).some((x) => x.includes('第六部分')));
});

test('a run-on part title broken by a hard wrap (一、总 / 体情况, pR/17 wrapped) is part 1; a line that only goes on is not', () => {
  const wrapped = page(OPENING + '一、总\n体情况');
  const m = missing(wrapped);
  assert.ok(!m.some((x) => x.includes('第一部分')), m.join('\n'));
  assert.equal(analyze(wrapped).report?.sections.get('general')?.inText, true);
  // The next line is the sentence going on, not the title's rest.
  assert.ok(missing(page(OPENING + '一、总\n体情况良好,全年未发生泄密事件。')).some((x) => x.includes('第一部分')));
});

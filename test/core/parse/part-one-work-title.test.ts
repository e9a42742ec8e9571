// Part 1 under the title “一、工作开展情况” (real page oN/21, 大冶市金牛镇 2025: 一、工作开展情况 over
// (一)主动公开方面 … (五)监督保障方面, then 二、主动公开政务信息情况): the part is there under a
// non-standard title (heading-nonstandard, info), not missing (section-missing, an error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const page = (title: string) => [
  '某某镇2025年政府信息公开工作年度报告',
  title,
  '(一)主动公开方面。2025年,我镇在政府信息公开网上发布和更新信息69条。',
  '(二)依申请公开方面。2025年以来,我镇没有收到依申请公开申请。',
  '二、主动公开政府信息情况',
].join('\n');

const run = (title: string) => {
  const fs = lint(page(title)).findings;
  return {
    missing: fs.filter((f) => f.rule === 'section-missing').map((f) => f.message),
    nonstandard: fs.filter((f) => f.rule === 'heading-nonstandard'),
  };
};

test('“一、工作开展情况” is part 1 under a non-standard title', () => {
  const r = run('一、工作开展情况');
  assert.ok(!r.missing.some((x) => x.includes('第一部分')), r.missing.join('\n'));
  assert.ok(r.missing.some((x) => x.includes('第三部分')));
  assert.equal(r.nonstandard.length, 1);
  assert.equal(r.nonstandard[0].severity, 'info');
});

test('a part 1 title that says nothing of the year\'s work is still missing (the test can fail)', () => {
  const r = run('一、工作亮点');
  assert.ok(r.missing.some((x) => x.includes('第一部分')), r.missing.join('\n'));
});

// pM/29 (惠济区人社局 2019): “一、政府信息总体公开情况:” resembles 政府信息主动公开情况 letter by letter, but
// says 总体: it is part 1, not part 2 (which then was reported missing as part 1).
test('“一、政府信息总体公开情况” is part 1, not part 2', () => {
  for (const title of ['一、政府信息总体公开情况:', '一、总体公开情况']) {
    const r = run(title);
    assert.ok(!r.missing.some((x) => x.includes('第一部分')), `${title}: ${r.missing.join('\n')}`);
    assert.ok(!r.nonstandard.some((f) => f.message.includes('主动公开')), title);
  }
});

// text-placeholder: a statistics period whose dates were left out (nU harvest, 平潭县 2013:
// 本报告所列数据的统计期限自至。) — both ends blank, nothing but the date words between.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

const RULE = 'text-placeholder';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, `${GENERAL}\n${s}\n`);
const periods = (text: string) => findings(text, RULE).filter((f) => f.message.startsWith('统计期限'));

test('a statistics period with both dates left out → info', () => {
  for (const s of ['本报告所列数据的统计期限自至。', '本报告所列数据统计时限为自年月日起至年月日止。', '统计期限从    到    。']) {
    const fs = periods(withGeneral(s));
    assert.equal(fs.length, 1, s);
    assert.equal(fs[0].severity, 'info');
  }
});

test('a period with its dates is silent', () => {
  for (const s of ['本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。', '统计时限为2023年1月1日至12月31日。', '自今年起至年底，共办理12件。']) {
    assert.deepEqual(periods(withGeneral(s)), [], s);
  }
});

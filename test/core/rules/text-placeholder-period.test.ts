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

test('a statistics table run onto one line (label, unit, figures) is no blank count (nU, 平潭 2013)', () => {
  const s = '平潭综合实验区政府信息公开情况统计表 指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 72804 76424 其中：1、网站公开 条 72804 76424 2、政府公报公开 条 0 受理依申请公开信息总数 条 0 0';
  assert.deepEqual(findings(withGeneral(s), RULE).filter((f) => f.message.startsWith('数量词前缺少数字')), []);
  assert.equal(findings(withGeneral('本年累计发布   条，其中政策文件5条。'), RULE).filter((f) => f.message.startsWith('数量词前缺少数字')).length, 1);
});

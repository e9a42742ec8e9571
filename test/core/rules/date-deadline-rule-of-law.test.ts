// date-deadline on 法治政府建设 reports: publication by 4月1日; a report signed by a government
// department after 3月1日 (its report to its own government is due then) gets one info hint,
// only when the issuer is certainly a department.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { buildRuleOfLaw, findings } from './build';

const law = (issuer: string, date: string) => buildRuleOfLaw().replace('示例区司法局', issuer) + `\n${issuer}\n${date}\n`;
const run = (text: string) => findings(text, 'date-deadline', lint(text)).map((f) => [f.severity ?? 'warning', f.message] as const);

test('a department signing after 3月1日: one info hint naming both deadlines', () => {
  const got = run(law('示例区司法局', '2024年3月15日'));
  assert.equal(got.length, 1);
  assert.equal(got[0][0], 'info');
  assert.match(got[0][1], /^落款日期2024年3月15日晚于部门报告的报送期限2024年3月1日（《法治政府建设与责任落实督察工作规定》/);
  assert.match(got[0][1], /2024年4月1日/);
});
test('on or before 3月1日: nothing', () => {
  assert.deepEqual(run(law('示例区司法局', '2024年3月1日')), []);
  assert.deepEqual(run(law('示例区司法局', '2024年2月20日')), []);
});
test('after 4月1日: the publication deadline, once, as a warning', () => {
  const got = run(law('示例区司法局', '2024年4月8日'));
  assert.equal(got.length, 1);
  assert.match(got[0][1], /法定公开期限2024年4月1日/);
});
test('a government, a sub-district office, a court or a party body: no 3月1日 hint', () => {
  for (const issuer of ['示例区人民政府', '示例街道办事处', '示例区人民法院', '中共示例区委', '示例镇人民政府']) {
    assert.deepEqual(run(law(issuer, '2024年3月20日')), [], issuer);
  }
});

test('a news copy of the report (中新网 3月29日电): the copy\'s page stamp is not the report\'s publication (oX/19)', () => {
  const body = buildRuleOfLaw();
  const stamped = (lead: string) => `发布时间:2024-11-27 21:34:52 来源: 某网\n${lead}\n${body}`;
  assert.deepEqual(run(stamped('某网 3月29日电 据示例区司法局消息,示例区司法局发布2023年法治政府建设年度报告。具体内容如下:')), []);
  // Without a dateline the stamp is the publication: late.
  assert.equal(run(stamped('')).length, 1);
});

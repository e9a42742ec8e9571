// date-deadline on a 法治政府建设 report of a year before its deadline's basis existed (issue #12,
// hF: 司法部2018年法治政府建设年度报告 published 2019-04-04): the 4月1日 publication deadline
// comes from the 2019 督察工作规定, so a 2018 report is not held to it; a 2019 report is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { buildRuleOfLaw, findings } from './build';

const law = (year: number, date: string) => buildRuleOfLaw()
  .replaceAll('2023年', `${year}年`).replace('2024年将', `${year + 1}年将`) + `\n示例区人民政府\n${date}\n`;
const run = (text: string) => findings(text, 'date-deadline', lint(text));

test('a 2018 report published after 4月1日 2019: nothing', () => {
  assert.deepEqual(run(law(2018, '2019年4月4日')), []);
});
test('a 2019 report published after 4月1日 2020: the deadline holds', () => {
  const got = run(law(2019, '2020年4月4日'));
  assert.equal(got.length, 1);
  assert.match(got[0].message, /法定公开期限2020年4月1日/);
});

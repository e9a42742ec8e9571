// artifact-spam: casino brands a hijacked mirror appends to a rule-of-law report's title (qD/38: 金华市教育局关于2023年
// 法治政府建设工作情况的报告-和记娱乐国际) or splices into its opening for 关于 (qD/05: 党中央、省州市委三升体育平台法治政府
// 建设的决策部署). A company named 和记 and a 体育 platform of a sports bureau stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { findings, where } from './build';

const found = (text: string) => findings(text, 'artifact-spam', lintAnalysis(analyze(text), RULES));
const report = (title: string, opening: string) => [
  title,
  opening,
  '一、2023年推进法治政府建设的主要举措和成效',
  '（一）提升行政决策法治化水平。全年审查规范性文件6件。',
].join('\n');

test('a casino name after the mirrored title and one spliced into the opening are spam', () => {
  const a = report('金华市教育局关于2023年法治政府建设工作情况的报告-和记娱乐国际', '2023年，市教育局积极推进依法治教。');
  assert.deepEqual(found(a).map((f) => where(a, f)), [{ line: 0, slice: '和记娱乐国际' }]);
  const b = report('某某州卫生健康局2023年法治政府建设情况报告', '我局全面贯彻落实党中央、省州市委三升体育平台法治政府建设的决策部署。');
  assert.deepEqual(found(b).map((f) => where(b, f)), [{ line: 1, slice: '三升体育平台' }]);
});

test('a company named 和记 and a bureau\'s own sports platform are not spam', () => {
  assert.deepEqual(found(report('某某区体育局2023年法治政府建设情况报告', '2023年，我局依法监管和记黄埔地产项目，建成智慧体育平台1个。')), []);
});

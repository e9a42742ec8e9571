// heading-nonstandard: a year report's part heading naming a part of the year (pM/22: 一、上半年推进法治政府建设的
// 主要举措和成效 in a 2020 法治政府建设 report), a half-year report's heading kept. The text is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

const RULE = 'heading-nonstandard';
const rol = (title: string, first: string) => [
  title,
  '根据《法治政府建设实施纲要（2015—2020年）》等要求，现将某某镇2020年度法治政府建设情况报告如下：',
  first,
  '（一）加强法治政府建设决策部署。镇党委召开专题会议4次，研究部署法治政府建设工作。',
  '（二）依法全面履行政府职能。全年办理行政许可事项270件，办结率100%。',
  '二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '镇党委书记、镇长带头学法，全年开展学法活动8次。',
  '三、存在的不足和原因',
  '一是法治宣传形式较为单一；二是执法人员培训不够。',
  '四、下一年度推进法治政府建设的主要安排',
  '下一步，我镇将进一步加强法治政府建设。',
].join('\n');
const half = (text: string) => findings(text, RULE).filter((f) => f.message.includes('半年或季度'));

test('一、上半年推进法治政府建设的主要举措和成效 in a year report → info over the heading title, no fix', () => {
  const text = rol('某某镇2020年度法治政府建设情况报告', '一、上半年推进法治政府建设的主要举措和成效');
  const fs = half(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '上半年推进法治政府建设的主要举措和成效');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].fix, undefined);
  assert.match(fs[0].message, /写的是“上半年”/);
});

test('a 政府信息公开 year report whose first part is headed 一、前三季度总体情况 → reported once, not also as other wording', () => {
  const text = buildDraft({ flavour: 'txt' }).replace(/一、总体情况/, '一、前三季度总体情况');
  assert.match(text, /一、前三季度总体情况/);
  const fs = findings(text, RULE).filter((f) => f.message.includes('前三季度'));
  assert.equal(findings(text, RULE).length, 1);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /半年或季度/);
});

test('silent in a half-year report, on the year\'s headings, and on 上半年 in the prose', () => {
  assert.deepEqual(half(rol('某某镇2020年上半年法治政府建设情况报告', '一、上半年推进法治政府建设的主要举措和成效')), []);
  assert.deepEqual(half(rol('某某镇2020年度法治政府建设情况报告', '一、推进法治政府建设的主要举措和成效').replace('镇党委召开', '上半年镇党委召开')), []);
  assert.deepEqual(half(buildDraft()), []);
});

test('a span of months that is the whole year (一、2020年1-12月…, 1至12月) is not a part of the year; 1-6月 is', () => {
  assert.deepEqual(half(rol('某某镇2020年度法治政府建设情况报告', '一、2020年1-12月推进法治政府建设的主要举措和成效')), []);
  assert.deepEqual(half(rol('某某镇2020年度法治政府建设情况报告', '一、1至12月推进法治政府建设的主要举措和成效')), []);
  assert.equal(half(rol('某某镇2020年度法治政府建设情况报告', '一、1-6月推进法治政府建设的主要举措和成效')).length, 1);
});

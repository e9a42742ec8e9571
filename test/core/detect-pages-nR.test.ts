// Detection on pages of the nR harvest (provinces the sets held least, the 2008 regulation): texts of
// our own in their layouts.
// - a short page whose opening sentence presents the report (现将某某局2010年度政府信息公开工作报告公布如下)
//   and whose lines are few: the opening sentence is not read again as a last line (a file name's place);
// - an untitled rule-of-law report opening with the year's honours, its first part 一、工作开展情况.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

test('a short page presenting the report in its opening sentence (…工作报告公布如下) is that report', () => {
  const text = [
    '根据《中华人民共和国政府信息公开条例》的有关规定,现将某某省新闻出版局2010年度政府信息公开工作报告公布如下',
    '2010年,省新闻出版局认真执行《中华人民共和国政府信息公开条例》,推进政府信息公开工作深入开展,取得了新的成效。',
    '(一)机构建设情况。进一步明确局政府信息公开领导小组组织架构和责任分工。',
    '(二)制度建设情况。继续做好政府信息公开指南修订调整工作。',
    '(三)载体建设情况。继续发挥局网站作为政府信息公开主要载体的作用。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2008');
  assert.equal(a.doc.year, 2010);
  assert.equal(a.doc.title?.source, 'sentence');
  assert.equal(a.doc.title?.norm, '某某省新闻出版局2010年度政府信息公开工作报告');
  // A notice that publishes the report is still about it.
  assert.equal(analyze(text.replace('现将某某省新闻出版局', '现将关于印发某某省新闻出版局')).kind, null);
});

test('an untitled rule-of-law report: the year\'s honours, then 一、工作开展情况', () => {
  const text = [
    '2023年,某某县坚持以习近平新时代中国特色社会主义思想为指导,坚定践行习近平法治思想,牢牢把握法治政府建设这一重点任务和主体工程,为经济社会高质量发展提供坚强的法治保障。法治建设考核连续4年荣获优秀档次,行政诉讼败诉率创历史新低。',
    '一、工作开展情况',
    '(一)强化领导,夯实基础。县政府常务会先后6次听取法治建设汇报。',
    '(二)依法决策,规范程序。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2023);
  // Without the year's results (a target only) the part alone does not make a report.
  assert.equal(analyze(text.replace('法治建设考核连续4年荣获优秀档次,行政诉讼败诉率创历史新低。', '')).kind, null);
});

test('an untitled opening whose second sentence lists the parts (…止。全文包括总体情况、……), also without spaces', () => {
  const text = [
    '本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。全文包括总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议、提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六大内容模块。',
    '一、总体情况',
    '2021年某某区政务公开工作坚持以习近平新时代中国特色社会主义思想为指导,着力提升政府信息公开质量。',
    '(一)主动公开',
    '2021年,我区主动公开各类政府信息6709条。',
  ].join('\n');
  for (const t of [text, text.replace(/[\s\u3000]+/g, '')]) {
    const a = analyze(t);
    assert.equal(a.kind, 'gov-info-2021');
    assert.equal(a.doc.year, 2021);
  }
});

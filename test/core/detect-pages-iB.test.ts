// Web excerpts of a sixth harvest (issue #12, iB: 2024 and 2025 reports): an untitled 法治政府建设
// report under a page metadata block and a salutation to two bodies (中共某县委员会，某县人民政府：);
// an untitled report that opens 本报告由某镇人民政府……编制 without naming the 条例; a page flattened
// to one line and cut inside its first part (only 一、总体情况 and its （一）（二）… are there).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import { detect } from './helpers';

const serious = (text: string) => lint(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('sixth harvest (iB)', () => {
  const rolUntitled = [
    '',
    '- 索 引 号: ab01234-0000-2025-00003',
    '- 备注/文号: 某委〔2025〕5号',
    '- 发布机构: 某某镇人民政府',
    '- 公文生成日期: 2025-02-07',
    '中共某某县委员会,某某县人民政府:',
    '2024年,某某镇法治政府建设工作在县委、县政府的有力指导下,围绕年度法治政府建设工作要点,以依法行政、规范执法为目标。现将某某镇2024年法治建设工作情况及2025年度工作思路总结如下:',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '(一)坚持学习,提升思想素质。',
    '全年开展专题法治学习11次。',
  ].join('\n');

  test('an untitled 法治政府建设 report under a metadata block and a two-body salutation', () => {
    const d = detect(rolUntitled);
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2024, d.reason);
  });

  test('the metadata block alone does not make a plan or notice a report', () => {
    const plan = rolUntitled.replace('现将某某镇2024年法治建设工作情况及2025年度工作思路总结如下:', '特制定本方案如下:');
    assert.equal(detect(plan).kind, null);
  });

  test('a salutation is several organs; a sentence ending in a colon is not one', () => {
    const sentence = rolUntitled.replace('中共某某县委员会,某某县人民政府:', '2024年,我镇主要工作如下:');
    // The body no longer opens the text with its year, and 现将……总结如下 still marks it a report.
    assert.equal(detect(sentence).kind, 'rule-of-law');
  });

  const selfOpened = [
    '本报告由某某镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    '一、总体情况',
    '自2024年以来,某某镇政府信息公开工作始终按照上级信息公开工作要求,全年政府信息公开工作运行有序。',
    '(一)主动公开',
    '截至2024年12月31日,我镇本年度主动公开政府信息31条。',
    '(二)依申请公开',
    '2024年,我镇收到依申请公开请求9件,都妥善答复。',
  ].join('\n');

  test('本报告由……编制 before 一、总体情况: a report though the 条例 is not named', () => {
    const d = detect(selfOpened);
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2024);
  });

  test('the same body after an opening that is not the report speaking of itself stays unsettled', () => {
    const d = detect(selfOpened.replace('本报告由某某镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', '某某镇召开全镇工作会议。'));
    assert.equal(d.kind, null, d.reason);
  });

  const flattened = '根据《中华人民共和国政府信息公开条例》等要求,由某某县某某镇人民政府党政综合办公室负责编制本报告。本报告所列数据统计期限为2024年1月1日至12月31日。如对本报告有疑问的,可与某某镇人民政府联系,联系电话:0573-00000000。 一、总体情况 (一)主动公开情况。 2024年,某某镇严格落实《中华人民共和国政府信息公开条例》关于政府信息主动公开的要求,按照省、市、县决策部署,加大政府信息公开力度,不断改进工作方法,加强组织领导,明确责任、强化监督,积极拓展信息公开领域。全年共通过门户网站主动公开政府信息22条,涵盖政策文件及解读、重大行政决策、人事信息、财政信息、规划计划、公示公告等法定主动公开内容。其中,主动公开政策文件3条,行政规范性文件解读比例100%。 (二)依申请公开情况。 2024年,某某镇全年共收到依申请公开件1件,已按期答复1件。 (三)政府信息管理情况。 一是做好规范性文件的管理及公开工作,提高政务公开信息化水平。二是严格落实“三审三校”和保';

  test('a page flattened to one line and cut in its first part is a report', () => {
    const d = detect(flattened);
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2024);
    const a = analyze(flattened);
    assert.deepEqual(a.doc.headings.filter((h) => h.level === 1).map((h) => h.title), ['总体情况']);
    // Only the parts after the cut are missing: 一、总体情况 is found.
    const missing = serious(flattened).filter((f) => f.rule === 'section-missing');
    assert.ok(missing.length >= 1 && missing.every((f) => !/总体情况/.test(f.message)), missing.map((f) => f.message).join('\n'));
  });

  test('a long paragraph with one numbered point is no flattened report', () => {
    const para = `2024年全镇工作会议指出,一、总体情况 良好 (一)主动公开 有序。 ${'各项工作稳步推进,'.repeat(60)}`;
    assert.equal(analyze(para).doc.headings.length, 0);
  });
});

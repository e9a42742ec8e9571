// Reading the older reports of the oV harvest (2009–2018, the 2008 regulation, county and town
// level, old page templates): texts of our own in their shapes.
// - a title line with the page's toolbar run on after it (…政府信息公开年报 保护视力色: 杏仁黄 … 默认
//   【字体: 打印本页 关闭窗口): the title without the toolbar, and only the toolbar reported;
// - an untitled report that publishes itself as 信息公开工作年度报告 without 政府 (特向社会公布某局2011年度…);
// - an untitled notice on compiling the reports (主送机关, 现就……有关事项通知如下, then the parts a report must have): no report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { findings, where } from './rules/build';

const BODY_2012 = ['', '本年报是根据《上海市政府信息公开规定》要求,由某区卫生局编制的2012年度政府信息公开年度报告。',
  '一、概述', '2012年,我局继续开展政府信息公开工作。'].join('\n');

test('a title with the page toolbar run on after it is read without it (oV/29)', () => {
  for (const bar of ['保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 默认 【字体: 打印本页 关闭窗口', '【字体:大 中 小】 打印本页 关闭窗口', '打印本页 关闭窗口']) {
    const text = `2012年某区卫生局政府信息公开年报 ${bar}${BODY_2012}`;
    const a = analyze(text);
    assert.equal(a.doc.title?.norm, '2012年某区卫生局政府信息公开年报', bar);
    assert.equal(a.kind, 'gov-info-2008', bar);
    const web = findings(text, 'artifact-web').map((f) => where(text, f));
    assert.deepEqual(web, [{ line: 0, slice: bar }], bar);
  }
});

test('a title whose words go on after a space is not cut as a toolbar', () => {
  const text = `2012年某区卫生局政府信息公开年报 打印本页说明${BODY_2012}`;
  assert.deepEqual(findings(text, 'artifact-web').map((f) => where(text, f).line), []);
  assert.equal(analyze('某区卫生局 打印本页 关闭窗口' + BODY_2012).doc.title?.norm.includes('打印本页') ?? false, false);
});

test('an untitled report publishing itself as 信息公开工作年度报告 without 政府 is a 2008 report (oV/17)', () => {
  const text = ['根据《中华人民共和国政府信息公开条例》,特向社会公布某市民政局2011年度信息公开工作年度报告。报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。',
    '一、信息公开工作概述', '2011年,我局严格遵守《政府信息公开条例》,成立了政府信息公开工作领导小组。',
    '二、主动公开信息情况', '截止2011年12月31日,我局主动公开政府信息累计91条。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2008');
  assert.equal(a.doc.year, 2011);
  // A school's report published so is not one.
  const school = text.replace('某市民政局2011年度信息公开', '我校2011-2012学年信息公开');
  assert.notEqual(analyze(school).kind, 'gov-info-2008');
});

test('an untitled notice on compiling the reports, listing the parts they must have, is no report (oV/19)', () => {
  const text = ['某政办函〔2014〕3号', '各县、区人民政府,市开发区管委会,市直各有关单位:',
    '为依法、全面、准确、及时向社会公布政府信息公开年度工作情况,现就做好2013年政府信息公开年度报告编写、报送及发布等有关事项通知如下:',
    '一、报告内容', '政府信息公开年度报告包括下列内容:', '(一)概述。主要反映做法、经验以及取得的成效。',
    '(二)主动公开政府信息情况。主要反映主动公开的各类政府信息条数。', '(三)依申请公开政府信息情况。主要反映依申请公开信息条数。',
    '(四)存在的主要问题和改进措施。', '二、工作要求', '(一)各县区政府负责编写本县区政府信息公开年度报告。'].join('\n');
  assert.equal(analyze(text).kind, null);
  // A report that opens with its basis and presents itself is still one.
  const report = ['根据《中华人民共和国政府信息公开条例》,现将某镇2013年政府信息公开工作情况报告如下:', '一、概述', '2013年,我镇认真开展政府信息公开工作。',
    '二、主动公开政府信息情况', '2013年主动公开政府信息52条。', '三、依申请公开政府信息情况', '2013年未收到申请。'].join('\n');
  assert.equal(analyze(report).kind, 'gov-info-2008');
});

test('a part only the opening lists is missing in an unsigned text that ends in the page footer (oV/35)', () => {
  const parts = ['根据《中华人民共和国政府信息公开条例》要求,由某县人民政府办公室编制。全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开复议、诉讼情况,政府信息公开支出和收费。',
    '一、概述', '2014年,县政府加快电子政务建设。', '二、主动公开政府信息情况', '县政府门户网站发布政府信息公开信息共399条。',
    '三、依申请公开政府信息情况', '本单位2014年度没有收到要求公开信息的申请。', '四、政府信息公开支出与收费', '县政府在受理依申请公开政府信息工作中均没有收取费用。'];
  const missing = (text: string) => findings(text, 'section-missing').map((f) => f.message).filter((m) => m.includes('复议'));
  assert.equal(missing([...parts, '(责任编辑:某某)'].join('\n')).length, 1);
  // Cut before the end (no footer, no signature): the item may come after the cut.
  assert.deepEqual(missing(parts.join('\n')), []);
});

test('untitled 2008-era reports: an opening led by 据《…条例》 that compiles a 信息公开工作年度报告, and one that sums up the year below (oV/31, 13, 25)', () => {
  const compiled = ['据《中华人民共和国政府信息公开条例》(简称《条例》)要求,特编制2013年某市卫生局信息公开工作年度报告。全文由概述、主动公开政府信息情况、政府信息公开申请的办理情况、政府信息公开收费及减免情况组成。报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。',
    '一、概述', '一年来,市卫生局认真落实市委市政府有关要求。', '二、组织领导和制度完善情况', '市卫生局多次召开信息公开专项工作会议。'].join('\n');
  assert.equal(analyze(compiled).kind, 'gov-info-2008');
  const summed = ['2010年我乡的政府信息公开工作,按照《中华人民共和国政府信息公开条例》的要求,及时将政府各种信息公开。现将我乡政府信息公开工作总结如下:',
    '一、领导重视抓落实', '我乡成立了政府信息公开工作领导小组。', '二、具体措施抓成效', '我乡在2010年度主动公开信息有103条。'].join('\n');
  assert.equal(analyze(summed).kind, 'gov-info-2008');
  const yearBefore = ['2011年,根据上级文件要求,我乡积极做好信息公开工作。现结合我乡实际,将2011年我乡政府信息公开情况总结如下:',
    '一、基本情况', '成立政府信息公开工作机构。', '二、信息公开情况', '2011年度主动公开信息数53条。', '三、依申请公开政府信息情况', '无依申请公开的政府信息。', '四、政府信息公开的收费及减免情况', '未收取费用。'].join('\n');
  assert.equal(analyze(yearBefore).kind, 'gov-info-2008');
  // A summary of some other year's work that names no year, under no report part, stays unread.
  assert.equal(analyze(['现将我乡政府信息公开工作总结如下:', '一、领导重视', '我乡成立了领导小组。'].join('\n')).kind, null);
});

// Reading the older reports of the oI harvest (2009–2018, the 2008 regulation): texts of our own in
// their shapes.
// - the year of an untitled report from a sentence whose organ received 信息公开申请 (本局2017年共受理信息公开申请10件);
// - the applications item titled 政府信息公开申请办理情况 (no 依申请 in it);
// - a page's 来源/发布时间/字号 line whose spaces a mirror turned into ?? (and 字号【 without its colon, 浏览量:次
//   without its figure);
// - an item a signed report's opening lists among its parts but no part or sentence after gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { classifyPageMeta } from '../../server/src/core/model/artifacts-meta';
import { findings, where } from './rules/build';

test('an untitled report\'s year from the sentence of its received applications (oI/11)', () => {
  const text = ['三、政府信息依申请公开情况', '本局2017年共受理信息公开申请10件,其中当面申请1宗,网上申请9宗。',
    '四、政府信息公开收费情况', '本局依申请公开未收取费用。', '五、因信息公开引起的行政复议和行政诉讼情况', '针对我局的行政复议案0件。'].join('\n');
  assert.equal(analyze(text).doc.year, 2017);
});

test('the 2008 applications item titled 政府信息公开申请办理情况 is that item (oI/07)', () => {
  const text = ['某镇人民政府2010年政府信息公开工作年度报告', '一、概述', '2010年,我镇认真贯彻落实《条例》。',
    '二、主动公开政府信息情况', '2010年,我镇共主动公开政府信息23条。', '三、政府信息公开申请办理情况', '2010年,我镇未受理申请。',
    '四、政府信息公开收费及减免情况', '2010年未收取相关费用。', '五、因政府信息公开申请行政复议、提起行政诉讼情况', '未出现行政复议、行政诉讼。',
    '六、存在的主要问题及改进措施', '存在的问题是更新不够及时,下一步将改进。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2008');
  assert.deepEqual(findings(text, 'section-missing').map((f) => f.message), []);
});

test('a page line of 来源/发布时间/字号 whose spaces became ?? is page metadata (oI/01)', () => {
  assert.equal(classifyPageMeta('来源:县政务公开办??发布时间:2014-03-19?? 字号【')?.tier, 'strong');
  // (Question marks inside a label are still closed up; prose with the words is none.)
  assert.equal(classifyPageMeta('索??引??号:005267169/2016-00001')?.pageMeta, true);
  assert.equal(classifyPageMeta('本局来源于群众的意见??发布时间较晚'), null);
  // A view counter the copy left without its figure (oI/33: 发布时间:…??????来源:办公室?????浏览量:次).
  assert.equal(classifyPageMeta('发布时间:2020-01-19 10:56??????来源:办公室?????浏览量:次')?.tier, 'strong');
  assert.equal(classifyPageMeta('浏览量:很多次'), null);
  const text = ['2013年度某县政府信息公开工作年度报告', '', '来源:县政务公开办??发布时间:2014-03-19?? 字号【', '',
    '一、概述', '2013年,我县进一步加强政府信息公开工作。'].join('\n');
  assert.ok(findings(text, 'artifact-web').some((f) => where(text, f).line === 2));
});

const LISTED = ['某区人民政府', '2015年政府信息公开工作年度报告',
  '本年报由概述、主动公开情况、依申请公开办理情况、收费及减免情况、行政复议和行政诉讼情况、存在的主要问题及改进措施等组成。',
  '一、主动公开政府信息情况', '2015年通过门户网站主动公开政府信息23条。', '二、依申请公开政府信息办理情况', '全年未收到公开政府信息的申请。',
  '三、存在的困难和问题', '个别单位对政府信息公开工作认识不足。', '四、改进措施', '今后将加强组织领导和业务培训。'];

test('an item only the opening\'s list of parts names is missing from a signed report (oI/19)', () => {
  const text = [...LISTED, '某区人民政府', '2016年3月15日'].join('\n');
  const msgs = findings(text, 'section-missing').map((f) => f.message);
  assert.ok(msgs.some((m) => m.includes('收费及减免')), msgs.join(' / '));
  assert.ok(msgs.some((m) => m.includes('行政复议')), msgs.join(' / '));
  // A copy cut before its end (no signing block) may hold them after the cut: not said.
  assert.deepEqual(findings(LISTED.join('\n'), 'section-missing').map((f) => f.message), []);
  // A sentence of the body that speaks of the item is the item.
  const said = [...LISTED.slice(0, 7), '本年度未收取任何费用,未发生行政复议和行政诉讼。', ...LISTED.slice(7), '某区人民政府', '2016年3月15日'].join('\n');
  assert.deepEqual(findings(said, 'section-missing').map((f) => f.message), []);
});

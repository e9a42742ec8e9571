// Detection on pages of the oX harvest (法治政府建设 reports of city and county departments — 公安, 交通运输,
// 生态环境, 城管, 教育, 卫健, 海关 — 2023–2025, and their neighbours): texts of our own in their layouts.
// - a department's 法治政府部门建设 (the ministries' name for the same work) names the report in a title and in
//   an opening;
// - a title wrapped before its report word (2024年度交通运输法治政府建设 / 工作总结) under a covering letter is
//   the title, and the kind's 法治政府 in it is no issuer;
// - a department's 年度法治建设工作报告 whose text tells of 法治政府建设 is the report; one whose text does not
//   stays none;
// - an untitled copy whose opening tells the year's results (取得积极成效) or reports below without 现将
//   (具体情况报告如下), then the measures part or the year's work done whose first lines name the work or the
//   leaders' duty, is the report; a report's 印发《…清单》 there is a measure, not a notice's words;
// - news of the report's release that gives it in full below (……发布2023年法治政府建设年度报告 / 具体内容如下:)
//   is the report; news without the text stays none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

test('a department\'s 法治政府部门建设 names the report in a title and in an opening (oX/14, 16)', () => {
  const titled = ['索引号:000000000/2025-00065 | 文件编号: | 发布机构:某省交通运输厅 |', '某省交通运输厅2024年度法治政府部门建设工作情况',
    '2024年,某省交通运输厅笃学践行习近平法治思想,为加快建设交通强省提供坚实法治保障。', '一、2024年度法治政府部门建设总体情况',
    '(一)全面推进法治政府部门建设。主要负责人履行推进法治建设第一责任人职责。'].join('\n');
  const a = analyze(titled);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2024);
  const untitled = ['2024年,我厅扎实推进交通运输法治政府部门建设,为推动交通运输高质量发展提供了坚实法治保障。现将相关情况报告如下。',
    '一、2024年主要工作举措及成效', '(一)持续深化交通运输法治政府部门建设。厅党组理论学习中心组专题学习习近平法治思想。'].join('\n');
  assert.equal(analyze(untitled).kind, 'rule-of-law');
  // A plan on the same work stays none.
  const plan = ['关于进一步深化交通运输法治政府部门建设的实施意见', '为深入推进交通运输法治政府部门建设,结合实际,制定本实施意见。', '一、总体要求'].join('\n');
  assert.equal(analyze(plan).kind, null);
});

test('a title wrapped before its report word under a covering letter is the title; 法治政府 is no issuer (oX/13)', () => {
  const text = ['中共某市委、某市人民政府:', '根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。',
    '特此报告。', '某市交通运输局', '2025年1月15日', '2024年度交通运输法治政府建设', '工作总结',
    '2024年某市交通运输局笃学践行习近平法治思想,交通依法行政水平持续提升。', '一、2024年工作完成情况',
    '(一)恪尽职守,法治政府建设全面推进。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2024);
  assert.equal(a.doc.title?.norm, '2024年度交通运输法治政府建设工作总结');
  assert.equal(a.doc.issuer, null);
});

test('a department\'s 年度法治建设工作报告 telling of 法治政府建设 is the report; one that does not is not (oX/07)', () => {
  const report = ['某县教育局2024年度法治建设工作报告', '', '发布时间: 2025-03-31 16:44 信息来源:某县教育局', '',
    '2024年,我局按照县委县政府法治政府建设战略目标,结合全县教育工作实际,不断深入推进教育法治建设进程,现就2024年我局法治建设工作报告如下:',
    '', '一、切实加强组织保障,扎实推进法治建设工作。一是加强组织领导。'].join('\n');
  const a = analyze(report);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2024);
  const other = ['某县教育局2024年度法治建设工作报告', '2024年,我局深入开展“八五”普法,推进依法治校,现将有关情况报告如下:', '一、加强普法宣传'].join('\n');
  assert.equal(analyze(other).kind, null);
  // Half a year's (上半年) is another account.
  assert.equal(analyze(report.replace('2024年度法治建设', '2024年上半年法治建设')).kind, null);
});

test('an untitled copy: results or 报告如下 in the opening, then the measures part or the year\'s work done (oX/11, 21)', () => {
  const results = ['2024年,在省委、省政府的坚强领导下,我厅运用法治思维和法治方式推动生态环境保护取得积极成效。',
    '一、主要举措和成效', '(一)扛牢政治责任,把准法治建设方向',
    '一是加强组织领导。严格落实主要负责人履行推进法治建设第一责任人制度。二是强化法治统筹。印发《某省生态环境领域领导干部应知应会法律法规清单》。'].join('\n');
  const a = analyze(results);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2024);
  const below = ['2024年,在市委、市政府坚强领导下,我局扎实抓好城管系统法治建设各项工作,具体情况报告如下:',
    '一、主要工作情况', '(一)加强党对法治政府建设的领导。一是深入学习贯彻习近平法治思想。'].join('\n');
  assert.equal(analyze(below).kind, 'rule-of-law');
  // The same shape on other work stays none (安全生产第一责任人 is no 法治建设 duty).
  const other = ['2024年,我局推动安全生产形势持续稳定,取得积极成效。', '一、主要举措和成效', '(一)压实责任', '严格落实安全生产第一责任人制度。'].join('\n');
  assert.equal(analyze(other).kind, null);
  assert.equal(analyze(other.replace('取得积极成效。', '运用法治思维取得积极成效。')).kind, null);
  const plain = ['2024年,我局推动城市管理工作取得积极成效。', '一、主要工作情况', '(一)加强市容环境整治。全年清理占道经营1200处。'].join('\n');
  assert.equal(analyze(plain).kind, null);
});

test('an untitled report whose first part is the party\'s leadership over the 法治建设 its opening reported (oX/25)', () => {
  const text = ['2024年,某署坚持以习近平新时代中国特色社会主义思想为指导,积极推动法治建设各项重点工作任务,努力开创法治建设新局面。现将主要工作情况报告如下:',
    '一、坚持党对法治建设的领导,不断推进法治建设', '(一)深入贯彻落实党的二十届三中全会精神。'].join('\n');
  assert.equal(analyze(text).kind, 'rule-of-law');
  // A plan's opening stays none.
  assert.equal(analyze(text.replace('现将主要工作情况报告如下:', '现将2025年工作要点印发如下:')).kind, null);
});

test('news of the report\'s release that gives it in full is the report; news without it is not (oX/19)', () => {
  const news = ['某部发布2023年法治政府建设年度报告', '', '发布时间:2024-03-29 21:34:52 来源: 某网', '',
    '   某网 3月29日电 据某部微信公众号消息,某部发布2023年法治政府建设年度报告。具体内容如下:', '',
    '  一、加强党对法治政府建设的领导,持续推进法治建设', '', '  (一)坚决贯彻落实党中央全面依法治国决策部署。'].join('\n');
  const a = analyze(news);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2023);
  assert.equal(a.doc.issuer, '某部');
  const short = ['某部发布2023年法治政府建设年度报告', '某网 3月29日电 某部今日发布2023年法治政府建设年度报告,全面总结一年来的工作。',
    '报告显示,某部全年受理行政许可157件。'].join('\n');
  assert.equal(analyze(short).kind, null);
});

test('the news copy without its headline, and a department\'s title glued into a copy without breaks (oX/19, 14: notitle, nospace)', () => {
  const body = ['某网 3月29日电 据某部微信公众号消息,某部发布2023年法治政府建设年度报告。具体内容如下:',
    '一、加强党对法治政府建设的领导,持续推进法治建设', '(一)坚决贯彻落实党中央全面依法治国决策部署。', '(二)扎实做好许可受理工作。2023年部行政审批窗口共受理行政许可事项157件。'].join('\n');
  const a = analyze(body);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2023);
  // News that only tells of the release, without the text, stays none.
  assert.equal(analyze(['某网 3月29日电 某部今日发布2023年法治政府建设年度报告。', '报告显示,某部全年受理行政许可157件。'].join('\n')).kind, null);
  const glued = ['索引号:000000000/2025-00065|文件编号:|发布机构:某省交通运输厅|组配分类:|公开方式:主动公开|成文日期:2025-03-24|',
    '某省交通运输厅2024年度法治政府部门建设工作情况', '2024年,某省交通运输厅笃学践行习近平法治思想,为加快建设交通强省提供坚实法治保障。',
    '一、2024年度法治政府部门建设总体情况', '(一)全面推进法治政府部门建设。主要负责人履行推进法治建设第一责任人职责。'].join('').replace(/\s/g, '');
  const g = analyze(glued);
  assert.equal(g.kind, 'rule-of-law');
  assert.equal(g.doc.year, 2024);
});

test('a title wrapped before 工作总结 in a copy pasted double-spaced; the news copy run into its 来源: field without breaks (oX/13, 19)', () => {
  const letter = ['中共某市委、某市人民政府:', '现将我局《2024年度交通运输法治政府建设工作总结》随文上报。', '特此报告。', '某市交通运输局', '2025年1月15日',
    '2024年度交通运输法治政府建设', '工作总结', '2024年某市交通运输局笃学践行习近平法治思想。', '一、2024年工作完成情况', '(一)恪尽职守,法治政府建设全面推进。'];
  const spaced = analyze(letter.map((l) => `${l}\n`).join('\n'));
  assert.equal(spaced.kind, 'rule-of-law');
  assert.equal(spaced.doc.title?.norm, '2024年度交通运输法治政府建设工作总结');
  const news = ['某部发布2023年法治政府建设年度报告', '发布时间:2024-11-27 21:34:52', '来源:某网 某网3月29日电 据某部微信公众号消息,某部发布2023年法治政府建设年度报告。具体内容如下:',
    '一、加强党对法治政府建设的领导,持续推进法治建设', '(一)坚决贯彻落实党中央全面依法治国决策部署。认真贯彻落实党的二十大报告关于全面依法治国重要部署,大力加强立法工作,扎实推进依法行政,全面推进严格规范公正文明执法,定期对重点任务进行调度督办,认真抓好落实。',
    '(二)健全完善法治建设工作推进机制。部主要负责同志高度重视法治工作,多次主持召开部党委会议、部务会议和专题会研究部署法治建设工作,将法治政府建设与业务工作同谋划、同部署、同落实。',
    '二、深入推进“放管服”改革,持续优化营商环境', '(一)持续推进简政放权。编制公布21个行政许可事项实施规范及办事指南,指导地方部门做好行政许可事项实施规范认领和实施工作。',
    '(二)扎实做好许可受理和有关专项清理工作。2023年部行政审批窗口共受理行政许可事项157件。开展妨碍统一市场和公平竞争的政策措施清理。'].join('\n');
  const n = analyze(news.replace(/\s/g, ''));
  assert.equal(n.kind, 'rule-of-law');
  assert.equal(n.doc.year, 2023);
});

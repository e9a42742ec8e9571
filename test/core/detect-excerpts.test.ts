// Reports of the 2008 regulation and the 2019 format as web excerpts keep them (issue #12, hB):
// the page title lost, the text opening with 一、总体情况 / 一、概述 (a contents line may precede
// it), the opening sentence broken over lines after 《, 编制了 naming the report, the period
// written 2015-1-1, the year only inside a line's second sentence. And the reverse: a text that
// opens with another first part, or with 总体情况 on another subject, is still no report.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, source: a.doc.yearSource, title: a.doc.title?.norm ?? null, reason: a.detection.reason };
}

describe('untitled excerpts opening with the first statutory part', () => {
  test('2019 format: 一、总体情况 on the year’s work under the 条例', () => {
    const d = detect([
      '一、总体情况',
      '2019年,某某区人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》,坚持“以公开为常态、不公开为例外”原则,全力推进政府信息公开工作。',
      '一是加强工作统筹指导。相继出台一系列指导性文件,促进政务公开工作常态化。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2019');
    assert.equal(d.year, 2019);
    assert.match(d.reason, /第一部分“总体情况”写明年度政府信息公开工作/);
    assert.doesNotMatch(kindReasonEn(d.reason)!, /\p{Script=Han}[^”]*$/u, 'the English reason quotes its Chinese');
  });

  test('an opening that states the report’s own statistics period mid-line, the part below naming no year (nV 13)', () => {
    const lines = [
      '2020年,某某乡认真贯彻落实《中华人民共和国政府信息公开条例》等文件规定及要求,累计发布了111条信息。本报告所列数据的统计时间段为2020年1月1日至2020年12月31日。现将具体情况汇报如下:',
      '一、总体情况',
      '(一)本年度政府信息公开工作的基本情况',
      '(1)本年度制发公开规范性文件0件,作出行政许可0件。',
      '受理依申请公开事项情况:本年度我乡新收政府信息公开申请0起。',
    ];
    const d = detect(lines.join('\n'));
    assert.equal(d.kind, 'gov-info-2019');
    assert.equal(d.year, 2020);
    // Without the report's own period the same summary line tells nothing: no report.
    assert.equal(detect([lines[0].replace(/本报告所列数据[^。]*。/, ''), ...lines.slice(1)].join('\n')).kind, null);
  });

  test('2008 regulation in Traditional script: 一、概述, the year inside the line’s second sentence', () => {
    const d = detect([
      '一、概述',
      '公開透明是服務政府的重要標誌。2009年,本市各級政府部門認真貫徹落實《條例》,政府信息公開各項工作取得了新進展。',
      '(一)明確目標,全面部署工作。本市進一步加強政府自身建設。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008');
    assert.equal(d.year, 2009);
    assert.equal(d.source, 'body');
  });

  test('2008 regulation: 一、概述 on the year’s 政务公开 work, naming neither the 条例 nor the report', () => {
    // A wiki mirror keeps the report's name as its page title only.
    const d = detect([
      '一、概述',
      '2018年,某某省深入落實關於全面推進政務公開工作的系列部署,加強政府信息供給,著力提升政務公開的質量和實效。',
      '(一)圍繞年度重點任務,強化工作部署。及時印發年度政務公開工作要點,對重點領域政府信息公開、政策解讀等工作做出安排。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008');
    assert.equal(d.year, 2018);
    // Another first part on 政务公开 (a plan's 总体要求, a summary's 总体情况 without 政府信息公开) stays silent.
    assert.equal(detect('一、总体要求\n2018年,全面推进政务公开工作,提升政务公开质量。\n二、重点任务\n').kind, null);
    assert.equal(detect('一、概述\n2018年,我县扎实推进政务公开工作,完善政务服务体系。\n二、主要做法\n').kind, null);
  });

  test('a contents line first; the opening sentence broken after 《 is no title', () => {
    const d = detect([
      '一、概述,(一)注重重點推進。,二、主動公開政府信息情況,三、依申請公開政府信息情況,',
      '一、概述',
      '2012年度報告根據《',
      '中華人民共和國政府信息公開條例》的要求編制而成。本年度報告中所列數據的統計期限從2012年1月1日到12月31日止。',
    ].join('\n'));
    assert.equal(d.title, null);
    assert.equal(d.kind, 'gov-info-2008');
    assert.equal(d.year, 2012);
  });

  test('an opening sentence saying who 编制了 the report names it', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》规定,某某区政务公开领导小组办公室编制了2019年某某区人民政府信息公开工作年度报告。报告全文包括总体情况、主动公开政府信息情况等内容。',
      '一、总体情况',
      '2019年,某某区政府全面落实政务公开工作的决策部署。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2019');
    assert.equal(d.title, '2019年某某区人民政府信息公开工作年度报告');
  });

  // oR harvest (新疆维吾尔自治区 2021, a Traditional wiki copy that starts at part 一): the overview names 主动公开 and
  // 平台建设, not yet 依申请公开, and neither the 条例 nor the report.
  test('2021 format: 一、总体情况 whose overview names 主动公开 and the platform work', () => {
    const d = detect([
      '一、總體情況',
      '2021年,某某自治區全面推進政務信息主動公開,著力抓好政策發布解讀回應,切實加強政務公開平台建設,持續完善政府信息公開配套制度。',
      '(一)主動公開力度持續加大',
      '依法公開政策規劃信息。集中規範公開全區現行有效規章207部。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2021');
    assert.equal(d.year, 2021);
    // 主动公开 alone, without 管理, 平台建设 or 监督保障, is not enough.
    assert.equal(detect('一、总体情况\n2021年,全区推进政府信息主动公开,发布信息1200条。\n二、主要做法\n').kind, null);
  });

  test('still no report: another subject under 总体情况, another first part, another document’s title', () => {
    assert.equal(detect('一、总体情况\n2023年,全区安全生产形势总体平稳,未发生较大以上生产安全事故。\n二、主要做法\n').kind, null);
    assert.equal(detect('一、总体要求\n2024年,全面贯彻《中华人民共和国政府信息公开条例》,做好政府信息公开工作。\n二、重点任务\n').kind, null);
    assert.equal(detect('某某县2020年政务公开工作要点\n一、总体情况\n2020年,认真贯彻《中华人民共和国政府信息公开条例》,推进政府信息公开。\n').kind, null);
    // The first part must open the text, not stand deep inside it.
    assert.equal(detect('通知如下。\n各单位请注意。\n请按时报送材料。\n一、总体情况\n2019年,认真贯彻《中华人民共和国政府信息公开条例》,推进政府信息公开。\n').kind, null);
  });
});

describe('report year from excerpt phrasings', () => {
  test('the period written with dashes: 统计期限自2015-1-1起至2015-12-31止', () => {
    const d = detect('本报告由某某县民政局根据《中华人民共和国政府信息公开条例》规定编制。本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。\n一、概述\n二、主动公开政府信息的情况\n三、政府信息依申请公开办理情况\n');
    assert.equal(d.year, 2015);
    assert.equal(d.source, 'period');
    assert.equal(d.kind, 'gov-info-2008');
  });

  test('a sentence opening 2020年度我街办… gives the year of an untitled-year report', () => {
    const d = detect([
      '某某街道办事处政府信息公开工作年度报告',
      '一、总体情况',
      '(一)政府信息依申请公开情况',
      '2020年度我街办未接到提出公开政府信息的申请。',
    ].join('\n'));
    assert.equal(d.year, 2020);
    assert.equal(d.kind, 'gov-info-2019');
  });

  test('a date that is no period start (2015-12-31 alone) gives no period year', () => {
    const d = detect('某某局政府信息公开工作年度报告\n统计截至2015-12-31。\n一、概述\n');
    assert.notEqual(d.source, 'period');
  });
});

describe('findings on these excerpts', () => {
  test('a 2008 item without a fixed title is named by its keywords, never “undefined”', () => {
    const text = '某某局2015年政府信息公开工作年度报告\n一、概述\n2015年,本局认真贯彻《条例》。\n';
    const fs = lint(text).findings.filter((f) => f.rule === 'section-missing');
    assert.ok(fs.length > 0);
    for (const f of fs) { assert.doesNotMatch(f.message, /undefined/); assert.doesNotMatch(f.messageEn ?? '', /undefined/); }
    assert.ok(fs.some((f) => f.message.includes('未找到“主动公开”的内容')));
  });

  test('signed on 12月31日 of the report year: an info, not an error', () => {
    const text = [
      '某某镇2018年政府信息公开工作年度报告',
      '一、主动公开政府信息的情况',
      '2018年度我镇主动公开政府信息22条。',
      '二、政府信息依申请公开办理情况',
      '2018年度我镇没有接到申请。',
      '三、依申请信息公开收费情况',
      '2018年度没有收费。',
      '四、复议、诉讼和申诉情况',
      '没有发生行政复议案、行政诉讼案。',
      '',
      '某某县某某镇人民政府',
      '2018年12月31日',
    ].join('\n');
    const fs = lint(text).findings.filter((f) => f.rule === 'date-order');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'info');
    const earlier = lint(text.replace('2018年12月31日', '2018年12月20日')).findings.filter((f) => f.rule === 'date-order');
    assert.equal(earlier.length, 1);
    assert.equal(earlier[0].severity, 'error');
  });
});

describe('site menus and section names of 2008 reports', () => {
  test('a site menu (- 政策解读 …) above the opening sentence does not hide it', () => {
    const menu = ['- 政策解读', '- 经济发展', '- 社会发展', '- 减贫救灾', '- 法治中国', '- 天下人物', '- 发展报告', '- 项目中心'].join('\n');
    const body = '本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。本年度报告中所列数据的统计期限从2010年1月1日到12月31日止。\n一、概述\n2010年,本市认真贯彻落实《条例》。\n';
    const d = detect(menu + '\n' + body);
    assert.equal(d.kind, 'gov-info-2008');
    assert.equal(d.year, 2010);
    // A menu is no licence: the same lines before a non-report stay no report.
    assert.equal(detect(menu + '\n某某县2020年政务公开工作要点\n一、总体要求\n').kind, null);
  });

  test('六、行政复议和行政诉讼情况 is a heading in sequence, not the table label 行政复议', () => {
    const text = [
      '某某局2010年政府信息公开工作年度报告',
      '一、概述', '2010年,我局继续开展政府信息公开工作。',
      '二、政府信息主动公开情况', '我局2010年共主动公开政府信息175条。',
      '三、政府信息依申请公开情况', '我局2010年度未收到政府信息公开申请。',
      '四、人员和收支情况', '2010年我局依申请提供政府信息未收取费用,不存在减免情况。',
      '五、咨询情况', '2010年,我局共接受咨询20人次。',
      '六、行政复议和行政诉讼情况', '2010年,未产生行政复议与行政诉讼。',
      '七、主要问题和改进措施', '我局主动公开的文件类政府信息数量较少。',
    ].join('\n');
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'heading-sequence'), []);
    const skipped = lint(text.replace('六、行政复议和行政诉讼情况', '八、行政复议和行政诉讼情况')).findings.filter((f) => f.rule === 'heading-sequence');
    assert.ok(skipped.length >= 1);
  });
});

test('a report named in the opening sentence yields its year to the stated period', () => {
  const d = detect([
    '根据《中华人民共和国政府信息公开条例》的有关规定,我镇认真编制了《某某镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。',
    '一、总体情况',
    '2021年度,我镇认真贯彻落实上级政府信息公开相关规定。',
  ].join('\n'));
  assert.equal(d.year, 2021);
  assert.equal(d.source, 'period');
  assert.equal(d.kind, 'gov-info-2021');
  // A title line keeps its own year.
  assert.equal(detect('某某镇2020年政府信息公开工作年度报告\n所列数据的统计期限自2021年1月1日起至12月31日止。\n一、总体情况\n').year, 2020);
});

test('the opening names its year, the text states it again and never the period\'s: the period is last year\'s sentence (oO/24)', () => {
  const text = (period: number) => [
    `根据《中华人民共和国政府信息公开条例》和省、市有关要求,某某市自然资源和规划局编制了2021年政府信息公开年度报告。报告由总体情况等六个部分组成。本报告中所列数据的统计期限自${period}年1月1日起至${period}年12月31日止。`,
    '一、总体情况',
    '2021年,某某市自然资源和规划局按照中央、省、市关于政务公开工作的相关要求,积极推进政务公开各项工作。',
    '(一)持续推进政府信息主动公开。2021年通过门户网站主动公开政府信息1268条。',
  ].join('\n');
  const d = detect(text(2020));
  assert.equal(d.year, 2021);
  assert.equal(d.kind, 'gov-info-2021');
  // The period's year stated in the text as well: the period stands.
  assert.equal(detect(text(2020).replace('2021年通过门户网站', '2020年通过门户网站')).year, 2020);
});

describe('the year from the 政务公开工作要点 the report carries out, when nothing else names it', () => {
  const body = (extra: string) => [
    '依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。',
    '一、总体情况',
    '（一）组织领导',
    `认真落实《政府信息公开条例》，推动全区各公开主体落实落细工作要求。${extra}`,
    '（二）主动公开',
    '主动公开政府信息26040条。',
  ].join('\n');
  test('one year named: that year', () => {
    const d = detect(body('制定并落实《2023年某某区政务公开工作要点》，按季度督促检查。'));
    assert.equal(d.year, 2023);
    assert.equal(d.source, 'plan');
    assert.match(d.reason ?? '', /2023 年度（据所落实的年度政务公开工作要点）/);
    assert.match(kindReasonEn(d.reason) ?? '', /2023.*政务公开工作要点 the report carries out/);
  });
  test('two years named as often: no year; a year stated otherwise wins', () => {
    assert.equal(detect(body('对照《2022年政务公开工作要点》和《2023年政务公开工作要点》逐项检查。')).year, null);
    const d = detect(body('落实《2023年政务公开工作要点》。').replace('编制本报告。', '编制本报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。'));
    assert.equal(d.year, 2022);
    assert.equal(d.source, 'period');
  });
});

test('year-mismatch does not hold the prose to a year taken only from the 政务公开工作要点', () => {
  const text = ['依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。', '一、总体情况',
    '（一）主动公开', '认真落实《2023年某某区政务公开工作要点》。坚持应公开尽公开，2022年度共主动公开政府信息4条。'].join('\n');
  assert.equal(detect(text).source, 'plan');
  assert.ok(!lint(text).findings.some((f) => f.rule === 'year-mismatch'));
  // The same clause under a year from the statistical period is reported.
  const period = text.replace('编制本报告。', '编制本报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。');
  assert.ok(lint(period).findings.some((f) => f.rule === 'year-mismatch'));
});

describe('the first statutory part under a page’s toolbar or a letter’s head', () => {
  const part = ['一、总体情况', '(一)政府信息主动公开情况',
    '坚持以“公开为常态,不公开为例外”的原则。2023年,我镇通过官方网站公开政府信息47条,依据《中华人民共和国政府信息公开条例》做好主动公开工作。'];
  test('a toolbar of several short words a line (简体版| 繁体版| 智能问答, 微博 空间 qq)', () => {
    // (The breadcrumb, too long for a page's short line, counts as a line of text.)
    const crumb = '当前位置:首页 > 政府信息公开 > 某某区政府信息公开平台 > 某某镇 > 政府信息公开工作年度报告';
    const d = detect(['页面', '配色', '辅助线', '重置', '简体版| 繁体版| 智能问答 用户空间', '支持IPv6', crumb, '头条', '微博 空间 qq', ...part].join('\n'));
    assert.equal(d.kind, 'gov-info-2021');
    // Short lines with a sentence's mark are no toolbar: three of them and the part stands too far down.
    assert.equal(detect(['页面', '配色', '辅助线', '重置', crumb, '头条。', '微博 空间 qq。', '朋友圈,', ...part].join('\n')).kind, null);
  });
  test('a letter’s number and the body it is sent to (莆城卫〔2015〕3号 / 区政府办公室:)', () => {
    const d = detect(['莆城卫〔2015〕3号', '城厢区卫生局关于2014年度政府信息', '区政府办公室:',
      '根据《关于做好2014年政府信息公开工作年度报告有关事项的通知》的要求,特编制城厢区卫生局2014年政府信息公开年度报告。',
      '一、概述', '根据本单位实际,结合《2014年度政府信息公开工作要点》,对全年政府信息公开工作情况进行总结。对照《政府信息公开条例》,做好公开工作。'].join('\n'));
    assert.equal(d.kind, 'gov-info-2008');
  });
});

// 法治政府建设 reports as stored web pages give them: the page lost the title (the text starts
// with the body and reports 现将……情况报告如下, or opens with the year and its first heading is the
// measures part), a channel name (工作报告) above the real title; and the reverse: pages that
// talk about 法治政府建设 (a work guide, a plan, news, an explainer) stay silent.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import { detect } from './helpers';

describe('a 法治政府建设 report whose page lost its title', () => {
  test('现将……法治政府建设……情况报告如下 (named with the year)', () => {
    const d = detect([
      '2022年,在区委、区政府的坚强领导下,某某街道深入学习贯彻习近平法治思想,推动法治政府建设迈上新台阶。现将我街道2022年法治政府建设的情况报告如下:',
      '一、2022年主要工作成效',
      '(一)依法全面履行政府职能',
      '1.提升政务服务水平。推进街道政务服务中心规范化建设。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2022);
  });
  test('the year only in the reporting sentence', () => {
    const d = detect([
      '一年来,某某乡在县委、县政府的正确领导下,有序推进法治政府建设工作。根据《关于做好2024年度法治政府建设情况报告工作的通知》,现将某某乡2024年法治政府建设工作报告如下:',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '(一)实施多元举措,强化法治教育。全年共举办法治专题讲座2场。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2024);
  });
  test('a salutation first, 现将一年来工作情况报告如下 without a year', () => {
    const d = detect([
      '市委全面依法治市委员会:',
      '2025年,某某乡法治政府建设工作在市委、市人民政府的正确领导下,认真落实上级各项工作部署。现将一年来工作情况报告如下:',
      '一、2025年度工作总体情况',
      '(一)加强组织领导,强化责任落实。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2025);
  });
  test('opens with the year, first heading is the measures part', () => {
    const d = detect([
      '2019年,在省委、省政府的正确领导下,某某县以落实《法治政府建设实施纲要(2015-2020年)》为主线,法治政府建设各项工作迈上新台阶。',
      '一、2019年推进法治政府建设情况',
      '(一)依法全面履行政府职能',
      '1.优化政府组织机构。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2019);
  });
  test('opens with the year, no word of 法治政府建设 before the first part (一、2022年法治政府建设情况)', () => {
    const d = detect([
      '2022年,某某市某某局坚持以习近平新时代中国特色社会主义思想为引领,紧紧围绕中心工作,为全市高质量发展提供了法治支撑。',
      '一、2022年法治政府建设情况',
      '(一)政治统领,党建引领',
      '一是坚持党的领导。开展专题学习12次。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2022);
  });
  test('the first part of another year than the opening\'s is not enough', () => {
    const d = detect([
      '2022年,某某市某某局坚持依法行政,紧紧围绕中心工作。',
      '一、2021年法治政府建设情况',
      '(一)政治统领,党建引领',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
  test('现将2021年工作情况报告如下: the generic name read from the sentence does not hide the body', () => {
    const d = detect([
      '为进一步加强法治政府建设,2021年来,街道按照区实施方案的要求,全力推进法治化建设。现将2021年工作情况报告如下。',
      '一、2021年度推进法治政府建设的主要举措和成效',
      '(一)全面提升执法质量',
      '一是强化重大执法决定法制审核。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2021);
  });
  test('a channel name (工作报告) above the real title is not the title', () => {
    const d = detect([
      '今天是:2019年10月31日 星期三',
      '工作报告',
      '',
      '您所在的位置:政务公开 > 工作报告',
      '',
      '2020年某某区法治政府建设情况报告',
      '文章来源:司法局 更新时间:2021/03/29 11:30:01',
      '',
      '2020年,某某区坚持依法行政。',
      '一、2020年推进法治政府建设的主要举措和成效',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law');
    assert.equal(d.year, 2020);
  });
});

describe('pages about 法治政府建设 that are not a report stay silent', () => {
  const cases: [string, string][] = [
    ['a work guide on the reports (no title)', [
      '为全面规范法治政府建设年度报告工作,根据《法治政府建设与责任落实督察工作规定》,制定本工作指引。',
      '一、指导思想。坚持以习近平新时代中国特色社会主义思想为指导。',
      '二、报告名称。法治政府建设年度报告',
      '三、报告主体。全省各级党委和政府、县级以上政府部门。',
      '四、报告时间和对象。每年4月1日之前,报告上一年度法治政府建设情况。',
    ].join('\n')],
    ['an implementation plan (no title)', [
      '为深入贯彻落实《法治政府建设实施纲要(2021—2025年)》精神,全面建设法治政府,结合本地实际,制定本方案。',
      '一、健全政府机构职能体系',
      '(一)推进政府机构职能优化协同高效',
    ].join('\n')],
    ['news of a meeting that heard the year\'s report', [
      '4月22日下午,市政府召开常务会议,会议听取了2019年度法治政府建设工作情况汇报。',
      '会上,市司法局局长汇报了2019年度我市法治政府建设工作情况。',
    ].join('\n')],
    ['news: a standing committee reviewed the government\'s report (titled)', [
      '当前位置: 网站首页 >> 业务板块 >> 法治工作',
      '某某州人大常委会审议某某州政府2020年法治政府建设工作情况报告',
      '发布日期:2021-05-19 来源:某某州司法局',
      '4月26日,州人大常委会会议听取和审议了州人民政府关于2020年度法治政府建设情况的报告。',
      '2020年,全州政府系统深入推进依法行政,法治政府建设取得了新成效。',
    ].join('\n')],
    ['news: a party group meeting reviewed the report (titled)', [
      '首页 > 要闻动态 > 信息推送',
      '省政府党组召开会议审议2019年度法治政府建设情况报告',
      '时间 : 2020-03-20 08:17:21 来源 : 本网',
      '3月19日,省长主持召开省政府党组会议,审议《某某省人民政府2019年度法治政府建设情况报告》,研究部署有关工作。',
    ].join('\n')],
    ['an explainer that presents the report', [
      '按照省市法治政府建设工作要求,我县总结2023年全县法治政府建设工作,现将《某某县2023年度法治政府建设工作总结的报告》解读如下:',
      '一、起草背景',
      '二、起草过程',
    ].join('\n')],
    ['a rectification report without a title', [
      '根据法治政府建设督察反馈意见,我县高度重视,认真组织整改。现将整改落实情况报告如下:',
      '一、整改工作开展情况',
      '(一)加强组织领导。',
    ].join('\n')],
    ['a 工作总结 of another topic', [
      '2023年,在县委县政府的领导下,我县加强政策解读和回应关切。现将有关情况总结如下。',
      '一、2023年工作开展情况',
    ].join('\n')],
  ];
  for (const [name, text] of cases) {
    test(name, () => {
      const d = detect(text);
      assert.equal(d.kind, null, d.reason);
      assert.deepEqual(lint(text).findings.map((f) => f.rule), []);
    });
  }
});

describe('法治政府建设 section headings: the common variants count as the part', () => {
  const head = '某某区2022年度法治政府建设情况报告\n2022年，我区坚持依法行政，区长切实履行推进法治建设第一责任人职责。\n一、2022年法治政府建设主要工作\n（一）依法全面履行政府职能。\n';
  const cases: [string, string, string][] = [
    ['短板和弱项 / 工作思路', '二、法治政府建设中存在的短板和弱项\n执法队伍建设有待加强。\n', '三、2023年法治政府建设工作思路\n持续推进依法行政。\n'],
    ['差距 / 今后', '二、与上级要求相比存在的差距\n宣传覆盖面不广。\n', '三、今后工作方向\n持续深化普法。\n'],
    ['薄弱环节 / 下阶段', '二、薄弱环节及原因\n基层力量薄弱。\n', '三、下阶段重点任务\n加强培训。\n'],
  ];
  for (const [name, shortcomings, plans] of cases) {
    test(name, () => {
      const text = head + shortcomings + plans;
      assert.equal(analyze(text).kind, 'rule-of-law');
      assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message), []);
    });
  }
  test('a report without any shortcomings part is still told so', () => {
    const text = head + '二、2023年工作安排\n持续推进依法行政。\n';
    assert.ok(lint(text).findings.some((f) => f.rule === 'section-missing' && f.message.includes('不足')));
  });
});

describe('other reports on 法治政府建设 are not the annual report', () => {
  const cases = [
    '某某镇法治政府建设年度情况自查报告\n依据考评指标，我镇对法治政府建设情况进行了自查，现报告如下：\n一、落实领导班子集体学法\n',
    '某某县关于法治政府建设督察反馈问题整改情况的报告\n一、整改工作开展情况\n',
    '2021年上半年法治政府建设工作情况报告\n一、主要工作\n二、存在的问题\n',
    // A review of five years (the 纲要's term), not one year's report.
    '某某区五年法治政府建设工作情况报告\n五年来，我区全面推进依法行政，现报告如下：\n一、统筹推进法治政府建设\n',
  ];
  for (const text of cases) {
    test(text.split('\n')[0], () => {
      const r = lint(text);
      assert.deepEqual([r.kind, r.findings.map((f) => f.rule)], [null, []], analyze(text).detection.reason);
    });
  }
  // A report on a part of the work, named only by its opening sentence (oY 30: a city's 行政执法工作
  // 情况报告, its body full of 法治政府建设示范市): the 法治 words belong to that other report.
  test('现将全市2022年行政执法工作情况报告如下 (no title): another report', () => {
    const text = '2022年,我市行政执法工作紧紧围绕深入贯彻落实习近平法治思想,以创建全国法治政府示范市为抓手,顺利创成全国法治政府建设示范市。现将全市2022年行政执法工作情况报告如下:\n'
      + '一、全市行政执法基本情况\n2022年,全市行政执法机关共办理各类行政执法案件1616.85万宗。\n二、全市行政执法工作开展情况\n(一)全力以赴,全国法治政府建设示范市一举创成。\n';
    const d = analyze(text).detection;
    assert.equal(d.kind, null);
    assert.match(d.reason, /行政执法工作/);
    // The same page reporting 法治政府建设 is the annual report.
    assert.equal(analyze(text.replace('现将全市2022年行政执法工作情况报告如下', '现将全市2022年法治政府建设情况报告如下')).kind, 'rule-of-law');
  });
  test('the annual report itself is still recognised', () => {
    assert.equal(analyze('某某县2023年度法治政府建设情况报告\n' + '一、主要举措和成效\n').kind, 'rule-of-law');
    // A year written in Chinese numerals ends in 三年/五年 too: it is the report's year.
    assert.equal(analyze('某某县二〇二三年法治政府建设情况报告\n' + '一、主要举措和成效\n').kind, 'rule-of-law');
  });
});

describe('a page stored as one long line, the title run into the body', () => {
  const body = '省政府坚持以习近平新时代中国特色社会主义思想为指导，坚持依法行政，法治政府建设取得新成效。'.repeat(4);
  test('site debris, issuer, title, then the opening year', () => {
    const text = '某某文库—全网资源每日更新www.example.com某某省人民政府关于2023年度法治政府建设情况的报告2023年,' + body + '一、坚持党的领导' + body + '\n';
    const a = analyze(text);
    assert.equal(a.kind, 'rule-of-law');
    assert.equal(a.doc.year, 2023);
    assert.equal(a.doc.title?.text, '某某省人民政府关于2023年度法治政府建设情况的报告');
  });
  test('a long line that quotes a report (《》) is not a title', () => {
    const text = '4月22日，市政府常务会议审议了《2023年度法治政府建设情况的报告》2023年,' + body + '\n';
    assert.equal(analyze(text).kind, null);
  });
});

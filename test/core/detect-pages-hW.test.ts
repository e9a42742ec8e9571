// Web excerpts of a fifth harvest (issue #12, hW): a 2008-regulation report whose only year
// sentence is 现编制2011年度政府信息公开工作年度报告 (and 截至2011年年底); a catalogue page
// whose title names a rule-of-law report but whose body is an English summary (not the report);
// a 法治政府建设 report whose first part heading is followed at once by sub-items numbered
// 一、二、 like parts (the part is not empty: heading-sequence reports the numbering).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import { detect } from './helpers';

describe('fifth harvest (hW)', () => {
  test('现编制2011年度政府信息公开工作年度报告: year 2011, the 2008 regulation', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定和上级的工作部署,现编制2011年度政府信息公开工作年度报告。本报告由基本工作情况、主动公开政府信息情况、依申请公开政府信息情况、行政复议和诉讼情况、收费和减免情况、存在问题及工作打算、附表等七部分组成。',
      '一、基本情况',
      '根据《条例》要求,截至2011年年底,某某街道政府信息公开工作运行正常。',
      '二、主动公开政府信息情况 (一)政府信息公开的内容。主要包括公文和工作信息。2011年主动公开公文3份。',
    ].join('\n'));
    assert.equal(d.year, 2011, d.reason);
    assert.equal(d.kind, 'gov-info-2008', d.reason);
  });

  test('截至2011年年底 alone gives the year', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》的规定,现将本街道政府信息公开工作情况报告如下。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、收费和减免情况等部分组成。',
      '一、概述',
      '截至2011年年底,某某街道政府信息公开工作运行正常。',
      '二、主动公开政府信息情况',
      '全年主动公开信息25条。',
    ].join('\n'));
    assert.equal(d.year, 2011, d.reason);
  });

  test('特编制2019年度…年度报告 names the year too', () => {
    assert.equal(detect('根据《中华人民共和国政府信息公开条例》规定,特编制2019年度政府信息公开工作年度报告。\n一、总体情况\n全年主动公开信息25条。').year, 2019);
  });

  test('a catalogue page with an English summary of the report is not a report', () => {
    const english = 'In 2024, under the correct leadership of the Party Central Committee and the State Council, all levels of government in the province adhered to the guidance of the thought on the rule of law and made new progress in building a government under the rule of law. ';
    const text = [
      '某某省人民政府关于2024年度法治政府建设情况的报告',
      '',
      'English title (machine-translated)',
      'Report on the 2024 Government Governance by Rule of Law.',
      'Published',
      '2025-03-27',
      'Summary',
      '',
      `(1)  ${english}`,
      `(2)  I. Strengthening organizational leadership. ${english}`,
      `(3)  1. Deeply studying the thought on the rule of law. ${english}`,
    ].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, null, a.detection.reason);
    assert.match(a.detection.reason, /外文/);
    assert.equal(lint(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length, 0);
  });

  test('the same title over a Chinese body is still a report', () => {
    const text = [
      '某某省人民政府关于2024年度法治政府建设情况的报告',
      '2024年,全省各级政府坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,全面建设法治政府。现将有关情况报告如下:',
      '一、2024年推进法治政府建设的主要举措和成效',
      '(一)加强组织领导。省政府常务会议专题研究法治政府建设工作3次(see http://www.example.gov.cn/fzzf/index.html)。',
    ].join('\n');
    assert.equal(analyze(text).kind, 'rule-of-law');
  });

  test('a part heading followed at once by sub-items numbered 一、二、: not an empty part', () => {
    const text = [
      '某某街道2022年度法治政府建设工作报告',
      '2022年,某某街道在区委、区政府的正确领导下,全面推进法治政府建设。现将街道2022年法治政府工作报告如下:',
      '',
      '一、2022年法治政府建设主要措施',
      '',
      '一、强化领导责任,夯实法治政府建设基础',
      '',
      '街道党政主要负责人认真履行推进法治政府建设第一责任人职责,每年年初召开一次专题会议部署全年法治工作。',
      '',
      '二、规范行政行为,提升依法行政水平',
      '',
      '街道聘请法律顾问,为重大决策提供法律咨询意见。',
    ].join('\n');
    assert.equal(analyze(text).kind, 'rule-of-law');
    const fs = lint(text).findings;
    assert.equal(fs.filter((f) => f.rule === 'section-empty').length, 0);
    assert.ok(fs.some((f) => f.rule === 'heading-sequence'), 'the numbering restart is still reported');
  });

  test('an empty part followed by the next part (二、) is still empty', () => {
    const text = [
      '某某街道2022年度法治政府建设工作报告',
      '2022年,某某街道在区委、区政府的正确领导下,全面推进法治政府建设。现将街道2022年法治政府工作报告如下:',
      '一、2022年推进法治政府建设的主要举措和成效',
      '',
      '二、2022年推进法治政府建设存在的不足和原因',
      '执法人员业务能力有待提升。',
      '三、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '街道党工委书记主持召开专题会议2次。',
      '四、2023年推进法治政府建设的主要安排',
      '继续加强执法人员培训。',
    ].join('\n');
    assert.equal(lint(text).findings.filter((f) => f.rule === 'section-empty').length, 1);
  });
});

describe('a rule-of-law report flattened onto one line (PDF copy, hW)', () => {
  const para = '全年开展专题学习 18 次,举办全县领导干部法治专题培训班 3 期,覆盖科级以上干部 680余人次。县委常委会、县政府常务会坚持会前学法制度,全年组织专题学法 12 次,重点学习新修订的《行政复议法》等法律法规,切实增强“关键少数”运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定的能力。';
  const text = '某县 2025 年度法治政府建设情况报告2025 年,全县坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,统筹推进依法行政、公正执法、全民守法各项工作。'
    + `一、以思想引领为先导,在深学笃行中凝聚法治共识(一)强化理论武装,筑牢法治根基。${para}(二)加强统筹谋划,压实法治责任。${para}`;
  const missing = (t: string) => lint(t).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);

  test('its prose is the measures part; the parts after the cut are still missing', () => {
    assert.equal(analyze(text).kind, 'rule-of-law');
    const ms = missing(text);
    assert.ok(!ms.some((m) => m.includes('主要举措和成效')), ms.join('\n'));
    assert.ok(ms.some((m) => m.includes('存在的不足和原因')), ms.join('\n'));
  });

  test('a report with part headings is matched by them as before', () => {
    const t = ['某县2025年度法治政府建设情况报告', '一、存在的不足和原因', para, '二、2026年工作安排', para].join('\n');
    assert.ok(missing(t).some((m) => m.includes('主要举措和成效')));
  });
});

describe('an untitled rule-of-law report whose opening says 全面建设法治政府 (hW)', () => {
  test('opening with the year and what the work gave (提供了有力的法治保障), then a part on 法治政府建设: a report', () => {
    const d = detect([
      '2020年,在党中央、国务院及省委的正确领导下,全省各级政府深入推进依法行政,全面建设法治政府,为经济社会发展提供了有力的法治保障。',
      '一、加强法治政府建设组织领导。一是切实履行第一责任人职责。省政府主要负责人主持召开省政府常务会议专题研究法治政府建设情况报告。',
      '二、依法全面履行政府职能。一是依法科学有序防控疫情。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2020);
  });

  test('a plan opening (要……全面建设法治政府) stays none', () => {
    const d = detect([
      '2021年,全县法治政府建设工作要坚持以习近平新时代中国特色社会主义思想为指导,全面建设法治政府,为全县高质量发展提供有力法治保障。',
      '一、加强法治政府建设组织领导。各乡镇要切实履行第一责任人职责。',
      '二、依法全面履行政府职能。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

describe('metadata blocks written as lists or in brackets (hW)', () => {
  test('- [ 索引号 ] … lines before the title do not hide it', () => {
    const d = detect([
      '- [ 索引号 ] 11500000000000000R/2026-00004',
      '- [ 发文字号 ] 某某委文〔2026〕3号',
      '- [ 发布机构 ] 某某县某某乡人民政府',
      '- [ 主题分类 ] 其他',
      '- [ 成文日期 ] 2026-02-12',
      '- [ 发布日期 ] 2026-02-12',
      '- [ 体裁分类 ] 其他',
      '- [ 有效性 ] 有效',
      '某某县某某乡人民政府2025年法治政府建设情况报告',
      '2025年,某某乡深入学习贯彻习近平法治思想,扎实推进法治政府建设。现将我乡2025年度法治政府建设工作情况报告如下:',
      '一、主要工作及成效',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2025);
  });

  test('[ 索引号 ] … [ 发文字号 ] lines after a breadcrumb', () => {
    const meta = ['[ 索引号 ] 11500000000000000A/2026-00004 [ 发文字号 ]', '[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告',
      '[ 发布机构 ] 某某县某某乡人民政府 [ 有效性 ]', '[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10'];
    const d = detect([
      '您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道', '', ...meta, ...meta, '',
      '某某县某某乡人民政府2025年法治政府建设情况报告', '',
      '2025年,在县委、县政府的坚强领导下,乡党委、政府扎实推进法治政府建设各项工作,为全乡经济社会高质量发展提供了坚实法治保障。', '',
      '一、2025 年推进法治政府建设的主要举措和成效',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2025);
  });
});

describe('a page stamp 日期: … 作者: … 来源: … is the publication date (hW)', () => {
  const body = [
    '某某乡人民政府关于2022年法治政府建设工作情况报告', '',
    'DATE   作者:某某乡党政办公室   来源:某某乡    点击:[]', '',
    '2022年,某某乡扎实推进依法行政,法治政府建设取得明显成效。现将工作情况报告如下:', '',
    '一、2022年度推进法治政府建设的主要举措和成效', '', '全年召开党委会议4次研究部署法治政府建设工作。',
  ].join('\n');
  const late = (date: string) => lint(body.replace('DATE', date)).findings.filter((f) => f.rule === 'date-deadline');

  test('published after 4月1日: late', () => {
    const fs = late('日期:2023年05月11日');
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /发布日期2023年5月11日/);
  });

  test('published in March: on time', () => {
    assert.equal(late('日期:2023年03月11日').length, 0);
  });
});

describe('a rule-of-law report addressed to 国务院 or to a party committee (hW)', () => {
  const report = (to: string) => [
    to,
    '2018年,全省全面落实《法治政府建设实施纲要(2015—2020年)》,法治政府建设取得明显成效。现将有关情况报告如下:',
    '一、完善工作机制,着力推进法治政府建设',
    '省政府对法治政府建设工作进行系统安排。',
  ].join('\n');
  const letter = (t: string) => lint(t).findings.filter((f) => f.rule === 'report-letter');

  test('国务院: and 中共某某县委: are addressees', () => {
    assert.match(letter(report('国务院:'))[0]?.message ?? '', /“国务院:”是主送机关的写法/);
    assert.equal(letter(report('中共某某县委:')).length, 1);
  });

  test('a bare office word with a colon is not', () => {
    assert.equal(letter(report('办公室:')).length, 0);
  });
});

describe('a sub-heading that lost its opening bracket (hW)', () => {
  const text = (h: string) => [
    '某某乡人民政府2025年法治政府建设情况报告',
    '2025年,某某乡扎实推进法治政府建设各项工作,取得明显成效。现将有关情况报告如下:',
    '一、2025 年推进法治政府建设的主要举措和成效',
    h,
    '将习近平法治思想纳入党委理论学习中心组学习内容,全年开展法治学习5次。',
  ].join('\n');
  const bracket = (t: string) => lint(t).findings.filter((f) => f.rule === 'text-damaged' && f.message.includes('左括号'));

  test('一)纵深推进… is reported (info)', () => {
    const fs = bracket(text('一)纵深推进学悟笃行习近平法治思想'));
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'info');
    assert.match(fs[0].message, /“一\)”/);
  });

  test('（一）, (一) and 1) are not', () => {
    assert.equal(bracket(text('（一）纵深推进学悟笃行习近平法治思想')).length, 0);
    assert.equal(bracket(text('(一)纵深推进学悟笃行习近平法治思想')).length, 0);
    assert.equal(bracket(text('1)纵深推进学悟笃行习近平法治思想')).length, 0);
  });
});

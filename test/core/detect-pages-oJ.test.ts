// Detection on pages of the oJ harvest (neighbours of the reports: a school's 信息公开 report, the
// public enterprises', party, village, court and website reports, 12345 hotline bulletins …): texts of
// our own in their layouts.
// - a school's report whose title names two years (我校2021—2022年度信息公开工作报告), or whose opening
//   cites the ministry's notice on the schools' reports or counts a school year (9月1日 … 8月31日),
//   is no government report (oJ/05);
// - a report on another kind of work (…党务公开工作年度报告, …村务公开工作报告, …政府网站工作年度报表,
//   …12345热线…, …信息披露…) is none, whatever headings it shares with one (一、总体情况).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';

describe('a school\'s report (oJ/05)', () => {
  const body = [
    '一、概述',
    '本年度信息公开工作整体进展顺利,信息公开清单所列50条事项中我校涉及的内容均已落实公开内容。',
    '二、主动公开情况',
    '我校信息公开网站更新发布信息164项。',
  ];
  test('the opening names the report with two years and cites the ministry\'s notice on the schools\' reports', () => {
    const d = detect([
      '根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校2021—2022年度信息公开工作报告如下,本报告所列数据的统计期限自2021年9月1日起,至2022年8月31日止。',
      ...body,
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
    assert.match(d.reason, /学校（高校）信息公开工作报告/);
  });
  test('a title with two years, the opening citing nothing', () => {
    const d = detect(['某某学院2022-2023年度信息公开工作报告', '2022-2023年度,学校坚持以公开为常态。', ...body].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
  test('a one-year title whose period is a school year', () => {
    const d = detect([
      '某某学院2023年度信息公开工作报告',
      '根据有关要求,编制本报告。本报告中所列数据的统计期限自2022年9月1日起至2023年8月31日止。',
      ...body,
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
  test('a school\'s government report over the calendar year stays a report (oJ/09)', () => {
    const d = detect([
      '2022年某某职业技术学院信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》规定编制本报告。本报告所列数据的统计期限为2022年1月1日至12月31日。',
      '一、总体情况', '(一)主动公开', '2022年,全校主动公开信息4363条。', '(二)依申请公开', '2022年度,学校收到依申请信息公开件0件。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
  });
});

describe('a report on another kind of work', () => {
  const body = [
    '一、总体情况', '2023年,我单位认真做好公开工作,全年发布信息100条。',
    '二、主动公开情况', '全年发布信息100条。',
    '三、存在的主要问题及改进情况', '一是公开内容有待丰富。',
  ];
  for (const title of [
    '某某镇党委2023年党务公开工作年度报告', '某某村2023年度村务公开工作报告', '某某人民医院2023年院务公开工作年度报告',
    '2023年度某某中学校务公开工作报告', '某某市中级人民法院2023年司法公开工作报告', '某某市人民检察院2023年检务公开工作报告',
    '某某市人民政府网站2023年政府网站工作年度报表', '2023年政务新媒体工作年度报告', '某某市2023年12345热线工作年度报告',
    '某某集团2023年度信息披露工作报告', '关于2023年度村（居）务公开工作情况的报告', '某某镇党委2023年黨務公開工作年度報告',
  ]) {
    test(title, () => {
      const d = detect([title, ...body].join('\n'));
      assert.equal(d.kind, null, d.reason);
      assert.match(d.reason, /另一类工作/);
      assert.doesNotMatch(kindReasonEn(d.reason)!, /\p{Script=Han}[^”]*$/u);
    });
  }
  test('a government report naming the other work beside its own stays a report', () => {
    for (const title of ['某某县2023年政务公开工作年度报告', '某某区2023年政府信息公开工作年度报告（含政府网站、政务新媒体）']) {
      const d = detect([title, ...body].join('\n'));
      assert.equal(d.kind, 'gov-info-2021', `${title}: ${d.reason}`);
    }
  });
});

describe('an untitled report whose opening names it with its year and lists its parts (oJ/59)', () => {
  const body = ['一、概述', '2016年,我中心严格按照市政府的部署,积极推进政府信息公开工作。', '二、主动公开信息情况', '截至2016年底,我中心累计主动编发信息30条。'];
  const opening = (who: string) => `根据《中华人民共和国政府信息公开条例》(以下简称《条例》)以及相关文件要求,${who}2016年政府信息公开年度报告由概述、主动公开政府信息情况、依申请公开政府信息情况、咨询处理情况、复议、诉讼和申诉的情况、政府信息公开支出和收费情况、主要问题和改进措施七部分组成,如有疑问请与本中心联系。`;
  test('the issuer\'s own report is one', () => {
    const d = detect([opening('市疾病预防控制中心'), ...body].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2016);
  });
  test('a notice telling every unit what its report consists of is none', () => {
    const d = detect([opening('各单位'), ...body].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

test('a website\'s annual form with its figures and year (政府网站工作年度报表) is no report, pipe rows or cells bare', () => {
  const rows = [
    '| 网站名称 | 某某市人民政府门户网站 |', '| 主办单位 | 某某市人民政府办公室 |', '| 独立用户访问总量（单位：个） | 1523456 |',
    '| 信息发布（单位：条） | 总数 | 12345 |', '| | 政务动态信息更新量 | 5600 |', '| | 信息公开目录信息更新量 | 6625 |',
    '| 解读回应 | 解读信息发布 | 总数（单位：条） | 86 |', '| 互动交流 | 留言办理 | 收到留言数量（单位：条） | 856 |',
  ];
  for (const table of [rows, rows.map((r) => r.replace(/\|/g, ' ').trim())]) {
    const d = detect(['政府网站工作年度报表', '（2023年度）', '填报单位：某某市人民政府办公室', ...table].join('\n'));
    assert.equal(d.kind, null, d.reason);
    assert.equal(d.reason.includes('未能确定'), false, d.reason);
  }
});

// Web excerpts of a fresh harvest (issue #12, hF): a school's 学年 信息公开 report (under the
// 高等学校信息公开办法) is no government information disclosure report; an untitled report whose
// opening starts with the year and names the report it presents (2022年,某街道按照……根据《条例》……
// 完成了《2022年度某街道政府信息公开工作年度报告》。报告主要包括……) is one; the font-size switch
// 大中小 (alone, or run into the title line) and a 发布来源: header line are web chrome.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';
import { classifyChrome } from '../../server/src/core/model/artifacts-chrome';

const SCHOOL_BODY = [
  '根据《高等学校信息公开办法》等要求,我院对2023-2024学年信息公开工作进行逐项检查,形成本报告。报告中所列数据统计期限自2023年9月1日起至2024年8月31日止。',
  '一、概述',
  '学院党委高度重视信息公开工作,秉承“以公开为常态、不公开为例外”的原则。',
  '二、主动公开情况',
  '(一)公开内容',
  '持续深化基本信息、招生考试、收费信息等重点领域信息公开。',
];

describe('school information disclosure reports', () => {
  test('a title naming a school year is no government report', () => {
    const d = detect(['某某职业学院2023-2024学年信息公开工作年度报告', ...SCHOOL_BODY].join('\n'));
    assert.equal(d.kind, null, d.reason);
    assert.match(d.reason, /学校（高校）信息公开工作报告/);
    assert.doesNotMatch(kindReasonEn(d.reason)!, /\p{Script=Han}[^”]*$/u);
  });

  test('a title without the school year, the opening citing the 高等学校信息公开办法', () => {
    const d = detect(['某某学院2023年度信息公开工作年度报告', ...SCHOOL_BODY].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('a government report citing both rules stays a report', () => {
    const d = detect([
      '某某市教育局2023年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》和《高等学校信息公开办法》,编制本报告。',
      '一、总体情况', '2023年,我局认真贯彻落实《条例》。', '二、主动公开政府信息情况', '略。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
  });

  test('untitled (layout-variants notitle on oJ/01, oJ/02): an opening listing its parts under the school rule, or citing both rules and counting a school year, is no government report', () => {
    const parts = '全文由概述、主动公开情况、依申请公开情况、因信息公开工作受到的举报、复议、诉讼的情况、存在的主要问题和改进措施六部分组成。';
    for (const lines of [
      ['某某大学', '2021年10月30日', `本年度报告深入贯彻落实《高等学校信息公开办法》编制而成。${parts}`, '一、概述', '2020—2021学年，学校坚持依法治校。'],
      ['某某大学', '按照《中华人民共和国政府信息公开条例》《高等学校信息公开办法》等规定，特向社会公布某某大学2022-2023学年度信息公开报告。',
        `本报告主要由概述，主动公开情况，依申请公开情况，因信息公开工作受到的举报、复议、诉讼的情况，存在的问题及下一步打算等五部分组成。本报告中所列数据的统计期限自2022年9月1日起至2023年8月31日止。`, '一、概述', '学校坚持依法治校。'],
    ]) {
      const d = detect(lines.join('\n'));
      assert.equal(d.kind, null, d.reason);
      assert.match(d.reason, /^没有标题，开头依据《高等学校信息公开办法》或按学年统计/);
      assert.doesNotMatch(kindReasonEn(d.reason)!, /\p{Script=Han}[^”]*$/u);
    }
  });

  test('a 2008-regulation 信息公开 title without 学年 and without the school rule stays a report', () => {
    const d = detect([
      '某某局2012年信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》,特向社会公布本局2012年度信息公开工作年度报告。',
      '一、概述', '2012年,我局认真贯彻《条例》。', '二、主动公开政府信息情况', '略。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
  });
});

describe('untitled opening that starts with the year and names the report', () => {
  const opening = '2022年,某某街道办事处按照区委、区政府的统一部署,根据《中华人民共和国政府信息公开条例》(以下简称 《条例》)和上级有关文件要求,'
    + '完成了《2022年度某某街道政府信息公开工作年度报告》。报告主要包括总体情况、主动公开政府信息情况等六个方面。';

  test('with one statutory heading: a report', () => {
    const d = detect([opening, '一、总体情况', '某某街道深入贯彻落实政务公开相关要求。'].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2022);
  });

  test('without a statutory heading: not settled as a report', () => {
    const d = detect([opening, '某某街道深入贯彻落实政务公开相关要求。'].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('a news item that only mentions the report is none', () => {
    const d = detect([
      '2022年,某某街道按照区里的部署,根据《中华人民共和国政府信息公开条例》开展了政务公开培训,会上讨论了年度报告的编制。',
      '一、总体情况', '培训共有30人参加。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

describe('font-size switch and 发布来源 header', () => {
  test('大中小 alone is chrome', () => {
    assert.equal(classifyChrome(' 大中小')?.tier, 'strong');
    assert.equal(classifyChrome('【大】【中】【小】')?.tier, 'strong');
  });

  test('大中小 run into the title line is chrome, and keeps the title', () => {
    const c = classifyChrome('大中小某某县卫生健康委员会2020年政府信息公开工作年度报告');
    assert.equal(c?.tier, 'strong');
    assert.ok(c?.keep, 'the title may be wanted');
  });

  test('大中小 in prose is not chrome', () => {
    assert.equal(classifyChrome('大中小学校信息公开工作年度报告'), null);
    assert.equal(classifyChrome('大中小城市协调发展'), null);
    assert.equal(classifyChrome('大中小型企业共计30家'), null);
  });

  test('发布来源 / 发布时间 header line is chrome', () => {
    assert.equal(classifyChrome('发布来源:某某委员会网站 发布时间:2025-01-24 16:55:49')?.tier, 'meta');
  });
});

describe('site header with today’s date', () => {
  test('site name, date and weekday is chrome', () => {
    assert.equal(classifyChrome('某某市某某区人民政府 2019年12月3日星期二')?.tier, 'strong');
    assert.equal(classifyChrome('2024年3月1日 星期五')?.tier, 'strong');
  });
  test('a sentence with a weekday is not', () => {
    assert.equal(classifyChrome('会议于2024年3月1日星期五召开'), null);
    assert.equal(classifyChrome('某某区人民政府办公室 2024年3月1日'), null);
  });
});

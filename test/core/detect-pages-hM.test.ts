// Web excerpts of a fourth harvest (issue #12, hM): a disclosure page whose metadata block has
// 生成日期/组配分类/公开形式 lines (not the title: its 公开年报 cell is no report name); a 2019
// excerpt that starts inside part 一 (2019年度街道受理……: the year from the body); an untitled
// 2008-regulation report opening with 一、政府信息公开工作概述; untitled 法治政府建设 reports whose
// opening has no 现将……报告如下 but whose first heading is a statutory part, or whose opening
// tells of the year's results, or which say 现对2023年所做工作总结如下 before the measures part.
// Plans, notices and summaries of other work stay none.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, title: a.doc.title?.text ?? null, reason: a.detection.reason };
}

describe('gov-info excerpts (hM)', () => {
  test('a metadata block with 生成日期 and 公开形式 lines: the title is the line below it', () => {
    const d = detect([
      '当前位置: 首页',
      '>政务公开 >信息公开目录 >某某乡 >公开年报',
      '索引号: 330000JD050000/2017-00001 文件编号: 发布机构: 某某乡',
      '生成日期: 2017-03-20 主题分类: 综合政务 组配分类: 公开年报',
      '公开形式: 网站 公开方式: 主动公开 公开范围: 面向全社会',
      '某某乡政府2016年政府信息公开工作年度报告',
      '发布日期:2017-03-20 17:09 浏览次数: 来源:某某乡',
      '',
      '    我乡认真贯彻落实《中华人民共和国政府信息公开条例》规定,特向社会公开2016年某某乡信息公开年度报告。',
      '    一、2016年的主要工作情况',
      '    (一) 机构更明确',
    ].join('\n'));
    assert.equal(d.title, '某某乡政府2016年政府信息公开工作年度报告', d.reason);
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2016);
  });

  test('an excerpt starting inside part 一: 2019年度街道受理…… gives the year', () => {
    const d = detect([
      '(二)政府信息依申请公开情况',
      '',
      ' 2019年度街道受理信息公开申请0件。',
      '',
      '(三)复议、诉讼和申诉情况',
      '',
      '2019年度街道发生针对本部门有关政府信息公开事务的行政复议案0件。',
      '',
      '二、主动公开政府信息情况',
      '',
      '第二十条第(一)项',
      '',
      '三、收到和处理政府信息公开申请情况',
      '',
      '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2019', d.reason);
    assert.equal(d.year, 2019);
  });

  test('untitled, opening with 一、政府信息公开工作概述: a 2008-regulation report', () => {
    const d = detect([
      '一、政府信息公开工作概述',
      '推进政府信息公开是贯彻落实《政府信息公开条例》的重要举措,是深入推行政务公开的一项重要工作。2018年我镇在区政府的统一领导下,按照《政府信息公开条例》要求,全面推进政务公开。',
      '二、政府信息公开组织领导和制度建设情况',
      '(一)加强组织领导。',
      '五、主动公开政府信息以及公开平台建设等情况',
      '2018年我镇主动公开政府信息数39条。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2018);
  });

  test('一、政府信息公开工作概述 over a body about something else stays none', () => {
    const d = detect([
      '一、政府信息公开工作概述',
      '本栏目介绍政府信息公开的渠道和方式,欢迎公众查阅。',
      '二、联系方式',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

describe('untitled 法治政府建设 reports (hM)', () => {
  test('opens with the year; first heading the leaders’ duty part', () => {
    const d = detect([
      '2022年,在区委、区政府的坚强领导下,某某区司法局坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设,为全区发展提供坚实有力的法治保障。',
      '一、党政主要负责人履行推进法治建设第一责任人职责情况',
      '区司法局主要领导作为第一责任人,带头认真履行法治建设重要组织者职责。',
      '二、2022年推进法治政府建设的主要举措和成效',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2022);
  });

  test('opens with the year and its results; first heading a 法治政府建设 theme', () => {
    const d = detect([
      '2025年,某某市人民政府坚持以习近平新时代中国特色社会主义思想为指导,按照《法治政府建设实施纲要(2021—2025年)》部署,推进全市法治政府建设取得扎实成效。',
      '一、坚持党的领导,法治政府建设体制机制更加完善',
      '(一)强化思想引领。坚持把学习宣传贯彻习近平法治思想作为重大政治任务。',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2025);
  });

  test('现对2023年所做工作总结如下, then the measures part', () => {
    const d = detect([
      '根据“实行法治建设年度报告制度”的要求,以及市、区对法治建设工作的具体部署,2023年,某某街道全面深入开展法治政府建设,依法行政能力得到逐步提升。现对2023年所做工作总结如下:',
      '',
      '一、推进法治建设的主要举措和突出成效',
      '',
      '(一)坚持党对法治建设的统一领导',
    ].join('\n'));
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2023);
  });

  test('a plan opening with the year stays none', () => {
    const d = detect([
      '2024年是实施“八五”普法规划的关键之年,为推动全区法治政府建设取得新成效,结合我区实际,制定本方案。',
      '一、加强党对法治政府建设的领导',
      '(一)深入学习贯彻习近平法治思想。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('a self-inspection telling of results before a theme heading stays none', () => {
    const d = detect([
      '2023年,我局对照考评指标开展法治政府建设自查,法治政府建设取得明显成效。',
      '一、法治政府建设组织领导更加有力',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('a target, not a result (取得新成效), before a theme heading stays none', () => {
    const d = detect([
      '2024年,全区要以习近平法治思想为指导,推动法治政府建设取得新成效。',
      '一、持续深化法治政府建设示范创建',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('现对……总结如下 before a heading that is no statutory part stays none', () => {
    const d = detect([
      '2023年,某某街道结合法治政府建设要求,扎实开展普法宣传。现对2023年普法宣传工作总结如下:',
      '一、加强组织领导',
      '成立普法工作领导小组。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

describe('run-in titles (hM)', () => {
  test('a page number first and the year spaced from 年: 1、12016 年某某区……的报告2016 年,……', () => {
    const body = '某某区政府认真贯彻党的十八届四中、五中、六中全会精神,紧紧围绕法治政府建设中心工作,切实转变职能,全面推进依法行政,为保障各项改革任务顺利实施提供坚实的法制保障。';
    const d = detect(`1、12016 年某某区法治政府建设情况的报告2016 年,${body}${body}一、 某某区 2016 年依法行政工作总体情况(一) 加强组织领导`);
    assert.equal(d.title, '2016 年某某区法治政府建设情况的报告', d.reason);
    assert.equal(d.kind, 'rule-of-law', d.reason);
    assert.equal(d.year, 2016);
  });
});

describe('titles over two lines (hM)', () => {
  test('the year and the issuer above the report words: 2019年某某街道 / 政府信息公开工作年度报告', () => {
    const d = detect([
      '2019年某某街道',
      '政府信息公开工作年度报告',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求,结合街道2019年政府信息公开的实际情况编制而成。',
      '一、总体情况',
    ].join('\n'));
    assert.equal(d.title, '2019年某某街道政府信息公开工作年度报告', d.reason);
    assert.equal(d.kind, 'gov-info-2019', d.reason);
  });

  test('a year-and-issuer line above other words is not joined', () => {
    const d = detect([
      '2019年某某街道',
      '工作动态汇编',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。',
    ].join('\n'));
    assert.notEqual(d.title, '2019年某某街道工作动态汇编');
  });
});

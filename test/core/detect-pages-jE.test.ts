// Pages of a harvest of 国务院部门, 省级 and 2008-regulation reports (issue #12, jE).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { detect } from './helpers';

const BODY = [
  '',
  '  本报告根据《中华人民共和国政府信息公开条例》等规定,梳理2020年度本机关政府信息公开工作情况编制而成。报告中所列数据的统计期限,自2020年1月1日起至2020年12月31日止。',
  '',
  '  一、总体情况',
  '',
  '  2020年,本署严格贯彻《中华人民共和国政府信息公开条例》,加大主动公开力度。',
];

describe('report pages (jE)', () => {
  test('a browser page title: the report name, a dash and a site name (spam or not) is the report', () => {
    for (const suffix of ['-某某国际登录', '_某某署', ' | 某某在线']) {
      const text = [`某某总署(本级机关)2020年政府信息公开工作年度报告${suffix}`, '', '您的位置:首页 > 政务公开 > 政府信息公开年报', '', '某某总署(本级机关)2020年政府信息公开工作年度报告', ...BODY].join('\n');
      const d = detect(text);
      assert.equal(d.kind, 'gov-info-2019', `${suffix}: ${d.reason}`);
      assert.equal(d.year, 2020);
    }
  });

  test('a page about the report after the dash is still not the report', () => {
    const text = ['某某总署2020年政府信息公开工作年度报告-解读', '', '近日,某某总署发布了年度报告,报告显示全年主动公开信息204件。'].join('\n');
    assert.equal(detect(text).kind, null);
  });

  test('a site menu of short words above the title does not hide the title (2008 regulation, year from the title)', () => {
    const menu = ['某某电邮  使用帮助', '简体中文  繁体中文  English ', '新闻 要闻 动态 专题 访谈', '统计 快讯 数据 分析 预警',
      '公开 法规 解读 目录 行政许可', '互动 咨询 来信 建议 信息订阅', '办事 指南 下载 报考    公务员', '查询 通关 舱单 记分    企业基本情况'];
    const text = [...menu, '当前位置:首页 >> 政务公开首页>政府信息公开>公开年报', '某某总署2010年某某信息公开工作年度报告', '',
      '  本年报根据《中华人民共和国政府信息公开条例》编制。本年报由七部分组成:主要工作概述,主动公开情况,依申请公开情况。本年报中所列数据的统计期限自201011日起20101231止。',
      '', '  一、主要工作概述', '', '  2010年某某信息公开工作取得进展。'].join('\n');
    const d = detect(text);
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2010);
  });

  test('a letter that sends the report (关于报送……年度报告的函), the report attached below: the report', () => {
    const text = ['某某省某某厅关于报送2020年政府信息公开工作年度报告的函- 某某厅公众网', '', '某某省某某厅关于报送2020年政府信息公开工作年度报告的函', '',
      '省政府办公厅:', '', '  根据有关通知要求,现报送某某省某某厅2020年政府信息公开工作年度报告。', '', '  附件:某某省某某厅2020年政府信息公开工作年度报告',
      '', '', '   ', '', '', '  某某省某某厅', '', '  2021年1月26日', '', '', '   ', '', '', '  附件:', '',
      '某某省某某厅2020年政府信息公开工作年度报告', '', ...BODY.slice(1)].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, 'gov-info-2019', a.detection.reason);
    assert.equal(a.doc.year, 2020);
    assert.equal(a.doc.title?.norm, '某某省某某厅2020年政府信息公开工作年度报告');
  });

  test('a notice that publishes the report (关于公布 / ……年度报告的通知), the report below: the report', () => {
    const text = ['某某市人民政府办公室关于公布', '某某市2009年度政府信息公开工作年度报告的通知', '(某政办发〔2010〕3号)', '各县(区)人民政府:',
      '我办编制了《某某市2009年度政府信息公开工作年度报告》,现予公布。', '二〇一〇年一月十九日', '某某市2009年度政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》要求,特编制本年度报告。本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。',
      '一、概述', '2009年我市政府信息公开工作取得进展。'].join('\n');
    const d = detect(text);
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2009);
  });

  test('a letter about the report with no report below stays not a report', () => {
    const text = ['某某厅关于报送2020年政府信息公开工作年度报告的函', '', '省政府办公厅:', '', '  现报送我厅2020年政府信息公开工作年度报告,请审阅。', '', '  某某厅', '  2021年1月26日'].join('\n');
    assert.equal(detect(text).kind, null);
  });
});

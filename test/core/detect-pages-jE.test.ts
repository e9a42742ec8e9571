// Pages of a harvest of 国务院部门, 省级 and 2008-regulation reports (issue #12, jE).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, reason: a.detection.reason };
}

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
});

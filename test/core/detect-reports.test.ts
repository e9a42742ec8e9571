// Detection of published reports in the phrasings the brief of issue #12 lists: 法治政府建设
// titles (情况报告, 工作总结, 关于……工作情况的报告, 年度……工作报告; split over lines; below web
// chrome), 政府信息公开 年报/工作报告 (recognised, reason says the wording is not statutory), a
// 2008-regulation report known only by its headings; and the reverse, pages that talk about a
// report (explainer, notice, rule document, link list, 政务公开工作要点) stay silent. The year's
// source is reported honestly.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';

const ROL_BODY = '一、主要举措和成效\n（一）深入学习贯彻习近平法治思想。本年度，我局坚持依法行政。\n二、存在的不足和原因\n三、下一步工作安排\n';
const GOV_BODY = [
  '一、总体情况',
  '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, source: a.doc.yearSource, reason: a.detection.reason };
}

describe('法治政府建设 titles', () => {
  const cases: [string, string][] = [
    ['情况报告', '某某市司法局2023年法治政府建设情况报告\n'],
    ['工作总结', '某某县2022年法治政府建设工作总结\n'],
    ['关于……工作情况的报告', '某某区人民政府关于2023年法治政府建设工作情况的报告\n'],
    ['年度……工作报告', '某某市自然资源局2023年度法治政府建设工作报告\n'],
    ['年度报告', '某某镇2023年度法治政府建设年度报告\n'],
    ['split: issuer above', '某某市市场监督管理局\n关于2023年法治政府建设工作情况的报告\n'],
    ['split: title halves', '某某市市场监督管理局2023年\n法治政府建设情况报告\n'],
    ['below web chrome', '首页 > 政务公开 > 法治政府建设\n索引号：11330100/2024-00012\t发布机构：某某市司法局\n发布时间：2024-01-20\n某某市司法局2023年法治政府建设情况报告\n'],
  ];
  for (const [name, head] of cases) {
    test(name, () => {
      const d = detect(head + ROL_BODY);
      assert.equal(d.kind, 'rule-of-law', d.reason);
      assert.equal(d.year, 2023 - (name === '工作总结' ? 1 : 0), d.reason);
      assert.equal(d.source, 'title');
    });
  }
});

describe('政府信息公开 年报 / 工作报告: recognised, wording noted as not statutory', () => {
  for (const title of ['某某县人民政府2023年政府信息公开年报', '某某市教育局2023年政府信息公开工作报告']) {
    test(title, () => {
      const d = detect(title + '\n' + GOV_BODY);
      assert.equal(d.kind, 'gov-info-2021', d.reason);
      assert.match(d.reason, /不是法定/);
    });
  }
});

describe('a 2008-regulation report without a title, from its headings', () => {
  test('概述 / 主动公开 / 依申请公开 / 咨询处理 / 收费及减免 / 复议诉讼 / 问题及改进', () => {
    const text = ['一、概述', '2010年，我局认真贯彻《中华人民共和国政府信息公开条例》。', '二、主动公开政府信息情况', '三、依申请公开政府信息情况',
      '四、咨询处理情况', '五、政府信息公开的收费及减免情况', '六、因政府信息公开申请行政复议、提起行政诉讼的情况', '七、存在的主要问题及改进措施', ''].join('\n');
    const d = detect(text);
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.deepEqual([d.year, d.source], [2010, 'body']);
  });
});

describe('pages that talk about a report stay silent', () => {
  const pages: [string, string][] = [
    ['explainer', '关于《某某市2023年政府信息公开工作年度报告》的解读\n' + GOV_BODY],
    ['explainer, 年度报告的解读', '关于某某区2023年度法治政府建设年度报告的解读\n' + ROL_BODY],
    ['notice', '关于报送2023年政府信息公开工作年度报告的通知\n各乡镇人民政府，县政府各部门：\n' + GOV_BODY],
    ['notice, rule of law', '关于报送2023年度法治政府建设情况报告的通知\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下：\n' + ROL_BODY],
    ['rule document', '中华人民共和国政府信息公开工作年度报告格式\n' + GOV_BODY],
    ['link list', '政府信息公开年度报告\n某某市2023年政府信息公开工作年度报告\n某某市2022年政府信息公开工作年度报告\n某某市2021年政府信息公开工作年度报告\n'],
    ['link list with dates', '年度报告\n某某市2023年政府信息公开工作年度报告 2024-01-20\n某某市2022年政府信息公开工作年度报告 2023-01-18\n某某市2021年政府信息公开工作年度报告 2022-01-25\n'],
    ['政务公开工作要点', '某某市2024年政务公开工作要点\n一、总体要求\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n'],
  ];
  for (const [name, text] of pages) {
    test(name, () => {
      const r = lint(text);
      assert.deepEqual([r.kind, r.findings.map((f) => f.rule)], [null, []], analyze(text).detection.reason);
    });
  }
});

describe('the year: which source decided', () => {
  test('statistical period, no year in the title', () => {
    const d = detect('某某局政府信息公开工作年度报告\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n' + GOV_BODY);
    assert.deepEqual([d.year, d.source], [2022, 'period']);
    assert.match(d.reason, /统计期限/);
  });
  test('the signing date', () => {
    const d = detect('某某局法治政府建设情况报告\n' + ROL_BODY + '某某局\n2024年2月5日\n');
    assert.deepEqual([d.year, d.source], [2023, 'date']);
    assert.match(d.reason, /落款/);
  });
  test('the body', () => {
    const d = detect('某某局法治政府建设情况报告\n2023年，我局坚持依法行政。\n' + ROL_BODY);
    assert.deepEqual([d.year, d.source], [2023, 'body']);
    assert.match(d.reason, /正文/);
  });
});

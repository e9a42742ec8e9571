// 2021-format reports as stored web pages (issue #12): the layouts and page furniture that
// made published reports unread or wrongly read. A slash breadcrumb above the title
// (首页/ 政府信息公开 / 政府信息公开年报 / 乡镇 / 2021 / 正文) is chrome, not the title; a page
// that starts at 一、总体情况 reads its year from the body even behind a run-in heading
// (（一）主动公开情况。2024年我局……); an opening led by its basis (根据《条例》……本年度报告由……组成)
// with a statutory heading is a report; a metadata block with labels spaced by runs of spaces
// (索  引  号: … 生成日期: …) is chrome. Texts are our own, shaped like the stored pages.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import { classifyPageMeta } from '../../server/src/core/model/artifacts-meta';
import { isBreadcrumb } from '../../server/src/core/parse/title';

const TABLE2 = [
  '二、主动公开政府信息情况',
  '第二十条第(一)项 | |||',
  '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '规章 | 0 | 0 | 0 |',
  '行政规范性文件 | 1 | 0 | 3 |',
  '第二十条第(五)项 | |||',
  '信息内容 | 本年处理决定数量 | ||',
  '行政许可 | 0 | ||',
].join('\n');

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length - 1;
const webLines = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web').map((x) => lineOf(text, x.start));

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, title: a.doc.title?.norm ?? null, reason: a.detection.reason };
}

describe('slash breadcrumb above the title', () => {
  const page = [
    '首页/ 政府信息公开 / 政府信息公开年报 / 乡镇 / 2021 / 正文',
    '',
    '某某镇2021年政府信息公开工作年度报告',
    '',
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现向社会公布2021年度本镇政府信息公开工作年度报告。',
    '',
    '一、总体情况',
    '',
    '(一)主动公开情况',
    '',
    '2021年,我镇通过政府网站发布各类信息85条。',
  ].join('\n');

  test('is not the title; the report below it is read', () => {
    const d = detect(page);
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2021);
    assert.equal(d.title, '某某镇2021年政府信息公开工作年度报告');
  });

  test('is reported as web chrome', () => {
    assert.deepEqual(webLines(page), [0]);
  });

  test('breadcrumb shapes', () => {
    assert.ok(isBreadcrumb('首页/ 政府信息公开 / 政府信息公开年报 / 镇街 / 2021年 / 正文'));
    assert.ok(isBreadcrumb('政府信息公开 / 政府信息公开年报 / 正文'));
    assert.ok(isBreadcrumb('您当前所在的位置：首页 > 政务公开'));
    assert.ok(!isBreadcrumb('某某镇2021年政府信息公开工作年度报告'));
    assert.ok(!isBreadcrumb('本年增/减'));
  });
});

describe('year from the body behind a run-in heading', () => {
  const page = (first: string) => [
    '一、总体情况',
    first,
    '(二)依申请公开情况。2024年,我局共收到政府信息公开申请5件,均在规定时限内完成答复。',
    '(三)政府信息管理情况。我局认真贯彻落实政府信息公开各项规定。',
    TABLE2,
  ].join('\n');

  test('（一）主动公开情况。2024年,我局…', () => {
    const d = detect(page('(一)主动公开情况。2024年,我局共主动公开政府信息376条。'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2024, d.reason);
  });

  test('2024年我局… without a comma', () => {
    const d = detect(page('(一)主动公开情况。2024年我局认真贯彻《条例》,主动公开信息120条。'));
    assert.equal(d.year, 2024, d.reason);
  });

  test('a plan for next year is no evidence', () => {
    const text = ['一、总体情况', '(一)工作安排。2025年,我局将继续加强信息公开。', '本局全年共公开信息30条。', TABLE2].join('\n');
    assert.equal(detect(text).year, null);
  });
});

describe('opening led by its basis', () => {
  const intro = '根据《中华人民共和国政府信息公开条例》(以下简称条例)及有关规定,我镇编制了本年度政府信息公开工作年度报告。'
    + '本年度报告由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日止。';

  test('with a statutory heading: a report of the year of its period', () => {
    const d = detect([intro, '一、总体情况', '2021年度,我镇认真贯彻落实上级政府信息公开相关规定。'].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2021);
  });

  test('without any statutory heading: not settled as a report', () => {
    const d = detect([intro, '我镇认真贯彻落实上级政府信息公开相关规定。'].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('a notice that cites the regulation is no report', () => {
    const notice = '根据《中华人民共和国政府信息公开条例》规定,现就做好本年度报告编制工作通知如下。本年度报告由各单位于1月31日前报送。';
    const d = detect([notice, '一、总体情况', '各单位要高度重视。'].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

describe('metadata labels spaced by runs of spaces', () => {
  test('索  引  号 … 生成日期 and 文       号 / 关键字', () => {
    assert.equal(classifyPageMeta('索  引  号: 11620403013912770D/2026-206748 生成日期: 2026-01-28')?.tier, 'strong');
    assert.ok(classifyPageMeta('文       号: 关键字:'));
  });

  test('prose with the words is not metadata', () => {
    assert.equal(classifyPageMeta('本机关的索  引  号为统一编制,生成日期按规定填写。'), null);
  });

  test('the block above a report is reported line by line', () => {
    const text = [
      '索  引  号: 11620403013912770D/2026-206748 生成日期: 2026-01-28',
      '文       号: 关键字:',
      '所属机构: 某某区政府办 发布机构:',
      '某某区人民政府办公室2025年政府信息公开工作年度报告',
      '一、总体情况',
      '2025年,本机关认真贯彻落实《条例》。',
    ].join('\n');
    assert.deepEqual(webLines(text), [0, 1, 2]);
    assert.equal(lint(text).kind, 'gov-info-2021');
  });
});

describe('cells with their pipe on the line below', () => {
  // 规章 / | / 0 / | …: each cell's pipe on a line of its own; header cells broken over two lines.
  const cells = (xs: string[]) => xs.flatMap((x) => [x, '|']).join('\n');
  const table2 = cells([
    '第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
    '规章', '0', '0', '0', '行政规范性文件', '2', '1', '5',
    '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '3',
    '第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '4', '行政强制', '0',
    '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费', '0',
  ]);
  const head3 = [
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '|', '申请人情况', '|', '自然人', '|', '法人或其他组织', '|', '总计', '|',
    '商业', '企业', '|', '科研', '机构', '|', '社会公益组织', '|', '法律服务机构', '|', '其他', '|',
  ].join('\n');
  const row = (label: string, v: number[]) => cells([label, ...v.map(String)]);
  const report = (applied: number[]) => [
    '某某镇2023年政府信息公开工作年度报告',
    '一、总体情况',
    '2023年,我镇认真贯彻落实《条例》。',
    '二、主动公开政府信息情况',
    '|',
    table2,
    '三、收到和处理政府信息公开申请情况',
    '|',
    head3,
    row('一、本年新收政府信息公开申请数量', applied),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    cells(['三、本年度办理结果', '(一)予以公开']),
    row('', [1, 0, 0, 0, 0, 0, 1]).replace(/^\n?\|\n/, ''),
  ].join('\n');

  test('table 二 is read with its values', () => {
    const a = analyze(report([1, 0, 0, 0, 0, 0, 1]));
    assert.equal(a.kind, 'gov-info-2021');
    assert.ok(a.report!.tables.has('active'), 'table 二 read');
    assert.ok(a.report!.tables.has('applications'), 'table 三 read');
  });

  test('a numbered section heading with a pipe below stays a heading', () => {
    const a = analyze(report([1, 0, 0, 0, 0, 0, 1]));
    const titles = a.doc.headings.filter((h) => h.level === 1).map((h) => h.title);
    assert.ok(titles.some((t) => t.includes('主动公开政府信息情况')), titles.join('/'));
    assert.ok(titles.some((t) => t.includes('收到和处理政府信息公开申请情况')), titles.join('/'));
  });

  test('a wrong total in the read row is found', () => {
    const r = lint(report([1, 0, 0, 0, 0, 0, 5]));
    assert.ok(r.findings.some((f) => f.rule === 'table-row-total' && f.severity === 'error'), r.findings.map((f) => f.rule).join(','));
  });
});

describe('opening naming the year of its work', () => {
  test('汇报我镇2023年政府信息公开工作 gives the year', () => {
    const text = [
      '一、总体情况',
      '本报告是根据《中华人民共和国政府信息公开条例》要求,主要从总体情况等六个方面汇报我镇2023年政府信息公开工作。',
      '二、主动公开政府信息情况',
      '我镇主动公开信息20条。',
    ].join('\n');
    const d = detect(text);
    assert.equal(d.year, 2023, d.reason);
  });

  test('a year inside 《》 is no evidence', () => {
    const text = [
      '一、总体情况',
      '本报告是根据《汇报我镇2019年政府信息公开工作的通知》要求编制。',
      '二、主动公开政府信息情况',
      '我镇主动公开信息20条。',
    ].join('\n');
    assert.notEqual(detect(text).year, 2019);
  });
});

describe('pipe metadata with the colon closing the label cell', () => {
  test('索引号: | value | 公开方式: | 主动公开 |', () => {
    assert.equal(classifyPageMeta('索引号: | 113308247743941119/2024-122331 | 公开方式: | 主动公开 |')?.tier, 'strong');
    assert.ok(classifyPageMeta('文号: | 公开日期: | 2024-01-26 | |'));
    assert.equal(classifyPageMeta('发布单位: | 中村乡 | 有效性: |')?.tier, 'strong');
  });
  test('a table row is not metadata', () => {
    assert.equal(classifyPageMeta('行政许可: | 3 | 本年处理 |'), null);
  });
});

describe('betting-site SEO phrase in a sentence', () => {
  const base = ['某某乡2023年政府信息公开工作年度报告', '一、总体情况', '2023年度我乡在XAPPX信息公开发布平台上主动公开政府信息300余条。'].join('\n');
  test('伟德app官网下载苹果版安装 is spam', () => {
    const r = lint(base.replace('XAPPX', '伟德app官网下载苹果版安装'));
    const spam = r.findings.filter((f) => f.rule === 'artifact-spam');
    assert.equal(spam.length, 1);
  });
  test('a person named 伟德 is not', () => {
    const r = lint(base.replace('XAPPX', '由张伟德负责的'));
    assert.equal(r.findings.filter((f) => f.rule === 'artifact-spam').length, 0);
  });
});

describe('the opening names the report with another year', () => {
  const text = (named: number) => [
    `根据《中华人民共和国政府信息公开条例》规定,我镇认真编制了《某某镇${named}年政府信息公开工作年度报告》。本年度报告由总体情况等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日止。`,
    '一、总体情况',
    '2021年度,我镇认真贯彻落实上级政府信息公开相关规定。',
  ].join('\n');
  const found = (t: string) => lint(t).findings.filter((f) => f.rule === 'year-mismatch');

  test('2020 in the name of a 2021 report is found', () => {
    const t = text(2020);
    const f = found(t);
    assert.equal(f.length, 1);
    assert.equal(t.slice(f[0].start, f[0].end), '2020年');
  });
  test('the right year is silent', () => {
    assert.equal(found(text(2021)).length, 0);
  });
  test('a notice about another year’s report is not the report naming itself', () => {
    const t = text(2021).replace('我镇认真编制了《某某镇2021年政府信息公开工作年度报告》', '按照《关于做好2020年政府信息公开工作年度报告编制工作的通知》要求');
    assert.equal(found(t).length, 0);
  });
});

describe('flip-book page header', () => {
  const text = [
    'Page 8 - 某某市某某局2022年政府信息公开工作年度报告',
    'P. 8',
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年度未发生行政复议和行政诉讼。',
  ].join('\n');
  test('both lines are chrome; the one with the title is not deleted blindly', () => {
    assert.deepEqual(webLines(text), [0, 1]);
    const f = lint(text).findings.filter((x) => x.rule === 'artifact-web');
    assert.ok(f[0].message.includes('标题'), f[0].message);
  });
  test('a sentence that mentions a page is not chrome', () => {
    assert.deepEqual(webLines(['某某局2022年政府信息公开工作年度报告', '一、总体情况', 'Page 8 - 见附件第8页所列信息。'].join('\n')), []);
  });
});

describe('more page shapes', () => {
  test('依据《条例》第五十条规定,编制本报告 with a statutory heading is a report', () => {
    const d = detect([
      '依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定,编制本报告。',
      '一、总体情况',
      '2021年,市发展改革委深入贯彻《政府信息公开条例》。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2021);
  });

  test('a QR share prompt above the report is chrome', () => {
    const text = ['用微信扫描二维码分享至好友和朋友圈', '某某市人民政府办公室2023年政府信息公开工作年度报告', '一、总体情况', '2023年,本机关认真贯彻落实《条例》。'].join('\n');
    assert.deepEqual(webLines(text), [0]);
  });

  test('text-sum: a bracketed remark restating a part is not another part', () => {
    const base = '某某局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局共收到政府信息公开申请共15件,其中同意公开的8件,其他(不属于本机关公开)的7件,(这7件因为机构改革,职能已划转至其他部门),均依法答复。\n';
    assert.equal(lint(base).findings.filter((f) => f.rule === 'text-sum').length, 0);
    const wrong = base.replace('其他(不属于本机关公开)的7件', '其他(不属于本机关公开)的9件').replace('这7件', '这9件');
    assert.equal(lint(wrong).findings.filter((f) => f.rule === 'text-sum').length, 1);
  });
});

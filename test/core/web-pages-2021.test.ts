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
import { classifyPageMeta } from '../../server/src/core/rules/artifacts-meta';
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

// Look-alike pages of a harvest of documents that are not the statutory reports (issue #12, iF):
// a notice whose title is broken after the report words (…关于政府信息公开工作年度报告 / 有关事项的通知)
// is a notice, not a report; a real report whose title is followed by its first line stays one;
// a rules text opening with 第一条 whose items list a report's contents is not a report.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, reason: a.detection.reason, title: a.doc.title?.norm ?? null };
}

const NOTICE_BODY = [
  '国办公开办函〔2019〕60号',
  '',
  '各省、自治区、直辖市人民政府办公厅,国务院各部委、各直属机构办公厅(室):',
  '',
  '修订后的《中华人民共和国政府信息公开条例》已于2019年5月15日起施行。现就有关事项通知如下:',
  '',
  '一、抓紧部署',
  '',
  '政府信息公开工作年度报告涉及的行政机关量大面广。',
];

describe('look-alike pages (iF)', () => {
  test('issuer / 关于…年度报告 / 有关事项的通知: a notice, silent', () => {
    const text = ['信息公开', '', '某某办公室', '关于政府信息公开工作年度报告', '有关事项的通知', '', ...NOTICE_BODY].join('\n');
    const d = detect(text);
    assert.equal(d.kind, null, d.reason);
    assert.match(d.title ?? '', /有关事项的通知$/);
    assert.equal(lint(text).findings.filter((x) => x.severity === 'error' || x.severity === 'warning').length, 0);
  });

  test('the same in Traditional script, without the issuer line', () => {
    const text = ['關于政府信息公開工作年度報告', '編制工作的通知', '', ...NOTICE_BODY].join('\n');
    assert.equal(detect(text).kind, null);
  });

  test('a report title followed by its opening line is still the report', () => {
    const d = detect([
      '某某县人民政府',
      '2023年政府信息公开工作年度报告',
      '',
      '本年度报告根据《中华人民共和国政府信息公开条例》编制。',
      '一、总体情况',
      '2023年,本县主动公开政府信息120条。',
      '二、主动公开政府信息情况',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
    assert.equal(d.year, 2023);
  });

  test('a report whose next line is a short unit line ending in 的 words is not cut short', () => {
    const d = detect(['2023年政府信息公开工作年度报告', '某某镇人民政府', '一、总体情况', '全年主动公开信息20条。', '二、主动公开政府信息情况'].join('\n'));
    assert.equal(d.kind, 'gov-info-2021', d.reason);
  });

  test('a rules text opening with 第一条 that lists what a report must contain: silent', () => {
    const text = [
      '第一条 各科室及局属各单位应于每年12月底前,将政府信息公开年度报告报局办公室。',
      '第二条 报告的内容:',
      '(一)主动公开政府信息的情况',
      '1.全年主动公开政府信息的数量;',
      '(二)政府信息依申请公开情况及不予公开政府信息的情况',
      '1.年度内共受理政府信息公开申请件数;',
      '(三)依申请政府信息公开收费及费用减免情况',
      '1.年度内收取的费用总数;',
      '(四)申请复议、提起行政诉讼情况',
      '1.年度内被行政复议的件数;',
    ].join('\n');
    const d = detect(text);
    assert.equal(d.kind, null, d.reason);
    assert.match(d.reason, /条文/);
    assert.equal(lint(text).findings.filter((x) => x.severity === 'error' || x.severity === 'warning').length, 0);
  });

  test('a report whose table rows start with 第二十条第（一）项 is not a rules text', () => {
    const d = detect([
      '第二十条第(一)项 |',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '一、总体情况',
      '2023年,本局主动公开政府信息20条。',
      '二、主动公开政府信息情况',
    ].join('\n'));
    assert.notEqual(d.kind, null, d.reason);
  });
});

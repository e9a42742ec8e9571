// Look-alike pages of a harvest of documents that are not the statutory reports (issue #12, iF):
// a notice whose title is broken after the report words (…关于政府信息公开工作年度报告 / 有关事项的通知)
// is a notice, not a report; a real report whose title is followed by its first line stays one.
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
});

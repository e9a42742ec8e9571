// An untitled copy (the title left out, the page cut after part 一): the opening that presents the
// report's parts by name (现将……总体情况、主动公开政府信息情况、收到和处理……申请情况……报告如下) tells
// a report, where a notice asking for them does not. Texts of our own, in the shape layout-variants
// --modes notitle made of mR/14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { presentsParts } from '../../server/src/core/formats/detect-opening';

const OPENING = '根据《中华人民共和国政府信息公开条例》和《关于做好2024年度政府信息公开工作年度报告编制工作的通知》要求，现将某某镇2024年1月1日至12月31日期间的政府信息公开总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项报告如下：';

test('an untitled page opening with its parts presented by name, one part heading below: a report', () => {
  const a = analyze(['发布时间: 2025-01-23     浏览次数:    【字体:', '', OPENING, '一、总体情况',
    '2024年，某某镇人民政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进政务公开。', '（一）主动公开。本年度主动公开政府信息85条。'].join('\n'));
  assert.equal(a.detection.kind, 'gov-info-2021');
});

test('presentsParts: three parts by name before 报告如下; a notice asking for them is not one', () => {
  assert.equal(presentsParts(OPENING), true);
  assert.equal(presentsParts('现将本镇政府信息公开总体情况报告如下'), false);
  assert.equal(presentsParts('请各单位于1月20日前报送总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。现将有关事项通知如下'), false);
});

// Web excerpts of a department harvest (issue #12, hL): an untitled report whose opening cites
// the format notice in 《》 (根据《条例》和《关于印发……年度报告格式的通知》要求,特向社会公布2023年
// 政府信息公开工作年度报告。本报告包括……) is a report: a notice cited as the basis does not make
// the page a notice. A notice page that names itself in its first words stays none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

test('basis cites the format notice in 《》, then 特向社会公布…年度报告 and 一、总体情况', () => {
  const d = detect([
    '根据《中华人民共和国政府信息公开条例》和《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔2021〕30号)要求,特向社会公布2023年政府信息公开工作年度报告。本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。本报告所列数据统计期限自2023年1月1日起至12月31日止。',
    '一、总体情况',
    '(一)主动公开',
    '2023年,我局共通过政务网等网络渠道主动发布信息700余条。',
    '(二)依申请公开',
    '2023年度,我局共收到信息公开申请22起,答复22起。',
  ].join('\n'));
  assert.equal(d.kind, 'gov-info-2021', d.reason);
  assert.equal(d.year, 2023);
});

test('a notice about compiling the reports stays none', () => {
  const d = detect([
    '根据《中华人民共和国政府信息公开条例》规定,现就做好2023年政府信息公开工作年度报告编制和发布工作通知如下。本报告包括的内容请按格式编写。',
    '一、总体要求',
    '各单位要高度重视年度报告编制工作。',
  ].join('\n'));
  assert.equal(d.kind, null, d.reason);
});

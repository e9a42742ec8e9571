// text-damaged: a count that lost its unit and ran into the next item (文件46政府会议信息42), and a
// word that lost its first characters at a clause start (，治区办牵头 for 依法治区办), and a date alone on a
// line closed by a bracket never opened (2017年2月23日)).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a count run into the next item is reported, info', () => {
  for (const [s, want] of [
    ['发布区政府文件21条，区政府办公室文件46政府会议信息42、新闻发布会信息59，提案办理信息7条。', '46政'],
    ['主动公开信息4232条，其中政务新媒体发布信息39936甘肃政务服务网发布信息139条。', '39936甘'],
  ] as const) {
    const text = withGeneral(s);
    assert.deepEqual(slices(text), [want], s);
    assert.equal(findings(text, RULE)[0].severity, 'info');
  }
});

test('counts followed by units, years, Traditional units, or lines without any unit stay silent', () => {
  for (const s of [
    '发布区政府文件21条，政府会议信息42条，新闻发布会信息59余条。',
    '公开文件2023年版目录，政策信息12个，发布信息1.2万条。',
    '共發布行政許可信息76條，行政處罰信息2條。',
    '区政府办公室文件46政府会议信息42新闻发布会信息59。',
    '发布通知15号文件，转发文件10份，政策信息3条。',
    // 大项/小项: a unit of two characters (qF/01, 泾县 2012).
    '我县政府信息公开网站发布主动公开信息28大项、79小项，共计6657条。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('治区办 opening a clause lost 依法; the whole word, 自治区办公厅 and a line start stay silent', () => {
  assert.deepEqual(slices(withGeneral('按照全市统一部署，治区办牵头组织开展专项整治工作。')), ['治区办']);
  for (const s of [
    '按照全市统一部署，区委依法治区办牵头组织开展专项整治工作。',
    '根据自治区办公厅通知，依法治县办召开会议2次。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
  // A line opening with 治区办: the line before may end with 依法 (a wrapped line).
  const wrapped = withGeneral('。').replace(/\n/, '\n治区办牵头组织开展专项整治工作。\n');
  assert.ok(wrapped.includes('\n治区办牵头'));
  assert.deepEqual(slices(wrapped), []);
});

test('a date alone on a line closed by a bracket never opened is reported; a wrapped range or (date) is not', () => {
  const at = (line: string, before = '') => {
    const text = buildDraft().replace('\n', `\n${before}${line}\n`);
    return slices(text);
  };
  assert.deepEqual(at('2017年2月23日)'), ['2017年2月23日)']);
  assert.deepEqual(at('2017年2月23日）', '发布日期:2017-02-23\n'), ['2017年2月23日）']);
  assert.deepEqual(at('(2017年2月23日)'), []);
  assert.deepEqual(at('2017年2月23日'), []);
  assert.deepEqual(at('2016年12月31日)。', '本报告统计期限为(2016年1月1日至\n'), []);
  assert.deepEqual(at('2016年12月31日)', '本报告统计期限为(2016年1月1日至\n'), []);
});

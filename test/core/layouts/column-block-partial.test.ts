// PDF text in reading order whose 表三 comes partly row by row (pdftotext's default mode: the first rows
// label then values, the rest column by column), and the debris of a PDF → HTML → text conversion
// between rows printed row by row. Shapes of the published pages in set nM (洪泽区 2024, 淮安市 2024);
// the text is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办受理政府信息公开申请17件。\n二、主动公开政府信息情况\n主动公开信息1200条。\n';
const TOP = ['三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '法人或其他组织', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;
const seven = (v: string) => [v, '0', '0', '0', '0', '0', v];

test('partial 表三: the rows printed row by row are read (一 without its label), the scrambled rest is not guessed; a misspelt label among it is still judged', () => {
  // 一's values right after the header (its label printed later among the others), 二 and （一） row by row,
  // then the rest column by column: labels in a run, values in a run.
  const rest = SPEC.rows.filter((r) => !['new', 'carried', 'open'].includes(r.id));
  const body = [...TOP, ...seven('95'), '二、上年结转政府信息公开申请数量', ...seven('0'), '（一）予以公开', ...seven('50'),
    '一、本年新收政府信息公开申请数量', ...rest.map((r) => (r.id === 'deny-2' ? '2.其他法律行政止公开' : r.label)), ...rest.filter((r) => !r.group).flatMap((r) => seven(r.id === 'total' ? '95' : r.id === 'partial' ? '45' : '0'))];
  const text = `${HEAD}${body.join('\n')}\n${TAIL}`;
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.partial, true);
  // (deny-2's misspelt label among the rows not read is no row of the model; table-row-unknown reads it below.)
  assert.deepEqual(t.rows.map((r) => r.rowId), ['new', 'carried', 'open']);
  assert.equal(t.rows[0].values.get('total')!.text, '95');
  const r = lintText(text);
  // The prose's 17 against 本年新收 95 is found; no row is missing, no sum over rows not read.
  assert.ok(r.findings.some((f) => f.rule === 'text-table-mismatch' && /17/.test(f.message)), r.findings.map((f) => f.rule).join(' '));
  assert.deepEqual(r.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'text-table-mismatch').map((f) => f.rule), ['table-row-unknown']);
  assert.match(r.findings.find((f) => f.rule === 'table-row-unknown')!.message, /2\.其他法律行政止公开.*2\.其他法律行政法规禁止公开/);
  const info = r.findings.find((f) => f.rule === 'table-unreadable')!;
  assert.match(info.message, /只有 3 行/);
  // One row alone is not enough, and rows out of the statutory order are not read.
  const one = [...TOP, ...seven('95'), '二、上年结转政府信息公开申请数量', '0', ...rest.map((r) => r.label)];
  assert.equal(analyze(`${HEAD}${one.join('\n')}\n${TAIL}`).report!.tables.get('applications'), undefined);
  const swapped = [...TOP, '（一）予以公开', ...seven('50'), '二、上年结转政府信息公开申请数量', ...seven('0'), '（二）部分公开', '1', ...rest.map((r) => r.label)];
  assert.equal(analyze(`${HEAD}${swapped.join('\n')}\n${TAIL}`).report!.tables.get('applications'), undefined);
});

test('表三 row by row through a PDF → HTML → text conversion: label tails after the values, a vertical group label, a page rule, a misspelt label, the 2019 （六） row', () => {
  const body = [...TOP,
    '一、本年新收政府信息公开申请数量', ...seven('95'), '二、上年结转政府信息公开申请数量', ...seven('0'), '（一）予以公开', ...seven('50'),
    '（二）部分公开（区分处理的，只计这一情 形，不', ...seven('9'), '计其他情形）', '三', '1.属于国家秘密', ...seven('0'), '、', '2.', '本',
    '其他法律行政止公开', ...seven('0'), '年', '3.危及“三安全一稳定”', ...seven('1'), '（三）不予公开', '4.保护第三方合法权益', ...seven('0'),
    '5.', '果', '属于三类内部事务信息', ...seven('0'), '6.属于四类过程性信息', ...seven('1'), '7.属于行政执法案卷', ...seven('1'), '8.属于行政查询事项', ...seven('0'),
    '（四）无法提供', '1.本机关不掌握相关政府信息', ...seven('31'), '- 3 -', '', '------------------------------------------------------------------------', '',
    '2.没有现成信息需要另行制作', ...seven('1'), '3.补正后申请内容仍不明确', ...seven('0'), '1.信访举报投诉类申请', ...seven('1'), '2.重复申请', ...seven('0'),
    '3.要求提供公开出版物', ...seven('0'), '（五）不予处理', '4.无正当理由大量反复 申请', ...seven('0'), '5.要求行政机关确认或重 新出具 0', '0', '0', '0', '0', '0', '0', '已获取信息',
    '（六）其他处理', ...seven('0'), '（七）总计', ...seven('95'), '四、结转下年度继续办理', ...seven('0')];
  const text = `${HEAD}${body.join('\n')}\n${TAIL}`;
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.layout, 'column-block');
  assert.ok(!t.partial && !t.unreadable);
  assert.equal(t.rows.find((r) => r.rowId === 'noproc-5')!.values.get('natural')!.text, '0');
  assert.equal(t.rows.find((r) => r.rowId === 'otherproc')!.kind, 'unknown');
  const rules = lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule).sort();
  // The 2019 row in a 2024 report, the misspelt label, the prose's 17 against 95: and nothing else.
  assert.deepEqual([...new Set(rules)], ['format-outdated', 'table-row-unknown', 'text-table-mismatch']);
});

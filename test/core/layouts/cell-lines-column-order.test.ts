// PDF text in reading order pasted with a blank line after every line (a PDF's lines put into a web
// page one paragraph each): the blank lines look like the blank-line separated web copy of a table,
// but the values come column by column. More figures in a row than any statutory row holds (表四's
// one row: 15) shows it; the cells are then left to the column-block reader, which reads only what
// fits without a guess. Text of our own, in the shape of real/c03 (洪泽区 2023).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，区政府办受理政府信息公开申请95件。\n二、主动公开政府信息情况\n主动公开信息1200条。\n';
const TOP = ['三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '法人或其他组织', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;
const seven = (v: string) => [v, '0', '0', '0', '0', '0', v];
const doubled = (t: string) => t.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');

test('表三 in reading order with a blank line after every line: not read row by row from the blank lines', () => {
  // 一 and 二 row by row, then every other label in a run and every value in a run (column by column).
  const rest = SPEC.rows.filter((r) => !['new', 'carried'].includes(r.id));
  const body = [...TOP, '一、本年新收政府信息公开申请数量', ...seven('95'), '二、上年结转政府信息公开申请数量', ...seven('0'),
    ...rest.map((r) => r.label), ...rest.filter((r) => !r.group).flatMap((r) => seven(r.id === 'total' || r.id === 'open' ? '95' : '0'))];
  const text = `${HEAD}${body.join('\n')}\n${TAIL}`;
  const plain = analyze(text).report!.tables.get('applications')!;
  assert.equal(plain.layout, 'column-block');
  for (const t of [text, doubled(text)]) {
    const a = analyze(t);
    const table = a.report!.tables.get('applications');
    // Read in part (its first rows) or not at all, as the column-block reader reads it: never regrouped by guess.
    if (table) assert.equal(table.layout, 'column-block');
    else assert.ok((a.report!.unreadable ?? []).some((u) => u.id === 'applications'));
    const wrong = lintText(t).findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && /^table-|review-total/.test(f.rule));
    assert.deepEqual(wrong.map((f) => `${f.rule}: ${f.message}`), []);
  }
});

test('a web copy of 表三 with blank lines between its cells is still read row by row', () => {
  const rows = SPEC.rows.flatMap((r) => (r.group ? [r.label] : [r.label, ...seven(r.id === 'new' || r.id === 'open' || r.id === 'total' ? '3' : '0')]));
  const text = doubled(`${HEAD}${[...TOP, ...rows].join('\n')}\n${TAIL}`);
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.layout, 'cell-lines');
  assert.equal(t.rows.find((r) => r.rowId === 'new')!.values.get('total')!.text, '3');
});

// PDF text broken at the page width: every full line 30 characters, ending inside a sentence.
const WRAPPED = [
  '2023年，区政府办公室坚持以习近平新时代中国特色社会主义思',
  '想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，',
  '紧紧围绕区委区政府中心工作，不断加大政府信息主动公开力度，',
  '持续规范依申请公开办理流程，切实保障人民群众的知情权、参与',
  '权和监督权，政府信息公开工作取得新成效。一是加强组织领导，',
  '调整政府信息公开工作领导小组，明确分管领导和具体工作人员，',
  '确保信息公开工作有人抓、有人管。二是完善制度机制，修订主动',
  '公开目录，健全发布审查制度，确保公开信息及时准确规范发布。',
].join('\n');
// 表二 as pdftotext prints it: the one-column blocks' values above their labels.
const ACTIVE = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '行政规范性文件', '0', '5', '5',
  '第二十条第（五）项', '信息内容', '本年处理决定数量', '550', '行政许可',
  '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '4119', '行政强制', '195',
  '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '7730.28', '行政事业性收费'].join('\n');

test('PDF text broken at the page width, pasted double-spaced: 表二 in reading order is read as without the blank lines', () => {
  const text = `某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n${WRAPPED}\n二、主动公开政府信息情况\n${ACTIVE}\n${TAIL}`;
  const rows = (t: string) => analyze(t).report!.tables.get('active')!.rows.filter((r) => r.kind === 'data').map((r) => `${r.rowId}=${[...r.values.values()].map((c) => c?.text ?? '').join(',')}`);
  const plain = rows(text);
  assert.ok(plain.includes('fees=7730.28') && plain.includes('licensing=550'), plain.join(' '));
  assert.deepEqual(rows(doubled(text)), plain);
  const missing = lintText(doubled(text)).findings.filter((f) => f.rule === 'table-row-missing');
  assert.deepEqual(missing.map((f) => f.message), []);
});

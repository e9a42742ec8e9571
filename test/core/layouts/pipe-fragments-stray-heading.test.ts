// A converter's 表三 in pieces (PDF → Markdown): a GFM fragment, then a group label broken over lines that
// reads as a part heading (三、本 / 年度办 / 理结果), another GFM fragment, then a group label that reads as
// a sub-heading (（三）不予公开) and pipe rows without a |---| line (the rest of the table, as nK/02's
// converter writes it). Pipe rows with or without their |---| line are one layout: the rows under the
// stray headings are the table's, as when every fragment has its |---| line. The text is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办受理政府信息公开申请5件。\n二、主动公开政府信息情况\n主动公开信息1200条。\n';
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;

const row = (label: string, v: number[]) => `| ${label} | ${v.join(' | ')} |`;
const VALUES: Record<string, number[]> = { new: [5, 0, 0, 0, 0, 0, 5], open: [3, 0, 0, 0, 0, 0, 3], 'deny-1': [1, 0, 0, 0, 0, 0, 1], 'unable-1': [1, 0, 0, 0, 0, 0, 1], total: [5, 0, 0, 0, 0, 0, 5] };
const values = (id: string) => VALUES[id] ?? [0, 0, 0, 0, 0, 0, 0];

function table3(sep: boolean): string {
  const lines = ['三、收到和处理政府信息公开申请情况', '申请人情况'];
  const data = SPEC.rows.filter((r) => !r.group);
  const at = (id: string) => data.findIndex((r) => r.id === id);
  lines.push(...data.slice(0, at('open')).map((r, k) => row(r.label, values(r.id)) + (k === 0 ? '\n| --- | --- | --- | --- | --- | --- | --- | --- |' : '')));
  lines.push('三、本', '年度办', '理结果');
  lines.push(...data.slice(at('open'), at('deny-1')).map((r, k) => row(r.label, values(r.id)) + (k === 0 ? '\n| --- | --- | --- | --- | --- | --- | --- | --- |' : '')));
  lines.push('（三）不予公开');
  lines.push(...data.slice(at('deny-1')).map((r, k) => row(r.label, values(r.id)) + (sep && k === 0 ? '\n| --- | --- | --- | --- | --- | --- | --- | --- |' : '')));
  return `${HEAD}${lines.join('\n')}\n${TAIL}`;
}

test('a converter\'s 表三 in pieces under stray headings: pipe rows without a |---| line after a GFM fragment are still the table\'s', () => {
  for (const sep of [true, false]) {
    const text = table3(sep);
    const t = analyze(text).report!.tables.get('applications')!;
    const ids = new Set(t.rows.map((r) => r.rowId));
    for (const id of ['new', 'open', 'deny-1', 'unable-1', 'total', 'next']) assert.ok(ids.has(id), `${sep ? 'with' : 'without'} |---|: ${id}`);
    const errors = lintText(text).findings.filter((f) => f.severity !== 'info' && /^table-/.test(f.rule));
    assert.deepEqual(errors.map((f) => `${f.rule} ${f.message}`), [], sep ? 'with |---|' : 'without |---|');
  }
});

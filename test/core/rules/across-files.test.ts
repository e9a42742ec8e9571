// carryover-mismatch and content-duplicate: a report compared with the same issuer's report for
// the year before, passed to lint() as summaries (the CLI and the server do the reading).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, summarize, LineMap } from '../../../server/src/core';
import { ROOT } from '../helpers';

const Y2023 = readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
/** The same office's 2022 report: same tables, its 结转下年度 row as given. */
function report2022(next: string): string {
  return Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
    .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, `| 四、结转下年度继续办理 | ${next} |`);
}
const rules = (r: ReturnType<typeof lint>, id: string) => r.findings.filter((f) => f.rule === id);

test('carryover-mismatch: 上年结转 equals last year\'s 结转下年度 → silent', () => {
  const prev = summarize(report2022('3 | 0 | 0 | 0 | 0 | 0 | 3'), '2022.md');
  assert.deepEqual([prev.year, prev.issuer], [2022, '示例市示例区人民政府办公室']);
  assert.deepEqual(rules(lint(Y2023, { related: [prev] }), 'carryover-mismatch'), []);
});

test('carryover-mismatch: a different column is reported on this year\'s 上年结转 cell', () => {
  const prev = summarize(report2022('4 | 0 | 0 | 0 | 0 | 0 | 4'), 'drafts/2022.md');
  const found = rules(lint(Y2023, { related: [prev] }), 'carryover-mismatch');
  assert.equal(found.length, 2, 'natural persons and total');
  const lm = new LineMap(Y2023);
  const line = lm.lineText(lm.positionAt(found[0].start).line);
  assert.match(line, /^\| 二、上年结转政府信息公开申请数量/);
  assert.equal(Y2023.slice(found[0].start, found[0].end), '3');
  assert.equal(found[0].message, '“自然人”：上年结转 3，但 2022 年度报告（drafts/2022.md）结转下年度为 4');
  assert.equal(found[0].severity, 'warning');
});

test('carryover-mismatch: another issuer, another year or no related report → silent', () => {
  const other = summarize(report2022('9 | 0 | 0 | 0 | 0 | 0 | 9').replace(/示例区人民政府办公室/g, '另一区人民政府办公室'), 'x.md');
  const old = summarize(report2022('9 | 0 | 0 | 0 | 0 | 0 | 9').replace(/2022年/g, '2021年'), 'y.md');
  assert.deepEqual(rules(lint(Y2023, { related: [other, old] }), 'carryover-mismatch'), []);
  assert.deepEqual(rules(lint(Y2023), 'carryover-mismatch'), []);
});

const PARAS = [
  '本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实政府信息公开条例各项要求。',
  '围绕区委区政府中心工作，持续推进决策、执行、管理、服务、结果公开，不断提升政务公开标准化规范化水平。',
  '严格落实公文公开属性源头认定机制，坚持先审查后公开，确保公开内容准确无误。',
  '加强政府门户网站和政务新媒体建设管理，及时发布政策文件和解读材料，回应社会关切。',
  '规范依申请公开办理流程，严格按照法定时限答复，依法保障申请人的合法权益。',
  '加强政务公开业务培训，提高工作人员依法公开意识和业务能力，夯实工作基础。',
  '将政务公开工作纳入年度绩效考核，强化监督检查，对发现的问题及时督促整改到位。',
  '推进基层政务公开标准化规范化建设，编制完善公开事项目录，方便群众查询办事。',
  '做好重大行政决策预公开，广泛听取社会公众意见，提高决策透明度和公众参与度。',
  '下一步将继续丰富政策解读形式，提升解读质量，推动政策更好落地见效。',
];
/** A short report of one office for one year whose prose is exactly `paras`. */
function withProse(year: number, paras: string[]): string {
  return [`# 示例区人民政府办公室${year}年政府信息公开工作年度报告`, '', '## 一、总体情况', '', ...paras, '',
    '## 二、主动公开政府信息情况', '', '见附表。', '', '## 六、其他需要报告的事项', '', '无。', ''].join('\n');
}

test('content-duplicate: most sentences copied from last year (numbers aside) → one warning on the title', () => {
  // Last year's text with this year's figures: the years and numbers changed, nothing else.
  const prev = summarize(withProse(2022, PARAS.map((p) => p.replace('全面', '2022年全面'))), '2022.md');
  const copied = PARAS.map((p) => p.replace('全面', '2023年全面'));
  const r = lint(withProse(2023, copied), { related: [prev] });
  const f = rules(r, 'content-duplicate');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^正文 100% 的句子（10\/10）与 2022 年度报告（2022\.md）相同$/);
  assert.equal(withProse(2023, copied).slice(f[0].start, f[0].end), '示例区人民政府办公室2023年政府信息公开工作年度报告');
});

test('content-duplicate: a rewritten report is not flagged', () => {
  const prev = summarize(withProse(2022, PARAS), '2022.md');
  // Four of ten sentences kept: below the 60% mark.
  const fresh = PARAS.map((p, i) => (i % 3 === 0 ? p : `今年在${p.slice(2, 8)}方面有了新的做法和新的成效，详见第${i}点说明材料`));
  assert.deepEqual(rules(lint(withProse(2023, fresh), { related: [prev] }), 'content-duplicate'), []);
  assert.deepEqual(rules(lint(withProse(2023, PARAS)), 'content-duplicate'), [], 'nothing to compare with');
});

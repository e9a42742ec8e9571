// core/features/symbols.ts: the outline of a report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols, OutlineSymbol } from '../../../server/src/core/features/symbols';
import { buildDraft, buildRuleOfLaw } from '../rules/build';
import { analyzed, corpus, SAMPLE, WEEKLY_NOTE } from './corpus';

const SIX = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

const shape = (s: OutlineSymbol): unknown => ({ name: s.name, kind: s.kind, children: s.children.map(shape) });

test('the sample: title, the six statutory sections in order, each table inside its section', () => {
  const syms = documentSymbols(analyzed(SAMPLE));
  assert.deepEqual(syms.map(shape), [{
    name: '示例市示例区人民政府办公室2023年政府信息公开工作年度报告', kind: 'title', children: [
      { name: SIX[0], kind: 'statutory-section', children: [{ name: '（一）依申请公开', kind: 'section', children: [] }] },
      { name: SIX[1], kind: 'statutory-section', children: [{ name: '表：主动公开政府信息情况', kind: 'table', children: [] }] },
      { name: SIX[2], kind: 'statutory-section', children: [{ name: '表：收到和处理政府信息公开申请情况', kind: 'table', children: [] }] },
      { name: SIX[3], kind: 'statutory-section', children: [{ name: '表：政府信息公开行政复议、行政诉讼情况', kind: 'table', children: [] }] },
      { name: SIX[4], kind: 'statutory-section', children: [] },
      { name: SIX[5], kind: 'statutory-section', children: [] },
    ],
  }]);
  const [title] = syms;
  assert.equal(title.detail, '政府信息公开工作年度报告（2021 年格式，适用于 2021 年度起）');
  const s3 = title.children[2];
  assert.equal(SAMPLE.slice(s3.selectionStart, s3.selectionEnd), '收到和处理政府信息公开申请情况');
  assert.equal(SAMPLE.slice(s3.start, s3.start + 7), '## 三、收到');
  assert.ok(SAMPLE.slice(s3.start, s3.end).endsWith('| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |'), 'trailing blank lines trimmed');
  const t3 = s3.children[0];
  assert.equal(t3.detail, '第三部分表格');
  assert.equal(SAMPLE.slice(t3.selectionStart, t3.selectionEnd), '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |');
  assert.equal(t3.end, s3.end);
});

test('a plain-text draft: the sections are the roots; a drifted heading keeps its wording in detail', () => {
  const text = buildDraft({ flavour: 'txt', layout: 'tab' }).replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请的情况');
  const syms = documentSymbols(analyzed(text));
  const sections = syms.filter((s) => s.kind === 'statutory-section');
  assert.deepEqual(sections.map((s) => s.name), SIX);
  assert.equal(sections[2].detail, '三、收到和处理政府信息公开申请的情况');
  assert.deepEqual(sections.map((s) => s.children.map((c) => c.kind)), [[], ['table'], ['table'], ['table'], [], []]);
});

test('a rule-of-law report: headings as written, the content item in detail', () => {
  const syms = documentSymbols(analyzed(buildRuleOfLaw()));
  const plan = syms.find((s) => s.name === '七、下一步工作计划')!;
  assert.equal(plan.kind, 'statutory-section');
  assert.equal(plan.detail, '下一年度推进法治政府建设的主要安排');
});

test('nothing for a text that is not a report', () => {
  assert.deepEqual(documentSymbols(analyzed(WEEKLY_NOTE)), []);
});

test('ranges nest: selection inside range, children inside parents, siblings in order, on every text', () => {
  for (const { name, text } of corpus()) {
    const check = (list: OutlineSymbol[], lo: number, hi: number) => {
      let prev = lo;
      for (const s of list) {
        assert.ok(lo <= s.start && s.start <= s.end && s.end <= hi, `${name}: ${s.name} [${s.start},${s.end}) in [${lo},${hi})`);
        assert.ok(s.start <= s.selectionStart && s.selectionStart <= s.selectionEnd && s.selectionEnd <= s.end, `${name}: selection of ${s.name}`);
        assert.ok(s.start >= prev, `${name}: ${s.name} in order`);
        assert.ok(s.name.length > 0);
        prev = s.start;
        check(s.children, s.start, s.end);
      }
    };
    check(documentSymbols(analyzed(text)), 0, text.length);
  }
});

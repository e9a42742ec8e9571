// core/features/arithmetic.ts: constraint instances with all their values. The instances that
// fail must be exactly what model/table-facts.ts failures() reports plus those one wrong cell explains
// (engine/explain.ts, reported on that cell), on every text of the sweep.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS } from '../../../server/src/core/formats/index';
import { failures } from '../../../server/src/core/model/table-facts';
import { diagnose } from '../../../server/src/core/engine/explain';
import {
  constraintInstances, equation, expectedValue, holds, instanceName, scopeOf, skipReason, tableName, valuesText,
} from '../../../server/src/core/features/arithmetic';
import { buildDraft, setCell } from '../rules/build';
import { analyzed, at, corpus, SAMPLE } from './corpus';

describe('constraintInstances', () => {
  test('fails exactly where failures() does or a wrong cell explains, on every text of the sweep', () => {
    let failing = 0;
    for (const { name, text } of corpus()) {
      const a = analyzed(text);
      const rules = [...new Set(a.format?.constraints.map((c) => c.rule) ?? [])];
      for (const rule of rules) {
        const mine = constraintInstances(a).filter((i) => i.constraint.rule === rule && holds(i) === false)
          .map((i) => ({ c: i.constraint, along: i.along, l: i.leftSum, r: i.rightSum, at: i.left[0].cell!.start }));
        const explained = diagnose(a).explanations.flatMap((e) => e.instances).filter((i) => i.constraint.rule === rule);
        const theirs = [...failures(a, rule).map((f) => ({ c: f.constraint, along: f.along, l: f.leftSum, r: f.rightSum, at: f.left[0].cell.start })),
          ...explained.map((i) => ({ c: i.constraint, along: i.along, l: i.leftSum, r: i.rightSum, at: i.left[0].cell!.start }))];
        const key = (x: { c: unknown; along: string | null; at: number }) => `${a.format!.constraints.indexOf(x.c as never)}:${x.at}:${x.along}`;
        assert.deepEqual(mine.map(key).sort(), theirs.map(key).sort(), `${name}: ${rule}`);
        failing += mine.length;
      }
    }
    assert.ok(failing > 20, `the sweep has failing instances (${failing})`);
  });

  test('every instance of the sample, with the raised cell failing R2 and R3', () => {
    const a = analyzed(SAMPLE);
    const all = constraintInstances(a);
    // R1 and R3 in 7 columns, R2 in 25 rows, R4 three times.
    assert.equal(all.length, 7 + 25 + 7 + 3);
    assert.deepEqual(all.filter((i) => holds(i) === false).map((i) => `${i.constraint.id}@${i.along}`), ['R2@open', 'R3@natural', 'R4@null']);
    const open = all.find((i) => i.constraint.id === 'R2' && i.along === 'open')!;
    assert.deepEqual([open.leftSum, open.rightSum], [28, 29]);
    const cell = open.left[0].cell!;
    assert.equal(SAMPLE.slice(cell.start, cell.end), '28');
    assert.equal(expectedValue(open, cell), 29);
    assert.equal(expectedValue(open, open.right[0].cell!), null, 'a summand is not determined by its row total');
    assert.equal(constraintInstances(a), all, 'cached per analysis');
  });

  test('a balance determines its right-hand cells: 四 = 一 + 二 − （七）', () => {
    const a = analyzed(SAMPLE);
    const r1 = constraintInstances(a).find((i) => i.constraint.id === 'R1' && i.along === 'natural')!;
    const [total, next] = r1.right;
    assert.equal(expectedValue(r1, next.cell!), 40 + 3 - 40);
    assert.equal(expectedValue(r1, total.cell!), 40 + 3 - 3);
    assert.equal(expectedValue(r1, r1.left[0].cell!), null);
  });

  test('a blank cell in a row with other numbers is read as 0 and remembered; an unreadable cell or a row with no number skips', () => {
    const base = buildDraft();
    const zero = analyzed(setCell(base, '（一）予以公开', 1, '').text);
    const z = constraintInstances(zero).find((x) => x.constraint.id === 'R2' && x.along === 'open')!;
    assert.equal(holds(z), false);
    assert.deepEqual([z.leftSum, z.rightSum], [6, 5]);
    assert.equal(z.assumed.length, 1);
    assert.equal(z.right[1].assumed, true);
    assert.equal(z.right[1].value, 0);
    let empty = base;
    for (let k = 0; k < 7; k++) empty = setCell(empty, '（一）予以公开', k, '').text;
    const blank = analyzed(empty);
    const i = constraintInstances(blank).find((x) => x.constraint.id === 'R2' && x.along === 'open')!;
    assert.equal(holds(i), null);
    assert.deepEqual(i.assumed, []);
    assert.equal(skipReason(i), '“总计”栏为空');
    const text = analyzed(setCell(base, '（一）予以公开', 0, '若干').text);
    const j = constraintInstances(text).find((x) => x.constraint.id === 'R3' && x.along === 'natural')!;
    assert.equal(holds(j), null);
    assert.equal(skipReason(j), '“（一）予以公开”行“若干”不是非负整数');
  });
});

describe('names from the format data', () => {
  test('equations, scopes and instance names of R1–R4 in both formats', () => {
    for (const kind of ['gov-info-2019', 'gov-info-2021'] as const) {
      const f = FORMATS[kind];
      const by = (id: string) => f.constraints.find((c) => c.id === id)!;
      const t3 = f.tables.applications;
      assert.equal(equation(t3, by('R1')), '一 + 二 = 三（七） + 四');
      assert.equal(equation(t3, by('R2')), '总计 = 自然人 + 商业企业 + … + 其他（共 6 项）');
      assert.match(equation(t3, by('R3')), /^（七）总计 = （一）予以公开 \+ （二）部分公开 \+ … \+ （六）其他处理.*（共 \d+ 项）$/);
      assert.equal(scopeOf(t3, by('R1')), '每列');
      assert.equal(scopeOf(t3, by('R2')), '每行');
      assert.equal(scopeOf(f.tables.review, by('R4')), '行政复议');
    }
    const a = analyzed(SAMPLE);
    const names = new Set(constraintInstances(a).map(instanceName));
    for (const n of ['本列 一 + 二 = 三（七） + 四', '行总计', '本列（七）总计', '行政复议总计', '行政诉讼·未经复议直接起诉总计', '行政诉讼·复议后起诉总计']) {
      assert.ok(names.has(n), n);
    }
    assert.equal(tableName(a, 'applications'), '表三');
    assert.equal(tableName(a, 'review'), '表四');
  });

  test('long sides list the non-zero terms and the focus, then count the zeros', () => {
    const t = (v: number, i: number) => ({ id: `r${i}`, cell: { text: String(v), start: i, end: i + 1, value: { type: 'int' as const, value: v } }, value: v });
    const short = [3, 0, 1].map(t);
    assert.equal(valuesText(short, short[1].cell), '3 + **0** + 1');
    const long = [5, 0, 0, 2, 0, 0, 0, 0, 0, 0].map(t);
    assert.equal(valuesText(long, null), '5 + 2（其余 8 项为 0）');
    assert.equal(valuesText(long, long[2].cell), '5 + **0** + 2（其余 7 项为 0）');
    assert.equal(valuesText(long.map((x) => ({ ...x, value: 0 })), null), '0（10 项均为 0）');
  });

  test('skipped on a missing row: says the row is missing', () => {
    const text = buildDraft().split('\n').filter((l) => !l.includes('（七）总计')).join('\n');
    const a = analyzed(text);
    const i = constraintInstances(a).find((x) => x.constraint.id === 'R3')!;
    assert.equal(holds(i), null);
    assert.equal(skipReason(i), '“（七）总计”行缺失');
    assert.ok(at(text, '四、结转') > 0);
  });
});

// section-empty: a statutory heading with nothing under it (tables lost in a PDF copy).
// Error for 二/三/四 (the statutory tables, with a skeleton fix), warning for 一/五/六.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS } from '../../../server/src/core/formats/index';
import {
  applyOne, build2008, buildDraft, buildRuleOfLaw, emptySection, findings, LAYOUTS, lineOf, SIGNATURE, where,
} from './build';

const RULE = 'section-empty';
const TITLES = FORMATS['gov-info-2021'].sections.map((s) => `${'一二三四五六'[s.number! - 1]}、${s.title}`);

test('silent on complete drafts, rule-of-law and 2008 reports', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(findings(buildDraft({ kind, layout, flavour }), RULE), []);
    }
  }
  assert.deepEqual(findings(buildRuleOfLaw(), RULE), []);
  assert.deepEqual(findings(build2008(), RULE), []);
});

test('fires on the heading line; error for 二/三/四, warning for 一/五/六', () => {
  for (const flavour of ['md', 'txt'] as const) {
    for (let n = 1; n <= 6; n++) {
      // Section 六 is emptied up to the end of the text so that only its heading is left.
      const base = buildDraft({ flavour });
      const text = n === 6 ? base.slice(0, base.indexOf(TITLES[5]) + TITLES[5].length) + '\n' : emptySection(base, n);
      const fs = findings(text, RULE);
      assert.equal(fs.length, 1, `${flavour} ${TITLES[n - 1]}`);
      const heading = (flavour === 'md' ? '## ' : '') + TITLES[n - 1];
      assert.deepEqual(where(text, fs[0]), { line: lineOf(text, heading), slice: heading });
      const table = n >= 2 && n <= 4;
      assert.equal(fs[0].severity, table ? 'error' : 'warning', TITLES[n - 1]);
      assert.equal(fs[0].message, `“${TITLES[n - 1]}”下没有内容${table ? '：缺少法定表格' : ''}`);
      assert.equal(!!fs[0].fix, table, 'a fix only where a statutory table belongs');
    }
  }
});

test('quick-fix inserts the empty table in the draft\'s layout under the heading; lints clean; nothing else changes', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const n of [2, 3, 4]) {
        const text = emptySection(buildDraft({ kind, layout }), n);
        const [f] = findings(text, RULE);
        const fixed = applyOne(text, f);
        assert.deepEqual(findings(fixed, RULE), [], `${kind} ${layout} ${n}`);
        const after = fixed.slice(fixed.indexOf(TITLES[n - 1]));
        const inserted = after.split('\n').slice(2, 4).join('\n');
        assert.equal(inserted.includes('\t'), layout === 'tab', `${layout} table under ${TITLES[n - 1]}`);
        assert.equal(f.fix!.safe, false, 'a blank table is a quick fix only, never fix-all');
      }
    }
  }
});

test('precision: sub-headings with text count as content', () => {
  const text = buildDraft().replace(/一是政策解读[^\n]*/, '### （一）存在的主要问题\n\n政策解读形式较为单一。');
  assert.deepEqual(findings(text, RULE), []);
});

test('precision: a heading followed only by an HTML comment is still empty', () => {
  const text = buildDraft().replace(/一是政策解读[^\n]*/, '<!-- 待补充 -->');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '## 五、存在的主要问题及改进情况');
});

test('precision: 六 followed only by the signature and date is empty', () => {
  const text = emptySection(buildDraft(), 6);
  assert.ok(text.includes(`六、其他需要报告的事项\n\n${SIGNATURE}\n`));
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
});

test('rule-of-law: an empty chapter is a warning named by its own title, without a fix', () => {
  const text = buildRuleOfLaw().replace('执法队伍专业化水平有待提高，原因是培训不足。', '');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '二、存在的不足和原因'), slice: '二、存在的不足和原因' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '“存在的不足和原因”下没有内容');
  assert.equal(fs[0].fix, undefined);
});

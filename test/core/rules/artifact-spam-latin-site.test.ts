// artifact-spam: a betting brand in Latin letters glued before a site word (xxbet体育_xxbet官网@:),
// as planted in hacked report pages; Latin words in report prose stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

function inject(s: string): string {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  return d.slice(0, i) + s + d.slice(i);
}

test('found: a Latin bet-brand before 体育/官网', () => {
  const text = inject('按照省、市abcbet体育_abcbet官网@:做好年度报告编制工作的要求。');
  const got = findings(text, 'artifact-spam').map((f) => where(text, f).slice);
  assert.deepEqual(got.filter((s) => s.includes('bet')).length >= 1, true, JSON.stringify(got));
});

for (const s of ['开展alphabet教育活动3次。', '上线BETA版平台1个。', '举办体育活动5场，官网发布信息20条。']) {
  test(`not spam: ${s}`, () => {
    const text = inject(s);
    assert.deepEqual(findings(text, 'artifact-spam').map((f) => where(text, f).slice), []);
  });
}

// artifact-spam: betting brands written with Latin letters and digits (BET3365, bet365, 365体育,
// 188BET) and brand names (威尼斯人, 皇冠体育), as whole tokens only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { buildDraft, findings, where } from './build';

function inject(s: string): string {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  return d.slice(0, i) + s + d.slice(i);
}

for (const term of ['BET3365', 'bet365', '365体育', '188BET', '威尼斯人', '皇冠体育']) {
  test(`found: ${term}`, () => {
    const text = inject(`${term}官网`);
    const got = findings(text, 'artifact-spam');
    assert.ok(got.some((f) => where(text, f).slice.includes(term)), JSON.stringify(got.map((f) => where(text, f).slice)));
  });
}
for (const s of ['全年365天不间断服务。', '办理事项188件，BETA版系统上线。', '新增文号TBET365A。', '全年开展体育赛事365场次。', '威尼斯人居环境考察团来访。']) {
  test(`not spam: ${s}`, () => {
    const text = inject(s);
    assert.deepEqual(findings(text, 'artifact-spam').map((f) => where(text, f).slice), []);
  });
}

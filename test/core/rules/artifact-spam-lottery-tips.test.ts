// artifact-spam: lottery-tip SEO titles planted in hacked report pages (issue #12, hJ: a page
// opening “香港免费图库资料大全 香港免费图库资料大全”); ordinary mentions of the places stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

function inject(s: string): string {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  return d.slice(0, i) + s + d.slice(i);
}

for (const s of ['香港免费图库资料大全', '新澳门开奖结果', '管家婆一肖一码']) {
  test(`found: ${s}`, () => {
    const text = inject(s + '\n');
    assert.ok(findings(text, 'artifact-spam').length >= 1);
  });
}

for (const s of ['接待香港、澳门考察团3批次。', '编印档案资料大全1册。', '建成全市图库1个。']) {
  test(`not spam: ${s}`, () => {
    const text = inject(s);
    assert.deepEqual(findings(text, 'artifact-spam').map((f) => where(text, f).slice), []);
  });
}

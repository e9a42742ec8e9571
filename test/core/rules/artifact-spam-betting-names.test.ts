// artifact-spam: betting and lottery brands planted as a site name or an SEO line (彩天下 on a
// line of its own above the title, 大发快三, 亚博体育) — issues #12, #16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const slices = (text: string): string[] => findings(text, 'artifact-spam').map((f) => where(text, f).slice);

test('彩天下 on a line of its own above the report: spam', () => {
  const text = `彩天下\n\n\n${buildDraft()}`;
  assert.deepEqual(slices(text), ['彩天下']);
});

test('大发快三, 亚博体育, 开元棋牌 inside the text: spam', () => {
  for (const term of ['大发快三', '亚博体育', '开元棋牌']) {
    const d = buildDraft();
    const i = d.indexOf('。') + 1;
    const text = `${d.slice(0, i)}${term}${d.slice(i)}`;
    assert.ok(slices(text).some((s) => s.includes(term)), term);
  }
});

test('多彩天下, 光彩天下 in a sentence: silent', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  for (const s of ['打造多彩天下文化品牌。', '光彩天下公益活动持续开展。']) {
    const text = `${d.slice(0, i)}${s}${d.slice(i)}`;
    assert.deepEqual(slices(text), [], s);
  }
});

test('a football-betting site or a Macau casino swapped in for 关于 (欧洲杯足球网:, 澳门金沙城中心:): spam; the tournament alone is not', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  for (const [s, term] of [['认真落实省委、省政府欧洲杯足球网:推进政务公开工作的各项决策部署。', '欧洲杯足球网'],
    ['按照《国务院办公厅政府信息与政务公开办公室澳门金沙城中心:印发〈年度报告格式〉的通知》的要求编制。', '澳门金沙城中心']]) {
    const text = `${d.slice(0, i)}${s}${d.slice(i)}`;
    assert.ok(slices(text).some((x) => x.includes(term)), term);
  }
  for (const s of ['欧洲杯期间加强网络安全管理。', '组织收看世界杯足球赛转播。', '协调澳门特别行政区来访团组。']) {
    assert.deepEqual(slices(`${d.slice(0, i)}${s}${d.slice(i)}`), [], s);
  }
});

test('a live-score betting brand swapped in for 关于 (县委、县政府皇冠足球比分:《…工作要点》, nT/36): spam; a crown or a football match alone is not', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  const text = `${d.slice(0, i)}县委、县政府皇冠足球比分:《2025年全县法治政府建设工作要点》文件精神。${d.slice(i)}`;
  assert.ok(slices(text).some((x) => x.includes('皇冠足球比分')), '皇冠足球比分');
  for (const s of ['组织开展校园足球比赛。', '皇冠假日酒店会议室召开培训会。']) {
    const t = `${d.slice(0, i)}${s}${d.slice(i)}`;
    assert.deepEqual(slices(t), [], s);
  }
});

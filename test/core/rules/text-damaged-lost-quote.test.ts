// text-damaged: a closing quote that lost its opening one (建设示范县”；接受司法部“…”, harvested pages mP/23,
// mQ/17, mB/11); paired quotes, quotations wrapped over lines or cut by a page break stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a closing quote with no opening one before it → info over its clause', () => {
  const text = withGeneral('牵头创成全省法治政府建设示范县”；接受司法部“法治基层行”专题采访。');
  assert.deepEqual(slices(text), ['牵头创成全省法治政府建设示范县”']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '引号不成对，后引号之前缺少对应的前引号：“牵头创成全省法治政府建设示范县””');
  // two lost openings far apart: the first is reported
  assert.deepEqual(slices(withGeneral('积极运用鸭南微讯”微信公众号，在显著位置设置专栏。鸭南乡鸭南微讯”微信平台公开发布信息78条。')), ['积极运用鸭南微讯”']);
});

test('paired, wrapped, page-broken and wrong-direction quotes stay silent', () => {
  for (const s of [
    '严格执行“三审三校”制度，开展“法治基层行”活动。',
    // a quotation wrapped over lines, and over a PDF page footer
    '严格执行“分\n\n-1-\n\n级审核、先审后发”程序。',
    // both halves typed as ”: another slip, not a lost opening
    '开展”法治基层行”活动。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

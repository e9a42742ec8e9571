// text-damaged: an opening quote never closed before the next opening one (围绕“六稳“、”六保”工作, harvested pages oO/33,
// oP/02; 在“政府信息公开网站“市卫生健康委”版块, oR/09; 增强“四个意识、坚定“四个自信, oD/02); paired quotes, quotes nested in
// quotes and quotations wrapped over lines stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';
import { unclosedQuote } from '../../../server/src/core/model/text-brackets';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('an opening quote followed by another before any closing one → info from the first to the second', () => {
  const text = withGeneral('电子版可在“政府信息公开网站“市卫生健康委”版块查阅。');
  assert.deepEqual(slices(text), ['“政府信息公开网站“']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '引号不成对，前引号之后缺少对应的后引号（或后引号误打成前引号）：““政府信息公开网站“”');
  // the closing quote typed as an opening one
  assert.deepEqual(slices(withGeneral('围绕“六稳“、”六保”工作，加强政策解读。')), ['“六稳“']);
});

test('paired, nested, far apart and wrapped quotes stay silent', () => {
  for (const s of [
    '严格执行“三审三校”制度，开展“法治基层行”活动。',
    '开展“学习“两会”精神”主题活动。',
    '严格执行“分\n级审核、先审后发”程序。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
  assert.equal(unclosedQuote('设立“一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三“专栏”'), -1);
});

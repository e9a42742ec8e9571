// text-share: 占X% against the part and the total it is listed under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textShare);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('silent on the built drafts', () => {
  assert.deepEqual(run(buildDraft()), []);
});

test('the total in the previous sentence of the same paragraph, or before 其中', () => {
  for (const [sentence, msg] of [
    ['共收到申请100件。其中予以公开40件，占45%。', '所占比例应为 40/100 ≈ 40.0%，文中为 45%'],
    ['共收到申请100件，其中予以公开40件，占总数的45%；部分公开10件，占10%。', '所占比例应为 40/100 ≈ 40.0%，文中为 45%'],
    ['共收到申请200件，其中予以公开50件，占20%。', '所占比例应为 50/200 ≈ 25.0%，文中为 20%'],
  ]) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.equal(fs[0].message, msg);
    assert.equal(fs[0].severity, 'info');
    assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
  }
});

test('rounding, truncation and unreadable sentences give no finding', () => {
  for (const sentence of [
    '共收到申请100件。其中予以公开40件，占40%。',
    // seed 004: 占总数 of the answered 7723, the count right before 其中.
    '在7743件申请中，已经答复的7723件，占总数的99.7%，其中：同意公开7673件，占总数的99.4%；不予公开的2件，占总数的0.03%；信息不存在的47件，占总数的0.61%。',
    '共收到申请3件，其中予以公开2件，占66%。', // 66.67 truncated
    '共收到申请3件，其中予以公开2件，占67%。',
    '共收到申请100件，予以公开40件，占45%。', // no 其中: base unknown
    '共收到申请100件，其中予以公开、部分公开分别为40件、10件，分别占40%、15%。',
    '共收到申请约100件，其中予以公开40件，占45%。',
    '全年收到申请10件，上年结转2件。其中予以公开6件，占50%。', // two counts before: base unknown
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('予以公开率 against table 三 (built draft: 予以公开 6 of 12 handled, 12 received, 1 carried)', () => {
  const sentence = '本年度予以公开率为60%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '60%');
  assert.equal(fs[0].message, '予以公开率按表三应为 6/12 ≈ 50.0%（“予以公开”/“（七）总计”），文中为 60%');
  for (const ok of ['本年度予以公开率为50%。', '本年度予以公开率为46.2%。', '本年度予以公开率为46%。'])
    assert.deepEqual(run(withProse(ok)), [], ok);
});

test('a share rounded up (no honest rounding gives it) → info; rounded or truncated → silent', () => {
  for (const s of ['共收到申请12件，其中予以公开5件，占42%。', '共收到申请12件，其中予以公开5件，占41%。', '共收到申请12件，其中予以公开5件，占41.7%。']) {
    assert.deepEqual(run(withProse(s)), [], s);
  }
  // 17/41 = 41.46%: rounded or truncated, 41%; never 42%.
  const sentence = '共收到申请41件，其中予以公开17件，占42%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '42%' });
  assert.equal(fs[0].message, '所占比例应为 17/41 ≈ 41.5%，文中为 42%');
  // Shares of one total adjusted to add up to 100% (1.24% as 1.3%, 16.35% as 16.3%).
  assert.deepEqual(run(withProse('共收到申请1046件。其中网上提交862件，占比82.4%；信函提交171件，占比16.3%；当面提交13件，占比1.3%。')), []);
  assert.equal(run(withProse('共收到申请1046件。其中网上提交862件，占比82.4%；当面提交13件，占比1.3%。')).length, 1);
});

test('占总体 before the figure (qE harvest: 机构职能类信息2条，占总体22.2%；乡镇文件类7条，占总体78.8%)', () => {
  const sentence = '全年主动公开政府信息9条。其中，机构职能类信息2条，占总体22.2%；乡镇文件类7条，占总体78.8%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.deepEqual(fs.map((f) => f.message), ['所占比例应为 7/9 ≈ 77.8%，文中为 78.8%']);
  assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
});

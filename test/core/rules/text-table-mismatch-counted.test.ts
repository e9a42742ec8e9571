// text-table-mismatch, phrasings of published reports that were not compared before: applications
// counted in 条/起/次/份, 依申请公开事项, 公民、法人和其他组织 (who may apply, not the applicant columns),
// the issuer's own short name before the verb (长安街道受理… in a report of 示例区长安街道办事处), a year
// named only as the source or target of a carry-over (含2022年结转的1件), 含上年度结转申请N件, and
// 无因…导致/没有因…引起的行政复议. The built draft's table 三: 新收 12, 上年结转 1, （七）总计 12,
// 结转下年度 1; table 四: 行政复议 2 (one corrected), 行政诉讼 1 (pending); report year 2023 (2021 format).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textTableMismatch);
const withProse = (sentence: string, issuer?: string) => {
  const text = buildDraft({ kind: 2021 }).replace(ANCHOR, ANCHOR + sentence);
  return issuer ? text.split('示例区人民政府办公室').join(issuer) : text;
};
const slices = (text: string) => run(text).map((f) => where(text, f).slice);

test('applications counted in 条, 起, 次 or 份 are compared with 本年新收 / （七）总计', () => {
  for (const [sentence, slice] of [
    ['本年度共收到依申请公开申请15条，均按要求完成答复。', '15条'],
    ['全年共收到政府信息公开申请22起。', '22起'],
    ['全年收到依申请公开政府信息申请2次。', '2次'],
    ['全年共办结政府信息公开申请9条。', '9条'],
  ]) {
    const text = withProse(sentence);
    assert.deepEqual(slices(text), [slice], sentence);
    assert.equal(where(text, run(text)[0]).line, lineOf(text, sentence));
  }
  for (const sentence of ['本年度共收到依申请公开申请12条。', '全年共收到政府信息公开申请12起。', '全年共办结政府信息公开申请12条。']) {
    assert.deepEqual(slices(withProse(sentence)), [], sentence);
  }
  // Other counts in 条 are not applications: 发布依申请公开信息 (published), 主动公开.
  for (const sentence of ['利用政府信息公开网发布依申请公开信息5条。', '全年主动公开政府信息20条。']) {
    assert.deepEqual(slices(withProse(sentence)), [], sentence);
  }
});

test('依申请公开事项 are the applications; 政务服务事项 are not', () => {
  assert.deepEqual(slices(withProse('全年共办理依申请公开事项20件，均按期办结。')), ['20件']);
  assert.deepEqual(slices(withProse('全年共办理依申请公开事项13件，均按期办结。')), [], '新收 + 上年结转');
  assert.deepEqual(slices(withProse('全年共受理政务服务事项申请20件。')), []);
});

test('公民、法人和其他组织 names who may apply: the clause is the received total, not the legal-person columns', () => {
  assert.deepEqual(slices(withProse('全年共接收公民、法人及其他组织政府信息公开申请17件，均在法定期限内办结。')), ['17件']);
  assert.deepEqual(slices(withProse('全年共接收公民、法人及其他组织政府信息公开申请12件。')), []);
  const text = withProse('全年共收到公民、法人和其他组织提出的政府信息公开申请15件。');
  assert.match(run(text)[0].message, /新收申请 15件 与表三“一、本年新收政府信息公开申请数量”总计 12 不符/);
});

test('the issuer named by its short name, or by the bare word, is the issuer; another organisation is a sub-unit', () => {
  const issuer = '示例区长安街道办事处';
  assert.deepEqual(slices(withProse('2023年，长安街道共受理政府信息公开申请15件。', issuer)), ['15件']);
  assert.deepEqual(slices(withProse('2023年度街道受理信息公开申请15件。', issuer)), ['15件']);
  assert.deepEqual(slices(withProse('2023年，长安街道共受理政府信息公开申请12件。', issuer)), []);
  // Another organisation before the verb: its own figure.
  assert.deepEqual(slices(withProse('2023年，区教育局共受理政府信息公开申请15件。', issuer)), []);
  assert.deepEqual(slices(withProse('其中西城街道受理政府信息公开申请15件。', issuer)), []);
  // An organisation after the verb is addressed, not acting.
  assert.deepEqual(slices(withProse('全年共收到公众向区政府办公室提交的政府信息公开申请15件。')), ['15件']);
});

test('a year named only as the source or target of a carry-over does not make it another year\'s figure', () => {
  assert.deepEqual(slices(withProse('办结依申请公开件15件（含2022年结转的1件）。')), ['15件']);
  assert.deepEqual(slices(withProse('办结依申请公开件12件（含2022年结转的1件）。')), []);
  assert.deepEqual(slices(withProse('办结依申请公开件12件（含2022年结转的3件）。')), ['3件'], 'the note is 上年结转');
  // Other years are still another year's figures.
  assert.deepEqual(slices(withProse('办结依申请公开件15件，2022年办结20件。')), []);
  assert.deepEqual(slices(withProse('办结依申请公开件15件（含2021年结转的1件）。')), []);
});

test('答复…N件（含上年度结转申请M件）: the reply total and the carried-over note', () => {
  assert.deepEqual(slices(withProse('答复政府信息公开申请12件（含上年度结转申请1件，另有1件顺延到下年度答复），均在法定期限内予以答复。')), []);
  assert.deepEqual(slices(withProse('答复政府信息公开申请15件（含上年度结转申请1件），均在法定期限内予以答复。')), ['15件']);
  assert.deepEqual(slices(withProse('答复政府信息公开申请12件（含上年度结转申请4件），均在法定期限内予以答复。')), ['4件']);
});

test('无因…导致 / 没有因…引起的 行政复议 against table 四', () => {
  for (const sentence of [
    '全年无因政府信息公开导致的行政复议和行政诉讼。',
    '没有因政府信息公开引起的行政复议案件。',
    '全年未发生针对本机关有关政府信息公开事务的行政复议案件。',
  ]) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
    assert.match(fs[0].message, /但表四/);
  }
  // Not a claim of no cases: 无关, 无法, 没有 followed by another matter.
  for (const sentence of ['政府信息公开工作与行政复议无关的事项另行报告。', '无法统计的行政复议案件另行说明。']) {
    assert.deepEqual(run(withProse(sentence)), [], sentence);
  }
});

test('行政复议N件，诉讼M件: the bare 诉讼 after 行政复议 is 行政诉讼 (table 四: 复议 2, 诉讼 1)', () => {
  assert.deepEqual(slices(withProse('信息公开类行政复议2件，诉讼1件，均依法办理。')), []);
  assert.deepEqual(slices(withProse('信息公开类行政复议2件，诉讼4件，均依法办理。')), ['4件']);
  // 诉讼 alone, without 行政复议 before it, is not compared.
  assert.deepEqual(slices(withProse('涉及信息公开的诉讼4件。')), []);
});

test('公民个人提出申请 N 件 is the 自然人 column (新收 10 in the built draft)', () => {
  assert.deepEqual(slices(withProse('公民个人提出政府信息公开申请14件，法人或其他组织提出申请2件。')), ['14件']);
  assert.deepEqual(slices(withProse('公民个人提出政府信息公开申请10件，法人或其他组织提出申请2件。')), []);
});

test('bare 申请 in a sentence on 政府信息公开申请; 历年累计 is not this year\'s; an addressee after the verb', () => {
  assert.deepEqual(slices(withProse('全镇依法规范办理政府信息公开申请，共收到申请15件。')), ['15件']);
  assert.deepEqual(slices(withProse('全镇依法规范办理政府信息公开申请，共收到申请12件。')), []);
  assert.deepEqual(slices(withProse('全年共收到群众来信，共收到申请15件。')), []);
  assert.deepEqual(slices(withProse('历年累计受理依申请公开信息申请40条。')), []);
  assert.deepEqual(slices(withProse('受理公民、法人和其他组织向区政府办公室提出的政府信息公开申请15件。')), ['15件']);
});

test('applications put off to next year are not the closed total', () => {
  assert.deepEqual(slices(withProse('答复政府信息公开申请12件（含上年度结转申请1件，另有5件申请按照规定顺延到下年度答复）。')), []);
  assert.deepEqual(slices(withProse('另有5件政府信息公开申请顺延到下年度答复。')), []);
});

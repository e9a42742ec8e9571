// text-damaged: a 件 whose figure was lost (共收到件依申请公开政府信息78件, harvested page nH/13), a statutory word
// that lost its last character before a figure (规范性文31件, nH/38), and a finished line that leaves a bracket
// open (（地址:…;联系电话:0431-87958007。, nH/43).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('收到件 before the counted thing and its figure → info', () => {
  const text = withGeneral('2023年共收到件依申请公开政府信息12件，上年结转1件。');
  assert.deepEqual(slices(text), ['收到件']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '“件”字前缺了数字（或多了“件”字）：“收到件”');
});

test('规范性文31件: the word lost its 件 before the figure', () => {
  const text = withGeneral('主动公开规章1部、规范性文31件，收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['规范性文']);
  assert.equal(findings(text, RULE)[0].message, '法定用语或固定说法缺了一个字：“规范性文”应为“规范性文件”');
});

test('a bracket left open at the end of a finished line → info on the bracket', () => {
  const text = withGeneral('如有疑问,请与办公室联系(地址:某某路1号;联系电话:0431-87958007。收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['(地址:某某路1号;联系']);
  assert.equal(findings(text, RULE)[0].message, '括号不成对，左括号之后缺少对应的右括号：“(地址:某某路1号;联系”');
});

test('a lead-in ending in a colon whose bracket stays open past a sentence (harvest pX) → info on the bracket', () => {
  const lead = '根据《条例》(以下简称《条例》、《某省政府信息公开暂行办法》的相关规定,特向社会公布2016年度报告。现将相关情况报告如下:';
  assert.deepEqual(slices(withGeneral(`${lead}\n${GENERAL}`)), ['(以下简称《条例》、《某']);
  // Closed, or open only in the lead-in's last clause (the text goes on below it), it is silent.
  for (const s of ['根据《条例》(以下简称《条例》)的相关规定,特向社会公布2016年度报告。现将相关情况报告如下:', '现将相关情况(分三部分)报告如下:', '联系方式(地址:']) {
    assert.deepEqual(slices(withGeneral(`${s}\n${GENERAL}`)), [], s);
  }
});

test('counts with figures, 收到件数, whole words, closed or wrapped brackets stay silent', () => {
  for (const s of [
    '共收到依申请公开政府信息12件，上年结转1件，收到件数与上年持平。',
    '主动公开规章1部、规范性文件31件、行政规范性文件2件，收到申请12件，上年结转1件。',
    '请与办公室联系(地址:某某路1号;电话:0431-87958007)。收到申请12件，上年结转1件。',
    '请与办公室联系(地址:某某路1号。\n电话:0431-87958007)。收到申请12件，上年结转1件。',
    '请与办公室联系(地址:某某路1号;电话:0431-87958007。\n)。收到申请12件，上年结转1件。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('an e-mail address that lost its @ after a mailbox label (real page mQ/17); whole addresses stay silent', () => {
  const text = withGeneral('电话0435-3461301,电子信箱jczdzbgs163.com,收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['jczdzbgs163.com']);
  assert.equal(findings(text, RULE)[0].message, '电子邮箱地址缺了“@”：“jczdzbgs163.com”');
  for (const s of [
    '电子信箱jczdzbgs@163.com,收到申请12件，上年结转1件。',
    '电子邮箱:mail.163.com,网站www.abc163.com,收到申请12件，上年结转1件。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('a count of 信息 that lost its unit before a comma, in a line with units (real pages mA/38, nG/22)', () => {
  const text = withGeneral('县政府微信公众号发布信息41,微博发布信息4条,收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['41']);
  assert.equal(findings(text, RULE)[0].message, '数字缺了单位（同一行其他数字都写了单位）：“41”');
  for (const s of [
    '县政府微信公众号发布信息41条,微博发布信息4条,收到申请12件，上年结转1件。',
    // no count of the line has a unit: a list written without units is no damage
    '发布信息41,微博信息4,收到申请。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('习近平 that lost its 近平 (real page mG/05); 学习, 练习 and the whole name stay silent', () => {
  const text = withGeneral('坚持以习新时代中国特色社会主义思想为指导，收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['习']);
  assert.equal(findings(text, RULE)[0].message, '词语缺字（“习近平”丢了“近平”）：“习”');
  assert.deepEqual(slices(withGeneral('深入贯彻习对广东系列重要讲话精神，收到申请12件，上年结转1件。')), ['习']);
  for (const s of [
    '坚持以习近平新时代中国特色社会主义思想为指导，深入学习新时代中国特色社会主义思想，收到申请12件，上年结转1件。',
    '组织学习对照重要讲话，收到申请12件，上年结转1件。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('a 、 before 情况 at the clause end: the list lost its last item (real page nG/19)', () => {
  const text = withGeneral('未发生因政府信息公开申请提出的行政复议、行政诉讼、情况。收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['行政诉讼、情况']);
  assert.equal(findings(text, RULE)[0].message, '顿号之后缺了一项（或多了顿号）：“行政诉讼、情况”');
  assert.deepEqual(slices(withGeneral('基本做到了底子清、情况明，收到申请12件，上年结转1件。')), []);
});

test('紧紧 right before an organ\'s name: its verb lost (real page mG/02); 紧紧围绕 stays silent', () => {
  const text = withGeneral('紧紧市政府中心工作和重点项目，收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['紧紧']);
  assert.equal(findings(text, RULE)[0].message, '词语缺字（“紧紧”之后缺了动词，如“紧紧围绕”）：“紧紧”');
  assert.deepEqual(slices(withGeneral('紧紧围绕市政府中心工作，紧紧依靠县委领导，收到申请12件，上年结转1件。')), []);
});

test('省、市、工作部署: the list of levels lost its last one before 工作 (real page mQ/17)', () => {
  const text = withGeneral('认真贯彻条例及省、市、工作部署，收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['及省、市、工作']);
  assert.deepEqual(slices(withGeneral('认真贯彻省、市、县工作部署，收到申请12件，上年结转1件。')), []);
});

test('the issuer\'s name without its first character at a clause start (real page mG/15)', () => {
  const draft = buildDraft().replace('示例区人民政府办公室2023年政府信息公开工作年度报告', '太仓高新区2023年政府信息公开工作年度报告');
  const text = draft.replace(GENERAL, '深化审批管理。仓高新区建立健全制度，收到申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['仓高新区']);
  assert.equal(findings(text, RULE)[0].message, '机关名称缺了首字：“仓高新区”应为“太仓高新区”');
  assert.deepEqual(slices(draft.replace(GENERAL, '深化审批管理。太仓高新区建立健全制度，收到申请12件，上年结转1件。')), []);
});

test('a county named with one character (南县) calls itself 县人民政府办公室: no name lost (nX 33)', () => {
  const draft = buildDraft().replace('示例区人民政府办公室2023年政府信息公开工作年度报告', '南县人民政府办公室2023年政府信息公开工作年度报告');
  assert.deepEqual(slices(draft.replace(GENERAL, '2020年以来，县人民政府办公室严格按照条例推进公开，收到申请12件，上年结转1件。')), []);
});

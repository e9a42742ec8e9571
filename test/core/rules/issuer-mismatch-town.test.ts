// issuer-mismatch: another town's name on the report's own statutory work (制定和完善黄村乡信息公开目录 in
// 参内乡's report, real page nH/47); the own town from the title or, without one, the town named most.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issuerMismatch } from '../../../server/src/core/rules/issuer-mismatch';
import { ruleAlone } from './build';

const run = ruleAlone(issuerMismatch);
const untitled = (work: string) => [
  '- 发布机构:参内乡',
  '根据《中华人民共和国政府信息公开条例》规定,结合我乡工作实际编制2012年我乡政府信息公开工作年度报告。',
  '一、概述',
  `(一)加强领导。政府信息领导小组办公室设在党政办,负责乡信息公开工作的组织和协调,${work},指定专人负责。`,
  '二、主动公开政府信息的情况',
  '2012年我乡共主动公开政府信息120条。如对本年报有疑问,请与参内乡人民政府办公室联系。',
  '三、依申请公开政府信息的情况',
  '2012年我乡未收到政府信息公开申请。',
  '四、政府信息公开的收费及减免情况',
  '2012年我乡未收取任何费用。',
].join('\n');

test('黄村乡信息公开目录 in 参内乡\'s untitled report: reported on the other name', () => {
  const text = untitled('制定和完善黄村乡信息公开目录和信息公开指南');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '黄村乡');
  assert.equal(fs[0].message, '正文“黄村乡信息公开目录”中的“黄村乡”不是本报告的“参内乡”，请核对是否照搬其他乡镇的报告');
  assert.equal(fs[0].severity, 'info');
});

test('the own town, a word before 乡 (负责乡), and a name that stands alone elsewhere are silent', () => {
  assert.deepEqual(run(untitled('制定和完善参内乡信息公开目录和信息公开指南')), []);
  assert.deepEqual(run(untitled('制定和完善全乡信息公开目录和信息公开指南')), []);
  assert.deepEqual(run(untitled('学习黄村经验,完善黄村乡信息公开目录')), []);
});

test('a titled town report: the title\'s town is its own', () => {
  const text = [
    '凤山镇2024年政府信息公开工作年度报告',
    '一、总体情况',
    '2024年,我镇认真做好凤山镇政府信息公开工作,完善龙岩镇政府信息公开指南。',
  ].join('\n');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '龙岩镇');
});

test('a county\'s report naming its towns\' work is silent: the issuer is no town', () => {
  const text = [
    '某某县人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    '2024年,城关镇、城关镇各村和城关镇社区积极开展工作,县政府指导龙岩镇政府信息公开工作。',
  ].join('\n');
  assert.deepEqual(run(text), []);
});

test('another county as the subject of the report year in a county report that never names itself (real page nR/09)', () => {
  const body = (who: string, extra = '') => [
    '贺兰县2022年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》规定,现发布《贺兰县2022年政府信息公开工作年度报告》。本报告统计数据从2022年1月1日至2022年12月31日。',
    '一、总体情况',
    `2022年,${who}坚持以习近平新时代中国特色社会主义思想为指导,持续加大政务公开力度。${extra}`,
    `(一)主动公开情况。全年主动公开政府信息1万余条,其中${who}政府门户网站发布信息4296条。`,
  ].join('\n');
  const text = body('灵武市');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '灵武市');
  assert.match(fs[0].message, /^正文以“灵武市”为本年度工作的主语，而本报告是“贺兰县”的/);
  // Its own name as the subject, or its own name elsewhere in the body (the other may be its city): silent.
  assert.deepEqual(run(body('贺兰县')), []);
  assert.deepEqual(run(body('银川市', '贺兰县认真落实市委部署。')), []);
  // 全县, 在自治区: no place.
  assert.deepEqual(run(body('全县')), []);
  assert.deepEqual(run(body('在自治区')), []);
});

test('a town report whose town is the subject before 在县委… names no other county (real page oN/24)', () => {
  const text = [
    '通城县马港镇2024年政府信息公开工作年度报告',
    '一、总体情况',
    '2024年,马港镇在县委、县政府的坚强领导下,认真贯彻落实国家和省、市、县有关政府信息公开文件精神。',
    '(一)政府信息主动公开情况',
    '2024年,我镇政府信息公开对各项重点工作逐一细化到具体政策业务。',
  ].join('\n');
  assert.deepEqual(run(text), []);
  // Another county as the subject is still read (the test can fail).
  assert.equal(run(text.replace('马港镇在县委', '崇阳县坚持')).length, 1);
});

test('a verb before the town\'s own 乡政府门户网站 (通过乡政府门户网站, real page pH/03) is no town\'s name', () => {
  for (const work of ['通过乡政府门户网站、公示栏等渠道主动公开信息', '依托乡政府门户网站发布信息', '维护乡政府网站栏目']) {
    assert.deepEqual(run(untitled(work)), [], work);
  }
  // Another town's name before it still is.
  assert.equal(run(untitled('通过黄村乡政府门户网站主动公开信息')).length, 1);
});

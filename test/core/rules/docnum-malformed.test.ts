// docnum-malformed: document numbers with half a bracket lost, and the format notice cited under
// a wrong issuer code (issues #12, #16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docnumMalformed } from '../../../server/src/core/rules/docnum-malformed';
import { ruleAlone } from './build';

const doc = (basis: string) => [
  '某某县人民政府办公室2022年政府信息公开工作年度报告',
  `${basis}`,
  '一、总体情况',
  '2022年,我办全年主动公开政府信息1234条。',
  '二、主动公开政府信息情况',
].join('\n');
const run = ruleAlone(docnumMalformed);

test('〔201914号: 〕 lost, with an unsafe fix restoring it', () => {
  const text = doc('根据《国务院办公厅关于印发2019年政务公开工作要点的通知》(国办发〔201914号)要求,编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '〔201914号');
  assert.equal(fs[0].message, '文号“国办发〔201914号”缺少“〕”，应为“国办发〔2019〕14号”？');
  assert.equal(fs[0].fix?.edits[0].newText, '〔2019〕14号');
  assert.equal(fs[0].fix?.safe, false);
});

test('〔202130): 〕 and 号 lost, reported without a fix', () => {
  const fs = run(doc('依据《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔202130)要求,编制本报告。'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '文号“国办公开办函〔202130”缺少“〕”和“号”，应为“国办公开办函〔2021〕30号”？');
  assert.equal(fs[0].fix, undefined);
});

test('中办发﹝20168号: the small bracket ﹝ with its ﹞ lost (nX 11), reported as 〔 is', () => {
  const text = doc('我市认真贯彻《关于全面推进政务公开工作的意见》(中办发﹝20168号)、《2017年政务公开工作要点》(国办发﹝201724号)。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['﹝20168号', '﹝201724号']);
  assert.equal(fs[0].message, '文号“中办发﹝20168号”缺少“﹞”，应为“中办发﹝2016﹞8号”？');
  assert.equal(fs[0].fix?.edits[0].newText, '﹝2016﹞8号');
  // Whole numbers in the small brackets are silent.
  assert.deepEqual(run(doc('根据《通知》(中办发﹝2016﹞8号)要求编制。')), []);
});

test('闽政办2018〕43号: 〔 lost', () => {
  const text = doc('我县认真贯彻《关于印发2018年政务公开工作主要任务分解表的通知》(闽政办2018〕43号)文件精神,编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '文号“闽政办2018〕43号”缺少“〔”，应为“闽政办〔2018〕43号”？');
  assert.equal(fs[0].fix?.edits[0].newText, '〔2018〕43号');
});

test('the format notice under a wrong issuer code: 国办公开函〔2021〕30 号, 国办发〔2021〕30号', () => {
  for (const [cited, shown] of [['国办公开函〔2021〕30 号', '国办公开函〔2021〕30号'], ['国办发〔2021〕30号', '国办发〔2021〕30号']]) {
    const fs = run(doc(`按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(${cited})要求,编制本报告。`));
    assert.equal(fs.length, 1, cited);
    assert.equal(fs[0].message, `文号“${shown}”有误：政府信息公开工作年度报告格式的通知是“国办公开办函〔2021〕30号”`);
  }
});

test('the format notice with both brackets lost: 国办公开函202130号, 国办公开办函202130号', () => {
  const wrong = doc('按照《条例》和国办公开函202130号文件要求,编制本报告。');
  const fs = run(wrong);
  assert.equal(fs.length, 1);
  assert.equal(wrong.slice(fs[0].start, fs[0].end), '国办公开函202130号');
  assert.equal(fs[0].message, '文号“国办公开函202130号”有误：政府信息公开工作年度报告格式的通知是“国办公开办函〔2021〕30号”');
  const bare = doc('按照国办公开办函202130号要求,编制本报告。');
  const gs = run(bare);
  assert.equal(gs.length, 1);
  assert.equal(gs[0].message, '文号“国办公开办函202130号”缺少六角括号“〔〕”，应为“国办公开办函〔2021〕30号”？');
  assert.equal(gs[0].fix?.edits[0].newText, '国办公开办函〔2021〕30号');
  assert.equal(gs[0].fix?.safe, false);
  // Another year or number run together is no citation of the notice (国办发2019130号, 国办公开办函2021年30号).
  assert.deepEqual(run(doc('按照国办发2019130号和国办公开办函2021年30号要求,编制本报告。')), []);
});

test('sound numbers are silent: 国办公开办函〔2021〕30号, 国办发〔2019〕14号, 〔2019〕第5号, 2018年度〕', () => {
  const text = doc('按照国办公开办函〔2021〕30号、国办发〔2019〕14号和某政发〔2019〕第5号要求,编制本报告。2018年度工作(2019年12月)完成。');
  assert.deepEqual(run(text), []);
});

test('〔2021〕30): 号 lost before the closing bracket', () => {
  const text = doc('按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30)要求,编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '〔2021〕30');
  assert.equal(fs[0].message, '文号“国办公开办函〔2021〕30”缺少“号”，应为“国办公开办函〔2021〕30号”？');
});

// mG harvest: the Regulations cited with a mistyped decree number (国务院令第771号 for 第711号).
test('the Regulations with a decree number other than 711 or 492 are reported', () => {
  const text = doc('本报告依据《中华人民共和国政府信息公开条例》(国务院令第771号)要求撰写。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '国务院令第771号');
  assert.equal(fs[0].message, '“国务院令第771号”有误：《政府信息公开条例》是国务院令第711号（2019年修订），2008年施行的是第492号');
  assert.equal(run(doc('根据《政府信息公开条例》(国务院令第771号,以下简称《条例》)编制。')).length, 1);
  assert.deepEqual(run(doc('本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号)要求撰写。')), []);
  assert.deepEqual(run(doc('根据《中华人民共和国政府信息公开条例》(国令第711号)编制。')), []);
  assert.deepEqual(run(doc('根据2008年施行的《政府信息公开条例》(国务院令第492号)编制。')), []);
  // Another decree cited after the Regulations in its own bracket is not theirs.
  assert.deepEqual(run(doc('根据《政府信息公开条例》和《重大行政决策程序暂行条例》(国务院令第713号)编制。')), []);
});

// mP harvest: the General Office's code typed by its sound (过半 for 国办) in small-form brackets,
// right after the notice's title; and the Regulations' decree numbered with 条.
test('过半公开办函﹝2021﹞30号 after the format notice title: the issuer code is wrong', () => {
  const text = doc('根据《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(过半公开办函﹝2021﹞30号)要求,编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '过半公开办函﹝2021﹞30号');
  assert.equal(fs[0].message, '文号“过半公开办函﹝2021﹞30号”有误：政府信息公开工作年度报告格式的通知是“国办公开办函〔2021〕30号”');
});

test('a like code away from the notice title, and the right code in small brackets, are silent', () => {
  assert.deepEqual(run(doc('按照某省府公开办函〔2021〕30号和国办公开办函﹝2021﹞30号要求,编制本报告。')), []);
});

test('(国务院令第711条): a decree is numbered with 号, with an unsafe fix', () => {
  const text = doc('根据《中华人民共和国政府信息公开条例》(国务院令第711条)规定,编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '国务院令第711条');
  assert.equal(fs[0].message, '“国务院令第711条”有误：国务院令的编号写作“第…号”，应为“国务院令第711号”');
  assert.equal(fs[0].fix?.edits[0].newText, '国务院令第711号');
});

test('南政发[2013]05 on its own line: 号 lost, square brackets, a leading zero (real page nH/46)', () => {
  const text = doc('南政发[2013]05');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '南政发[2013]05');
  assert.equal(fs[0].message, '文号“南政发[2013]05”缺少“号”，年份应用六角括号“〔〕”括入，序号不编虚位：应为“南政发〔2013〕5号”？');
  assert.equal(fs[0].fix?.edits[0].newText, '南政发〔2013〕5号');
  assert.equal(fs[0].fix?.safe, false);
});

test('square brackets with 号, or a bracketed year that is no document number, are silent', () => {
  assert.deepEqual(run(doc('备注/文号:安参政[2013]27号')), []);
  assert.deepEqual(run(doc('数据截至[2013]12月,共计5条。')), []);
});

test('《…的通知》(〔2022〕42号): the number cited without its issuer code (real page nG/35)', () => {
  const text = doc('根据《文山州人民政府办公室关于编制公布2021年政府信息公开工作年度报告有关事项的通知》(〔2022〕42号)要求,编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '〔2022〕42号');
  assert.equal(fs[0].message, '文号“〔2022〕42号”缺少发文机关代字：发文字号由发文机关代字、年份和发文顺序号组成（如“国办公开办函〔2021〕30号”）');
  assert.equal(fs[0].fix, undefined);
});

test('《…的通知》(〔2024〕-57): the number without its issuer code, after a dash and without 号 (real page nW/19)', () => {
  const text = doc('按照《中共某省委全面依法治省委员会办公室关于做好2024年度法治政府建设情况报告有关工作的通知》(〔2024〕-57),现将情况报告如下。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '〔2024〕-57');
  assert.ok(fs[0].message.startsWith('文号“〔2024〕-57”缺少发文机关代字'));
  // A year in brackets after a title that is no document number stays silent: 《纲要》(〔2021〕).
  assert.deepEqual(run(doc('落实《某某纲要》(〔2021〕)要求。')), []);
});

test('a number with its issuer code after the title is silent', () => {
  assert.deepEqual(run(doc('根据《文山州人民政府办公室关于编制公布年度报告有关事项的通知》(文政办函〔2022〕42号)要求,编制本报告。')), []);
});

test('one format notice\'s title with the other\'s number (real page mR/14)', () => {
  const text = doc('根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '国办公开办函〔2021〕30号');
  assert.ok(fs[0].message.startsWith('文号“国办公开办函〔2021〕30号”与前面的文件名称不符：“……年度报告有关事项的通知”的文号是“国办公开办函〔2019〕60号”'));
});

test('each notice with its own number is silent', () => {
  assert.deepEqual(run(doc('根据《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)和《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)编制本报告。')), []);
});

test('a number cited after a verb (按照屯府办〔201226 号文件) is quoted with its issuer code only (oV/01)', () => {
  const fs = run(doc('按照屯府办〔201226 号文件和某府办2018〕43号文件的要求,根据某政办〔2021〕30)的规定,编制本报告。'));
  assert.deepEqual(fs.map((f) => f.message).sort(), [
    '文号“屯府办〔201226号”缺少“〕”，应为“屯府办〔2012〕26号”？',
    '文号“某府办2018〕43号”缺少“〔”，应为“某府办〔2018〕43号”？',
    '文号“某政办〔2021〕30”缺少“号”，应为“某政办〔2021〕30号”？',
  ].sort());
});

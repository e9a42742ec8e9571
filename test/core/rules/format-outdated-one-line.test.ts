// A 2021 report still in the 2019 shape (oP/28, a town's 2021 report with 本年新制作数量 …) pasted on one
// line: table 二's cells set apart by spaces or pipes inside the long line are not read, so the 2019 header
// words are looked for as cells of their own inside the line. Words of the 2019 format in a sentence are no cell.
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const report = (year: number, table: string, prose = '') => [
  `某某镇${year}年政府信息公开工作年度报告`,
  '一、总体情况',
  `${year}年,我镇严格按照《中华人民共和国政府信息公开条例》规定开展政府信息公开工作,依照《条例》公开了我镇应当公开的信息,突出重点,深化内容,取得明显成效。全年主动公开政府信息120条,其中工作动态80条,通知公告30条,财政信息10条。${prose}`,
  '二、主动公开政府信息情况',
  table,
  '三、收到和处理政府信息公开申请情况',
  '全年未收到申请。',
].join(' ');
const outdated = (text: string) => lint(text).findings.filter((x) => x.rule === 'format-outdated');

const cells = '第二十条第(一)项 信息内容 本年新制作数量 本年新 公开数量 对外公开 总数量 规章 0 0 0 规范性文件 0 0 0 第二十条第(五)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 0 0 0';
const pipes = '第二十条第(一)项 | |||| 信息内容 | 本年新 | 本年新 | 对外公开总数量 | | 规章 | 0 | 0 | 0 | | 规范性文件 | 15 | 15 | 15 | |';

test('2019 header words as cells inside a one-line 2021 report: reported once', () => {
  for (const t of [cells, pipes]) {
    const text = report(2021, t);
    const f = outdated(text);
    assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
    assert.match(text.slice(f[0].start, f[0].end), /^(?:本年新制作数量|对外公开总数量)$/);
  }
});

test('the same line in a 2020 report, and 2019 words inside a sentence of a 2021 one: silent', () => {
  assert.deepEqual(outdated(report(2020, cells)), []);
  assert.deepEqual(outdated(report(2021, '第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 0 0 0', '较去年对外公开总数量有所增加。')), []);
});

// Table 三 of a 2023 report on one line, its cells in reading order (a PDF copy flattened): the 2019 single row
// （六）其他处理 with none of the 2021 sub-rows, the table's 总计 and part 四 after it.
const part3 = (otherRows: string) => [
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他',
  '一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量 三、本年度办理结果 (一)予以公开 (二)部分公开(区分处理的,只计这一情形,不计其他情形) (三)不予公开 1.属于国家秘密',
  `(四)无法提供 1.本机关不掌握相关政府信息 (五)不予处理 1.信访举报投诉类申请 ${otherRows} (七)总计 四、结转下年度继续办理 10 1 0 0 0 0 11 5 0 0 0 0 5`,
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 0 0 0 0 0',
  '五、存在的主要问题及改进情况',
  '一是公开内容有待丰富。',
].join(' ');
const report3 = (year: number, rows: string) => [
  `某某区${year}年政府信息公开工作年度报告`,
  '一、总体情况',
  `${year}年,我区严格按照《中华人民共和国政府信息公开条例》规定开展政府信息公开工作,全年主动公开政府信息120条,其中工作动态80条,通知公告30条,财政信息10条。`,
  '二、主动公开政府信息情况',
  '第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 0 0 0',
  part3(rows),
].join(' ');

test('the 2019 （六）其他处理 alone in a one-line 2023 report\'s table 三: reported; with its sub-rows: silent', () => {
  const text = report3(2023, '（六）其他处理');
  const f = outdated(text);
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.equal(text.slice(f[0].start, f[0].end), '（六）其他处理');
  assert.deepEqual(outdated(report3(2023, '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 3.其他')), []);
  // (A 2020 report: its 2021 table 二 is reported, its （六）其他处理 is its own format's row.)
  assert.deepEqual(outdated(report3(2020, '（六）其他处理')).filter((x) => x.message.includes('其他处理')), []);
});

// Detection on pages of the nT harvest (reports found by their own stock phrases; page chrome,
// titles split over lines): texts of our own in their layouts.
// - a mirror's mojibake that turned 。现 into “?,F” still leaves 将……法治政府建设工作情况报告如下;
// - a metadata block whose labels carry converter pinyin (所屬機構(gòu):) or full-width spaces
//   broken into question marks (索??引??號:), and lines of bars under it, do not use up the lines
//   where the opening is sought;
// - an untitled report that sums up the year's disclosure work below (就我局本年度政府信息公开工作总结如下)
//   above a statutory part;
// - a 法治政府建设 report whose only year is that of the 法治政府建设工作要点 it carried out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { isMetadataLine } from '../../server/src/core/parse/title-chrome';
import { toSimplified } from '../../server/src/core/text/script';

test('a 法治政府建设 report whose 现将 mojibake garbled (工作?,F將2022年……報告如下) is still the report', () => {
  const text = [
    '2022年,在區委、區政府的正確領導下,某某鎮堅持以習近平新時代中國特色社會主義思想為指導,深入學習習近平法治思想,大力推進依法治理和依法行政工作?,F將2022年我鎮開展法治政府建設工作情況報告如下:',
    '一、深入學習黨的二十大精神,貫徹習近平法治思想',
    '一是加強組織領導。迅速召開學習部署會。',
    '二、推進法治政府建設的主要舉措和成效',
    '(一)精心部署,確保各項工作落實到位',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
  // Without the report's announcement (a plain sentence break), nothing says the text reports.
  assert.equal(analyze(text.replace('?,F將2022年我鎮開展法治政府建設工作情況報告如下:', '。')).kind, null);
  // A letter that is no mojibake (A將) is no 现 either.
  assert.equal(analyze(text.replace('?,F將', '。A將')).kind, null);
});

test('a mirror\'s metadata block with pinyin and question marks in its labels, and bars under it, is no part of the opening', () => {
  const head = [
    '索??引??號: | 1162042101391301xj/2024-00001 | 生成日期: | 2024-01-24 |',
    '文???????號: | 關(guān)鍵字: | 公開,信息,政府,行政,情況 | |',
    '所屬機構(gòu): | 某某縣融媒體中心 | 發(fā)布機構(gòu): |',
    '某某鎮人民政府 | ||||||||||||||||',
    '信息來源:某某縣某某鎮人民政府',
    '發(fā)布時間:2024-01-24 10:56',
    '瀏覽次數(shù):',
    '|',
    '||||||||||||||||||||||||||||||||',
    '|',
    '||||||||||||||||||||||||||||||||',
  ];
  const body = '根據(jù)《中華人民共和國政府信息公開條例》要求,現(xiàn)發(fā)布《某某鎮2023年政府信息公開工作年度報告》。本報告由總體情況、主動公開政府信息情況等六部分組成。報告中所列數據統計期限為2023年1月1日到12月31日。 一、總體情況 2023年,我鎮政務公開工作堅持以人民為中心。';
  const a = analyze([...head, body].join('\n'));
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
  // Six lines of other words above the opening still keep it out of reach.
  assert.equal(analyze([...['机构职能', '政策文件', '规划计划', '统计信息', '人事信息', '财政信息'], ...head, body].join('\n')).kind, null);
});

test('an untitled report summing up the year\'s disclosure work below, above a statutory part', () => {
  const text = [
    '正文复制',
    '',
    '2023年,我局在区委、区政府的正确领导下,不断规范政府信息公开内容。按照文件要求,现结合我局实际,从主动公开政府信息情况及存在的不足等方面就我局本年度政府信息公开工作总结如下:',
    '一、主动公开政府信息情况',
    '根据全区政府信息公开工作统一部署和要求,我局把政府信息公开工作列入重要工作范畴。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
  // Without a statutory part under it, or summing up something else, it is no report.
  assert.equal(analyze(text.replace('一、主动公开政府信息情况', '一、加强组织领导')).kind, null);
  assert.equal(analyze(text.replace('政府信息公开工作总结如下', '安全生产工作总结如下')).kind, null);
  // Pasted on one line, the part's heading glued after the words (总结如下: 一、主动公开政府信息情况 根据…).
  const one = text.replace(/\n+/g, ' ');
  assert.equal(analyze(one).kind, 'gov-info-2021');
  assert.equal(analyze(one.replace('一、主动公开政府信息情况', '一、加强组织领导')).kind, null);
});

test('a 法治政府建设 report whose year is only that of the 工作要点 it carried out (《2025年全县法治政府建设工作要点》)', () => {
  const text = [
    '为贯彻落实党的二十大精神,县委、县政府关于《2025年全县法治政府建设工作要点》文件精神,镇党委政府坚持以习近平法治思想为引领,法治政府建设取得新进展。现将有关情况报告如下:',
    '一、法治政府建设的主要举措和成效',
    '(一)全面依法推进法治政府建设。我镇加强法治政府队伍建设。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2025);
  assert.equal(analyze(text.replace('《2025年全县法治政府建设工作要点》', '《全县法治政府建设工作要点》')).doc.year, null);
});

test('a metadata label word opening a sentence (公开形式,突出……) is no metadata line; with ?? or pinyin inside a label it is', () => {
  assert.equal(isMetadataLine('公开形式,突出政府信息公开重点,提高政府信息公开水平。'), false);
  assert.equal(isMetadataLine('公开形式: 主动公开'), true);
  assert.equal(isMetadataLine('公开形式 | 主动公开 | 责任部门 |'), true);
  // (Traditional lines as the readers see them: in doc.read, Simplified.)
  assert.equal(isMetadataLine(toSimplified('索??引??號: | 1162042101391301xj/2024-00001 |')), true);
  assert.equal(isMetadataLine(toSimplified('發(fā)布時間:2024-01-24 10:56')), true);
  // (Each look-behind pattern runs only on a line with its mark or bracket, issue #13: the full-width ones count too.)
  assert.equal(isMetadataLine(toSimplified('索？？引？？號: | 1162042101391301xj/2024-00001 |')), true);
  assert.equal(isMetadataLine(toSimplified('發（fā）布時間:2024-01-24 10:56')), true);
});

// A crawler's text of a disclosure page (nU harvest, the 平潭 archive's page.txt): metadata lines
// 标题: / 发布时间: / 栏目: 政府信息公开年报 / 原文链接: / 本地目录: zwgk/…/80576_…年度报告, then the
// text. The column name and the storage path are no title; the 标题 field names it, and a letter
// filed under the 年报 column (关于2014年政府信息公开工作要点落实情况的函) is no report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { isMetadataLine } from '../../../server/src/core/parse/title';

const head = (title: string) => [
  `标题: ${title}`,
  '发布时间: 2020-01-20 15:22',
  '文号: ',
  '发布机构: ',
  '栏目: 政府信息公开年报',
  '原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/202001/t20200120_80576.htm',
  `本地目录: zwgk/zfxxgk/zfxxgknb/202001/80576_${title}`,
  '==================== 正文 ====================',
];

test('a column field and a source-address field are metadata lines; prose about columns is not', () => {
  assert.equal(isMetadataLine('栏目: 政府信息公开年报'), true);
  assert.equal(isMetadataLine('所属栏目：政府信息公开年报'), true);
  assert.equal(isMetadataLine('原文链接: https://www.example.gov.cn/a.htm'), true);
  assert.equal(isMetadataLine('栏目设置更加合理，公开信息1200条。'), false);
});

test('the report is titled by its 标题 field, not by the column or the storage path', () => {
  const t = '某某区2019年度政府信息公开工作年度报告';
  const a = analyze([...head(t), '根据《中华人民共和国政府信息公开条例》，编制本报告。一、总体情况2019年，我区共公开信息100条。二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项 无。'].join('\n'));
  assert.equal(a.doc.title?.source, 'metadata');
  assert.equal(a.doc.title?.text, t);
  assert.equal(a.doc.year, 2019);
});

test('a letter filed under the annual-report column is not a report', () => {
  const t = '关于2014年政府信息公开工作要点落实情况的函';
  const a = analyze([...head(t), '省政府办公厅： 根据有关通知要求，现将我区2014年政府信息公开工作要点落实情况函告如下： 一、2014年政府信息公开工作情况 （一）全面深化政府信息公开工作。 二、存在问题及下一步工作计划 目前仍存在一些不足。 某某区管委会办公室 2014年12月10日'].join('\n'));
  assert.equal(a.kind, null);
});

test('a 名称 field with another field after it on the line (nT/14: 名  称: … 发布机构: 某街道): the name stops at the next label', () => {
  const t = '中南路街道2025年政府信息公开工作年度报告';
  const a = analyze([
    'Ai政务问答',
    `名  称: ${t} 发布机构: 中南路街道`,
    '文  号: 索 引 号: 737546075/2026-00496',
    '公开日期: 2026年01月09日 公开方式: 有效',
    '',
    '一、总体情况',
    '2025年，中南路街道主动公开政府信息120条。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ].join('\n'));
  assert.equal(a.doc.title?.source, 'metadata');
  assert.equal(a.doc.title?.text, t);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2025);
});

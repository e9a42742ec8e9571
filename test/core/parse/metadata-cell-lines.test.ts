// A disclosure page's metadata table copied one cell per line (索 引 号 / 01425812-5/2020-00001 / 分 类 /
// 其他/其他 / 报告 / 发布单位 / 某镇 …): each value line under its bare label is metadata too, so a
// classification ending in 报告 is no title and the cells do not use up the lines where the opening is
// sought. A report's name under 标 题 stays a title candidate. Texts of our own (layout of nL/01, nT/25
// re-laid by scripts/layout-variants.mjs --modes ascells).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { parseDocument } from '../../../server/src/core/parse/document';
import { metadataLineAt } from '../../../server/src/core/parse/title-chrome';

const META = ['索 引 号', '01425812-5/2020-00001', '分 类', '其他/其他 / 报告', '发布单位', '某某镇', '发文日期', '2020-01-09', '文件编号', '无号', '时 效', '有效'];

test('value lines under bare labels are metadata; a sentence or a report name under a label is not', () => {
  const doc = parseDocument([...META, '标 题', '某某镇2019年度政府信息公开工作报告', '来源:', '2019年，我镇共主动公开信息120条。'].join('\n'));
  const meta = Array.from({ length: doc.lines.lineCount }, (_, l) => metadataLineAt(doc.lines, l));
  assert.deepEqual(meta, [true, true, true, true, true, true, true, true, true, true, true, true, true, false, true, false]);
});

test('a report under a metadata table one cell per line: titled by its own line, its kind read', () => {
  const body = ['某某镇2019年度政府信息公开工作报告', '根据《中华人民共和国政府信息公开条例》要求，现将本镇2019年度政府信息公开工作情况报告如下。',
    '一、总体情况', '2019年，我镇共主动公开政府信息120条。', '二、主动公开政府信息情况', '本年共发布信息120条。'];
  const a = analyze([...META, ...body].join('\n'));
  assert.equal(a.doc.title?.text, '某某镇2019年度政府信息公开工作报告');
  assert.equal(a.detection.kind, 'gov-info-2019');
});

test('an untitled report whose opening comes after a metadata table one cell per line is read as a report', () => {
  const body = ['规范性文件登记: |', '一、总体情况', '本年度政府信息公开年度报告，根据《中华人民共和国政府信息公开条例》要求，由某某镇人民政府编制。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分组成。',
    '(二)依申请政府信息公开情况2019年度我镇没有接到群众要求公开政府信息的申请。', '(三)政府信息管理情况'];
  const a = analyze([...META, ...body].join('\n'));
  assert.equal(a.detection.kind, 'gov-info-2019');
});

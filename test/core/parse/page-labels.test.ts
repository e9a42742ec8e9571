// One table of a web page's metadata labels (text/page-labels.ts) for the two readers: a label the
// debris reader knows (信息分类, 公开方式, 内容概述 …) is page chrome above a title too, so the title is
// found under the metadata block and not in it. Texts of our own (layout of oD/20: a provincial
// portal's block with spaced labels, 内 容 概 述 repeating the report's name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { isMetadataLine } from '../../../server/src/core/parse/title-chrome';
import { PAGE_LABELS } from '../../../server/src/core/text/page-labels';

test('every label of the shared table marks a metadata line above a title, 附件 excepted', () => {
  for (const l of PAGE_LABELS) {
    for (const w of l.words) {
      const spaced = [...w].join(' ');
      assert.equal(isMetadataLine(`${w}：某某`), !l.notAboveTitle, w);
      assert.equal(isMetadataLine(`${spaced}: 某某`), !l.notAboveTitle, spaced);
    }
  }
  assert.equal(isMetadataLine('公开方式，突出重点领域'), false);
});

test('a metadata block whose 内容概述 repeats the name: the title is the line under it', () => {
  const text = ['索   引   号: 014000319/2023-00286 分          类: 政府文件',
    '发 布 机 构: 某某县人民政府 发 文 日 期: 2023-03-30',
    '信 息 分 类: 其他',
    '内 容 概 述: 某某县2022年度法治政府建设情况报告',
    '',
    '某某县2022年度法治政府建设情况报告',
    '',
    '2022年，某某县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，现将有关情况报告如下。',
    '一、主要举措和成效', '（一）加强党的领导。县政府常务会议专题研究法治政府建设工作4次。'].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.line, 5);
});

// Detection on pages of the oP harvest (2019-format reports of 2019 and 2020 cut after their first
// part, no title): texts of our own in their layouts.
// - the site search box's prompts one a line (选择特殊符号 / 选择搜索类型 / 请输入搜索) are page chrome:
//   they do not use up the lines where part 一 is sought (oP/07);
// - part 一 built of three of the format's own sub-parts ((一)主动公开 (二)依申请公开 (三)政府信息管理)
//   is a report's overview though it never writes 政府信息公开 (oP/07, oP/18);
// - part 一 named with a word put inside (总体公开情况), a lost character's ? closing it (oP/10);
// - the 2008 model's first part named 基本概况 (一、政府信息公开工作的基本概况) under an opening that
//   compiles the year's report (oP/11).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

const overview = [
  '(一)主动公开方面',
  '在网站上主动公开信息493条,及时更新了我局机构职能、领导分工和各内部处室组织机构职能概况。',
  '(二)依申请公开方面',
  '我局对依申请公开的受理渠道、办理流程等方面进行了明确的规定。2019年度我局共收到14件依申请公开,按要求按时予以答复。',
  '(三)政府信息管理方面',
  '成立局政务公开领导小组,负责政务信息公开公示组织管理。',
];

describe('an untitled page that starts at part 一', () => {
  test('under the site search box\'s prompts, part 一 of three statutory sub-parts (oP/07)', () => {
    const d = detect(['选择特殊符号', '选择搜索类型', '请输入搜索', '一、总体情况', ...overview].join('\n'));
    assert.equal(d.kind, 'gov-info-2019', d.reason);
    assert.equal(d.year, 2019);
  });
  test('part 一 with two of the sub-parts only and no 政府信息公开 stays unsettled', () => {
    const d = detect(['一、总体情况', ...overview.slice(0, 4)].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
  test('part 一 named 总体公开情况 with a lost character\'s question mark (oP/10)', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》和有关通知要求,结合本市2019年政府信息公开工作情况,特编制本市政府2019年度政府信息公开工作报告,并通过市政府门户网站面向社会公开。?',
      '一、总体公开情况?',
      '(一)主动公开情况?',
      '2019年,本市通过市门户网站公开信息9146条。?',
      '(二)依申请公开情况?',
      '2019年,共受理依申请公开59件次。?',
      '(三)政府信息管理情况?',
      '及时更新政府信息公开目录和政府信息公开指南。?',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2019', d.reason);
  });
  test('the 2008 model\'s 基本概况 under an opening that compiles the year\'s report (oP/11)', () => {
    const d = detect([
      '引 言',
      '根据《中华人民共和国政府信息公开条例》规定,现编制并公布本单位2019年政府信息公开工作年度报告,接受社会公开监督。本报告所列数据的统计期限为2019年1月1日至2019年12月31日。',
      '一、政府信息公开工作的基本概况',
      '(一)组织领导、工作机构、机制和制度建设情况',
      '2019年,乡政府信息工作按照《条例》的要求开展政府信息公开工作。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2019', d.reason);
  });
});

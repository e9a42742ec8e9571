// Detection on shapes seen in the mG harvest (issue #12): a report reposted on a company's site,
// whose header (channel words, 联系我们, a contact block one field a line, a breadcrumb) stands above
// the title. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import { detect } from './helpers';

const header = [
  '产品中心',
  '联系我们',
  '',
  '地址:某市某区某某路88号某某大厦12楼',
  '',
  '电话:0000-12345678、12345679',
  '',
  '传真:0000-12345670',
  '',
  '邮件:info@example.com',
  '',
  '行业动态',
  '您当前所在位置:首页 / 产品中心 / 行业动态',
];
const report = [
  '某某总局2020年政府信息公开工作年度报告',
  '点击次数:12  更新时间:2021-04-07  【打印此页】  【关闭',
  '',
  '  本报告根据《中华人民共和国政府信息公开条例》梳理2020年度政府信息公开工作情况编制而成。报告中所列数据的统计期限,自2020年1月1日起至2020年12月31日止。',
  '  一、总体情况  2020年,某某总局坚持以人民为中心的发展思想,各项工作取得长足进展。',
];

test('a title below a site header with a contact block is found: the report is read', () => {
  const d = detect([...header, ...report].join('\n'));
  assert.equal(d.kind, 'gov-info-2019');
  assert.equal(d.year, 2020);
});

test('the same header above a page that is not a report stays silent', () => {
  const other = [...header, '某某总局召开2020年政务公开工作会议', '', '  会上传达了政府信息公开工作年度报告编制要求,部署了下一阶段工作。'].join('\n');
  assert.equal(detect(other).kind, null);
});

// The issuer and the year above the statutory name, the year without its 年 (某某办公厅2022 / blank /
// 政府信息公开工作年度报告): one title over two lines, naming the issuer and the year.
test('a title over two lines whose first half ends in a year without 年 is one title', () => {
  const text = [
    '政府信息公开',
    '',
    '某某自治区人民政府办公厅2022',
    '',
    '政府信息公开工作年度报告',
    '',
    '依据《中华人民共和国政府信息公开条例》要求,编制本报告。',
    '一、总体情况',
    '2022年,某某自治区人民政府办公厅主动公开政府信息5110条。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2022);
  // The issuer is read with the title (the year without 年 is still worth a hint).
  const titleHints = (t: string) => lint(t).findings.filter((f) => f.rule === 'title-nonstandard').map((f) => f.message).join();
  assert.doesNotMatch(titleHints(text), /缺少[^（]*机关名称/);
  // A figure ending a line of prose is no title's first half.
  const prose = text.replace('某某自治区人民政府办公厅2022', '全年发布信息共计2022,');
  assert.match(titleHints(prose), /缺少[^（]*机关名称/);
});

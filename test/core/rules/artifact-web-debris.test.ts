// artifact-web on the web debris listed in issue #16 §3: page metadata blocks (lines, tab rows,
// Markdown tables), breadcrumbs, toolbars (收藏 打印 关闭, 字体 大 中 小), 登录 注册, 关怀版 /
// 无障碍 / 简体|繁体, page headers (来源, 阅读, 浏览次数, 发布时间), attachment file-name lines,
// a site header with a date, mirror-site watermarks. Whole lines only: report sentences that
// mention 门户网站 or 附件 stay.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildDraft, findings, where } from './build';

const RULE = 'artifact-web';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactWeb]);
const found = (text: string) => findings(text, RULE, lintWith(text));

function withLines(lines: string[], at: 'top' | 'bottom' = 'top'): string {
  const d = buildDraft();
  if (at === 'bottom') return d + lines.join('\n') + '\n';
  const nl = d.indexOf('\n');
  return d.slice(0, nl + 1) + lines.map((l) => l + '\n').join('') + d.slice(nl + 1);
}

describe('each chrome line is found, as a whole line, with a delete-line fix', () => {
  const cases: [string, string[], 'top' | 'bottom'][] = [
    ['metadata lines', ['索引号：11330100/2024-00012', '发布机构：某某市教育局', '成文日期：2024-01-18', '公开日期：2024-01-20', '主题分类：政务公开', '文号：无'], 'top'],
    ['metadata tab rows', ['索引号\t11330100/2024-00012\t主题分类\t政务公开', '发布机构\t某某市教育局\t成文日期\t2024-01-18', '名称\t某某市教育局2023年政府信息公开工作年度报告'], 'top'],
    ['metadata Markdown table', ['| 索引号 | 11330100/2024-00012 | 主题分类 | 政务公开 |', '| --- | --- | --- | --- |', '| 发布机构 | 某某市教育局 | 成文日期 | 2024-01-18 |'], 'top'],
    ['breadcrumb', ['首页 > 政务公开 > 政府信息公开年报'], 'top'],
    ['breadcrumb 网站首页', ['网站首页 > 信息公开 > 年度报告'], 'top'],
    ['breadcrumb 网站首页 alone', ['网站首页 >'], 'top'],
    ['当前位置', ['当前位置：首页 > 政务公开'], 'top'],
    ['收藏 打印 关闭', ['收藏 打印 关闭'], 'top'],
    ['[字体] 打印', ['[字体: 大 中 小] 打印'], 'top'],
    ['【字体】', ['【字体：大 中 小】'], 'top'],
    ['登录 注册', ['登录 注册'], 'top'],
    ['关怀版 无障碍 简体|繁体', ['关怀版 无障碍 简体|繁体'], 'top'],
    ['来源', ['来源：某某市教育局'], 'top'],
    ['阅读', ['阅读：1234'], 'top'],
    ['浏览次数', ['浏览次数：56'], 'top'],
    ['发布时间', ['发布时间：2024-01-20 10:30'], 'top'],
    ['header row', ['发布时间：2024-01-20  来源：某某市教育局  浏览次数：56'], 'top'],
    ['attachment', ['附件：某某市教育局2023年政府信息公开工作年度报告.pdf'], 'bottom'],
    ['bare file name', ['2023年政府信息公开工作年度报告.doc', '六、其他需要报告的事项'], 'bottom'],
    ['site header with date', ['某某市人民政府门户网站 2024-01-20'], 'top'],
    ['site header, www', ['www.moumou.gov.cn  2024-01-20'], 'top'],
    ['site header with its address and date', ['某某市人民政府门户网站 www.moumou.gov.cn 2023-01-28 '], 'top'],
    ['a repost\'s date and source site', ['2025-04-27 10:14 某某省人民政府网'], 'top'],
    ['bulleted metadata with 备注/文号 and 公文生成日期', ['- 索 引 号:QZ09054-1620-2013-52619', '- 备注/文号:某参政[2013]27号', '- 公文生成日期:2013-03-28'], 'top'],
    ['metadata with 公文时效', ['发布机构 某某县政府办公室 公文时效 有效'], 'top'],
    ['metadata labels in pipe cells, values lost', ['索 引 号 | 主题分类 | ||', '名 称 | |||'], 'top'],
    ['an encyclopedia mirror\'s infobox', ['基本介绍', '  • 中文名:2010年度政府信息公开年度报告'], 'top'],
    ['breadcrumb with ?>? for lost spaces', ['当前位置: 首页?>?政务公开?>?政府信息公开年报?>?2020年'], 'top'],
    ['mirror watermark', ['本文档由原创力文档用户上传，仅供学习交流'], 'bottom'],
    ['mirror watermark 2', ['文档来源：豆丁网 www.docin.com'], 'bottom'],
    ['document-sharing site notices', ['温馨提示：', '1. 部分包含公式的文件，查看预览时可能显示错乱，文件下载后无此问题。', '2. 本文档由用户上传，版权归属用户。',
      '3. 下载前请仔细阅读文档内容，若内容与标题不符可向本站投诉处理。', '网站客服：4001234567'], 'top'],
    // (qF/03, a 360docs page: the collection's download link and the first notice, whose words are 自行甄别 and 附加服务.)
    ['a document site\'s collection link and its first notice', ['合集下载', '1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。'], 'top'],
  ];
  for (const [name, lines, at] of cases) {
    test(name, () => {
      const text = withLines(lines, at);
      const got = found(text);
      for (const l of lines) {
        if (/^六、/.test(l)) continue;
        const f = got.find((x) => where(text, x).slice === l.trim());
        assert.ok(f, `${l}: ${JSON.stringify(got.map((x) => where(text, x).slice))}`);
        assert.ok(f.fix && f.fix.edits.length === 1);
      }
    });
  }
});

test('a Markdown table of the report keeps its separator row', () => {
  const table = ['| 项目 | 数量 |', '| --- | --- |', '| 主动公开 | 12 |'];
  const text = withLines(table);
  assert.deepEqual(found(text).map((f) => where(text, f).slice), []);
});

describe('report text that mentions the words stays', () => {
  const lines = [
    '本机关通过门户网站主动公开政府信息1234条。',
    '我局门户网站2023年共发布信息356条',
    '某某市人民政府门户网站',
    '附件：政府信息公开情况统计表',
    '（一）主动公开政府信息情况',
    '收藏、打印、关闭等功能已优化。',
    '来源于群众的意见建议已全部办结。',
    '阅读量较上年增长12%。',
    '1. 优化网站文档在线预览功能，全年下载量增长12%。',
    '2. 网站全年受理投诉举报32件，已全部办结。',
  ];
  for (const l of lines) {
    test(l, () => {
      const text = withLines([l]);
      assert.deepEqual(found(text).filter((f) => where(text, f).slice === l).map((f) => f.message), []);
    });
  }
});

describe('a document-mirror watermark run into the text', () => {
  const mark = '某某之家—全网资源每日更新www.example.com';
  test('at the start of the text and inside a word: only the watermark, never the word before it', () => {
    const text = withLines([mark + '某某县2023年度法治政府建设情况的报告', '二是扛牢法治建设第一' + mark + '责任人职责。']);
    const got = found(text).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(got, [mark, mark]);
    const f = found(text)[1];
    assert.equal(f.fix?.safe, true);
  });
  test('a watermark glued to a word whose name was never seen alone: the slogan and address only', () => {
    const text = withLines(['二是扛牢法治建设第一' + mark + '责任人职责。']);
    assert.deepEqual(found(text).map((f) => text.slice(f.start, f.end)), ['—全网资源每日更新www.example.com']);
  });
  test('a government site address in prose is no watermark', () => {
    const text = withLines(['通过门户网站—政务资源共享专栏www.moumou.gov.cn公开信息。']);
    assert.deepEqual(found(text).filter((f) => f.message.includes('水印')), []);
  });
});

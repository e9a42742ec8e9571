// Report detection on the shapes published reports really come in: split titles, titles below
// web chrome or a page metadata block, titles named only in the first sentence, 年报/工作报告,
// 2008-regulation reports without a title (Simplified and Traditional), 法治政府建设
// 情况报告/工作总结, and the year from each of its sources. Pages that talk about a report stay
// silent; a report whose kind or year cannot be settled gets one info finding.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, lint } from '../../server/src/core';
import { ROOT } from './helpers';

const GOV_BODY = [
  '一、总体情况',
  '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, source: a.doc.yearSource, reason: a.detection.reason, issuer: a.doc.issuer, title: a.doc.title, unsettled: a.detection.unsettled };
}

describe('titles over two lines', () => {
  const cases: [string, string, string | null, number][] = [
    ['台州市路桥区人民政府\n关于2021年法治政府建设的年度报告\n根据《法治政府建设与责任落实督察工作规定》的要求，现将2021年法治政府建设情况报告如下：\n一、法治政府建设的主要举措和成效\n', 'rule-of-law', '台州市路桥区人民政府', 2021],
    ['洪泽区人民政府\n2023 年政府信息公开工作年度报告\n' + GOV_BODY, 'gov-info-2021', '洪泽区人民政府', 2023],
    ['某某县人民政府办公室\n\n2020年政府信息公开工作年度报告\n' + GOV_BODY, 'gov-info-2019', '某某县人民政府办公室', 2020],
    ['青山市白水区人民政府2019年政府信息公开\n工作年度报告\n' + GOV_BODY, 'gov-info-2019', '青山市白水区人民政府', 2019],
    ['# 东湖街道办事处\n# 关于2022年度政府信息公开工作的年度报告\n' + GOV_BODY, 'gov-info-2021', '东湖街道办事处', 2022],
  ];
  for (const [text, kind, issuer, year] of cases) {
    test(`${text.split('\n').slice(0, 2).join(' / ')}`, () => {
      const d = detect(text);
      assert.deepEqual([d.kind, d.year, d.source, d.issuer], [kind, year, 'title', issuer]);
      assert.match(d.reason, /标题/);
    });
  }
  test('a date line above the title is not part of it', () => {
    const d = detect('2024年1月\n某某局2023年政府信息公开工作年度报告\n' + GOV_BODY);
    assert.deepEqual([d.year, d.issuer], [2023, '某某局']);
  });
});

describe('titles below web chrome or a page metadata block', () => {
  const title = '沭阳县某某局2023年政府信息公开工作年度报告';
  const heads: [string, string][] = [
    ['索引号 | 014314799/2024-00002 | 主题分类 | 政府信息公开年报 |\n发布机构 | 沭阳县某某局 | 关键词 | 年报 |\n文号 | 成文日期:2024-01-17 | 发布日期:2024-01-18 |\n', 'pipe block'],
    ['索 引 号:005267169/2024-00001 | 主题分类:综合政务\n发布机构:某某局 | 关 键 词:政务\n体 裁 | 生效日期 | 废止日期 |\n', 'spaced labels'],
    ['名称\t沭阳县某某局2023年政府信息公开工作年度报告\t\t\n索引号\t014314799/2024-00002\t分类\t信息公开年报\n发布机构\t沭阳县某某局\t公开日期\t2024-01-17\n文号\t\t关键词\t\n文件下载\t\t\t\n时效\t\t\t\n', 'tab table'],
    ['更新日期:2024-01-20 信息来源:沭阳县某某局\n', 'update line'],
    ['您当前所在的位置：首页 > 政务公开 > 政府信息公开年报\n', 'breadcrumb'],
  ];
  for (const [head, name] of heads) {
    test(name, () => {
      const d = detect(head + title + '\n' + GOV_BODY);
      assert.deepEqual([d.kind, d.year, d.issuer, d.title?.text], ['gov-info-2021', 2023, '沭阳县某某局', title]);
    });
  }
  test('only the page\'s 名称 field carries the title', () => {
    const d = detect('名称\t沭阳县某某局2022年政府信息公开工作年度报告\t\n索引号\t0143/2023-01\n发布机构\t沭阳县某某局\n' + GOV_BODY);
    assert.deepEqual([d.kind, d.year, d.title?.source], ['gov-info-2021', 2022, 'metadata']);
    assert.match(d.reason, /名称/);
  });
});

describe('the title named only in the first sentence', () => {
  const openings = [
    '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布区统计局2023年政府信息公开工作年度报告。',
    '根据《条例》要求，现向社会公布某某县发展和改革局2023年度政府信息公开工作年度报告。本报告由总体情况等部分组成。',
    '按照《中华人民共和国政府信息公开条例》第五十条规定，特此公布本机关2023年政府信息公开工作年度报告如下：',
  ];
  for (const o of openings) {
    test(o.slice(0, 30), () => {
      const d = detect(o + '\n' + GOV_BODY);
      assert.deepEqual([d.kind, d.year, d.source, d.title?.source], ['gov-info-2021', 2023, 'title', 'sentence']);
      assert.match(d.reason, /首句/);
    });
  }
  test('the title span points at the report name in the sentence', () => {
    const text = openings[0] + '\n' + GOV_BODY;
    const t = analyze(text).doc.title!;
    assert.equal(text.slice(t.start, t.end), '区统计局2023年政府信息公开工作年度报告');
  });
  test('an explainer sentence (现将……解读如下) names no title', () => {
    const d = detect('现将《某某区2023年政府信息公开工作年度报告》解读如下：\n一、主要内容\n二、亮点\n');
    assert.equal(d.kind, null);
  });
});

describe('titles with 年报 / 工作报告: recognised, and the reason says the wording is not statutory', () => {
  const cases: [string, string, number][] = [
    ['某某区民政局2022年政府信息公开年报', 'gov-info-2021', 2022],
    ['某某市人民政府2020年政府信息公开工作报告', 'gov-info-2019', 2020],
    ['2016年某某县政府信息公开年报', 'gov-info-2008', 2016],
    ['某某镇2023年度政务公开暨政府信息公开工作报告', 'gov-info-2021', 2023],
  ];
  for (const [title, kind, year] of cases) {
    test(title, () => {
      const d = detect(title + '\n' + GOV_BODY);
      assert.deepEqual([d.kind, d.year], [kind, year]);
      assert.match(d.reason, /不是法定/);
    });
  }
  test('the statutory wording is not noted', () => {
    assert.doesNotMatch(detect('某某区民政局2022年政府信息公开工作年度报告\n' + GOV_BODY).reason, /不是法定/);
  });
});

const OLD_HEADINGS_S = ['一、概述', '二、主动公开政府信息情况', '三、依申请公开政府信息情况', '四、咨询处理情况', '五、政府信息公开的收费及减免情况', '六、复议、诉讼和申诉情况', '七、存在的主要问题和改进措施'];
const OLD_HEADINGS_T = ['一、概述', '二、主動公開政府信息情況', '三、依申請公開政府信息情況', '四、諮詢處理情況', '五、政府信息公開的收費及減免情況', '六、復議、訴訟和申訴情況', '七、存在的主要問題和改進措施'];
const OLD_HEADINGS_PINYIN = ['一、概述', '二、主動(dòng)公開政府信息情況', '三、依申請(qǐng)公開政府信息情況', '四、諮詢(xún)處理情況', '五、收費(fèi)及減免情況', '六、復(fù)議(yì)、訴訟(sòng)情況', '七、存在的主要問題(tí)和改進(jìn)措施'];

describe('2008-regulation reports without a title, from their own section headings', () => {
  for (const [name, heads, body] of [
    ['Simplified', OLD_HEADINGS_S, '2012年，本局共主动公开政府信息35条。'],
    ['Traditional', OLD_HEADINGS_T, '2012年，本局共主動公開政府信息35條。'],
    ['Traditional with converter pinyin', OLD_HEADINGS_PINYIN, '2012年，本局共主動(dòng)公開政府信息35條。'],
  ] as const) {
    test(name, () => {
      const text = heads.map((h) => `${h}\n${body}`).join('\n');
      const d = detect(text);
      assert.deepEqual([d.kind, d.year, d.source], ['gov-info-2008', 2012, 'body']);
      assert.match(d.reason, /章节标题/);
    });
  }
  test('a cover with the issuer and a date, the opening sentence, one heading (Traditional, pinyin)', () => {
    const text = '\n廣州市某某區人民政府\n2013年3月\n本年度報(bào)告是根據(jù)《中華人民共和國(guó)政府信息公開條例》要求編寫而成。本報(bào)告包括概述、主動(dòng)公開政府信息情況等。\n一、概述\n在上級的正確領導下，我區堅持公開。\n';
    const d = detect(text);
    assert.deepEqual([d.kind, d.year, d.source], ['gov-info-2008', 2012, 'date']);
    assert.match(d.reason, /本年度报告是根据/);
    assert.match(d.reason, /落款或封面日期/);
  });
  test('no year anywhere: checked as 2008 (its own headings), with one info finding that offers to pin it', () => {
    const text = OLD_HEADINGS_S.map((h) => `${h}\n本局认真做好相关工作。`).join('\n');
    const r = lint(text);
    assert.equal(r.kind, 'gov-info-2008');
    const info = r.findings.filter((f) => f.rule === 'kind-unsettled');
    assert.equal(info.length, 1);
    assert.equal(info[0].severity, 'info');
    assert.equal(info[0].fix?.edits[0].newText, '<!-- govreport-kind: gov-info-2008 -->\n');
  });
  test('two scattered 2008 words are not enough', () => {
    assert.equal(detect('一、概述\n本周工作。\n二、存在问题\n人手不足。\n').kind, null);
  });
});

describe('法治政府建设 reports titled 情况报告 / 工作总结', () => {
  for (const title of [
    '某某县人民政府关于2022年度法治政府建设情况的报告',
    '某某市司法局2023年法治政府建设工作总结',
    '某某区2021年法治政府建设情况报告',
    '关于某某镇2023年法治政府建设工作情况的报告',
  ]) {
    test(title, () => {
      const d = detect(title + '\n一、主要举措和成效\n2023年，我县坚持依法行政。\n');
      assert.equal(d.kind, 'rule-of-law');
      assert.equal(d.year, Number(/(\d{4})年/.exec(title)![1]));
    });
  }
});

describe('pages that talk about a report stay silent (kind null, no finding)', () => {
  const pages: [string, string][] = [
    ['explainer', '图解：某某区2023年政府信息公开工作年度报告\n' + GOV_BODY],
    ['explainer 2', '《某某区2023年政府信息公开工作年度报告》解读\n' + GOV_BODY],
    ['explainer 3', '关于某某市2021年法治政府建设年度报告的解读\n一、主要举措\n二、存在问题\n'],
    ['notice', '关于做好2023年度政府信息公开工作年度报告编制发布工作的通知\n各镇人民政府、区政府各部门：\n现就有关事项通知如下：\n' + GOV_BODY],
    ['rule document', '政府信息公开工作年度报告格式\n' + GOV_BODY + '\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t\t\t\n规范性文件\t\t\t\n'],
    ['news', '某某区发布2023年政府信息公开工作年度报告\n近日，某某区发布2023年政府信息公开工作年度报告。报告分为六个部分。\n一、总体情况\n二、主动公开政府信息情况\n'],
    ['guide', '政府信息公开工作年度报告编制指南\n一、总体情况\n写明本年度工作。\n二、主动公开政府信息情况\n填写表格。\n三、收到和处理政府信息公开申请情况\n'],
    ['review', '关于2022年度政府信息公开工作年度报告审查情况的通报\n一、总体情况\n二、主要问题\n'],
    ['work plan', '某某局2024年政务公开工作要点\n一、总体要求\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n'],
    ['weekly note', '# 第 12 周工作周报\n\n本周完成事项如下。\n\n一、下周计划\n继续推进。'],
  ];
  for (const [name, text] of pages) {
    test(name, () => {
      const r = lint(text);
      assert.deepEqual([r.kind, r.findings.map((f) => f.rule)], [null, []], analyze(text).detection.reason);
    });
  }
  test('every rule page of this project (docs/rules/*.md)', () => {
    const dir = join(ROOT, 'docs', 'rules');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.md'));
    assert.ok(pages.length > 20);
    for (const p of pages) {
      const r = lint(readFileSync(join(dir, p), 'utf8'));
      assert.deepEqual([r.kind, r.findings.length], [null, 0], p);
    }
  });
  test('an organisation named 机构编制 is no 编制 explainer', () => {
    assert.equal(detect('中共某某县委机构编制委员会办公室2023年政府信息公开工作年度报告\n' + GOV_BODY).kind, 'gov-info-2021');
  });
  for (const tail of [' 发布时间：2024-01-20', ' 2024-01-20', '（全文）', ' - 某某市人民政府门户网站', '.pdf']) {
    test(`a title line ending in “${tail}” is still the report's title`, () => {
      assert.equal(detect('某某局2023年政府信息公开工作年度报告' + tail + '\n' + GOV_BODY).kind, 'gov-info-2021');
    });
  }
  test('a chrome word above a title with its year first is not the issuer', () => {
    const d = detect('政务公开\n2023年某某局政府信息公开工作年度报告\n' + GOV_BODY);
    assert.deepEqual([d.kind, d.year, d.title?.source], ['gov-info-2021', 2023, 'line']);
  });
});

describe('the year, from each source in order of trust', () => {
  const noTitle = GOV_BODY.replace('本机关认真贯彻落实', '本机关在上级领导下认真贯彻落实');
  test('title beats everything', () => {
    const d = detect('某某局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n' + GOV_BODY);
    assert.deepEqual([d.year, d.source], [2023, 'title']);
    assert.match(d.reason, /据标题/);
  });
  test('statistical period beats the body', () => {
    const d = detect('本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n' + noTitle.replace('本机关', '2018年，本机关'));
    assert.deepEqual([d.kind, d.year, d.source], ['gov-info-2019', 2019, 'period']);
    assert.match(d.reason, /统计期限/);
  });
  test('statistical period in Traditional script', () => {
    const d = detect('本報告中所列數據的統計期限自2017年1月1日起至2017年12月31日止。\n' + noTitle);
    assert.deepEqual([d.kind, d.year, d.source], ['gov-info-2008', 2017, 'period']);
  });
  test('statistical period with converter pinyin inside the words', () => {
    const d = detect('本報(bào)告中所列數(shù)據(jù)的統(tǒng)計期限自2012年1月1日起至2012年12月31日止。\n' + noTitle);
    assert.deepEqual([d.year, d.source], [2012, 'period']);
  });
  for (const [opening, year] of [['2015年度，本局共主动公开政府信息28条。', 2015], ['2022年，我局坚持以人民为中心。', 2022], ['（一）2020年，本机关主动公开信息。', 2020]] as const) {
    test(`body: ${opening}`, () => {
      const d = detect(noTitle.replace('本机关在上级领导下认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。', opening));
      assert.deepEqual([d.year, d.source], [year, 'body']);
      assert.match(d.reason, /正文年份/);
    });
  }
  test('body: a plan for next year does not count', () => {
    const d = detect(noTitle.replace('无。', '2024年，我局将继续推进政务公开。'));
    assert.deepEqual([d.year, d.source], [null, null]);
  });
  for (const [sign, year] of [['2024年1月20日', 2023], ['（2021年3月31日）', 2020], ['二〇二四年一月', 2023], ['2013年3月', 2012]] as const) {
    test(`signing date ${sign} → ${year}`, () => {
      const d = detect(noTitle + '\n某某局\n' + sign + '\n');
      assert.deepEqual([d.year, d.source], [year, 'date']);
      assert.match(d.reason, /落款或封面日期/);
    });
  }
  test('a date late in the year says nothing about the report year', () => {
    const d = detect(noTitle + '\n某某局\n2023年9月20日\n');
    assert.equal(d.year, null);
  });
  test('the page\'s 成文日期 field, last', () => {
    const d = detect('索引号:0052/2016-00001 | 主题分类:政府信息公开年报\n发布机构:某某局 | 成文日期:2016-03-31 | 发布日期:2016-04-08\n' + noTitle);
    assert.deepEqual([d.kind, d.year, d.source], ['gov-info-2008', 2015, 'published']);
  });
});

describe('a report whose kind or year cannot be settled: one info finding with a pinning fix', () => {
  const text = '政府信息公开工作年度报告\n' + GOV_BODY;
  test('no year, no distinguishing label', () => {
    const r = lint(text);
    const info = r.findings.filter((f) => f.rule === 'kind-unsettled');
    assert.equal(info.length, 1);
    assert.deepEqual([info[0].severity, info[0].start], ['info', 0]);
    assert.match(info[0].message, /未能确定/);
    assert.ok(info[0].messageEn);
    assert.equal(info[0].fix?.safe, false);
    const fixed = applyFixes(text, [info[0].fix!]).text;
    assert.ok(fixed.endsWith(text), 'the fix only inserts');
    const again = lint(fixed);
    assert.deepEqual([again.kind, again.kindSource], ['gov-info-2021', 'directive']);
    assert.equal(again.findings.filter((f) => f.rule === 'kind-unsettled').length, 0);
  });
  test('with front matter the directive goes after it', () => {
    const fm = '---\nauthor: x\n---\n' + text;
    const f = lint(fm).findings.find((x) => x.rule === 'kind-unsettled')!;
    assert.equal(f.fix!.edits[0].start, '---\nauthor: x\n---\n'.length);
  });
  test('CRLF text gets a CRLF line', () => {
    const f = lint(text.replace(/\n/g, '\r\n')).findings.find((x) => x.rule === 'kind-unsettled')!;
    assert.equal(f.fix!.edits[0].newText, '<!-- govreport-kind: gov-info-2021 -->\r\n');
  });
  test('a 法治政府建设 report without a year', () => {
    const r = lint('某某县法治政府建设年度报告\n一、主要举措和成效\n我县坚持依法行政。\n');
    assert.equal(r.kind, 'rule-of-law');
    assert.equal(r.findings.filter((f) => f.rule === 'kind-unsettled').length, 1);
  });
  test('title and headings lost, only the statutory tables left: kind null, one info finding', () => {
    const tables = '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n规范性文件\t1\t0\t3\n行政事业性收费\t本年收费金额\n';
    const r = lint('基本情况\n本机关坚持公开。\n' + tables);
    assert.equal(r.kind, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.severity]), [['kind-unsettled', 'info']]);
  });
  test('a settled report gets no such finding; nor a pinned or configured one', () => {
    assert.equal(lint('某某局2023年政府信息公开工作年度报告\n' + GOV_BODY).findings.filter((f) => f.rule === 'kind-unsettled').length, 0);
    assert.equal(lint('<!-- govreport-kind: gov-info-2019 -->\n' + text).findings.filter((f) => f.rule === 'kind-unsettled').length, 0);
    assert.equal(lint(text, { settings: { format: 'gov-info-2019' } }).findings.filter((f) => f.rule === 'kind-unsettled').length, 0);
  });
});

describe('the real corpus layouts (excerpts; see /work/shared/corpus/real/README.md)', () => {
  test('p27 (郑州市中原区审计局 2015): page metadata block, no title, 2008 regulation', () => {
    const text = [
      '索 引 号:005267169/2016-00001 | 主题分类:综合政务/公报公示/政府信息公开年报 | |',
      '发布机构:中原区审计局 | 关 键 词:政务,公报公示 | |',
      '文 号 | 成文日期:2016-03-31 | 发布日期:2016-04-08 |',
      '体 裁 | 生效日期 | 废止日期 |',
      '本年度报告是根据《中华人民共和国政府信息公开条例》和中原区政府信息公开工作要求,由中原区审计局编制。本年报中所列数据的统计期限自2015年1月1日起至2015年12月31日止。',
      '一、主动公开政府信息情况',
      '2015年度,本局共主动公开各类政府信息28条。',
      '二、依申请公开政府信息和不予公开政府信息情况',
      '2015年度,本局未收到依申请公开信息的咨询。',
    ].join('\n');
    const d = detect(text);
    assert.deepEqual([d.kind, d.year, d.source], ['gov-info-2008', 2015, 'period']);
  });
});

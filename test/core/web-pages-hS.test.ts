// Web excerpts of a fifth harvest (issue #12, hS: county, township, street and department reports
// 2022–2025): a title followed by a stray question mark (a character the page's charset lost) is
// still the report's title; part headings whose 一、 the page turned into list numbering
// (1、 总体情况) are there; a breadcrumb written 您现在所在的位置; a page metadata table copied with
// single spaces between its cells, or one cell per line.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';

const rule = (text: string, id: string) => lint(text).findings.filter((f) => f.rule === id).map((f) => [f.severity, text.slice(f.start, f.end)]);

describe('kind and structure (hS)', () => {
  test('a report title followed by a stray “?” is the report, not a page about it', () => {
    const text = [
      '某某镇2023年政府信息公开工作年度报告?',
      '',
      '一、总体情况',
      '2023年，我镇认真实施《中华人民共和国政府信息公开条例》，主动公开信息48条。',
    ].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, 'gov-info-2021', a.detection.reason);
    assert.equal(a.doc.year, 2023);
    // A question about the report stays a page about it.
    const q = analyze(['如何编写政府信息公开工作年度报告?', '', '年度报告应当包括以下内容。'].join('\n'));
    assert.equal(q.kind, null, q.detection.reason);
  });

  test('a metadata table whose rows start 公开目录 / 文件有效期: none of its rows is the title', () => {
    const meta = [
      '索引号 | E00000/2024-03778 | 发布机构 | 某某县政府办 | |',
      '---|---|---|---|---|',
      '公开目录 | 政府信息公开年报 | 发布日期 | ||',
      '文号 | 无 | 公开方式 | 主动公开 | |',
      '标题 | 某某县2023年政府信息公开工作年度报告 | |||',
      '文件有效期 | 有效 |',
    ];
    const text = [...meta, '本报告依据《中华人民共和国政府信息公开条例》编制。', '一、 总体情况', '2023年，我县主动公开政府信息9826条。'].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, 'gov-info-2021', a.detection.reason);
    assert.equal(a.doc.title?.norm, '某某县2023年政府信息公开工作年度报告');
    assert.deepEqual(rule(text, 'artifact-web').map(([, t]) => t), meta);
  });

  test('part 一 headed “1、 总体情况” (list numbering) is not missing; parts after the cut still are', () => {
    const text = [
      '某某街道办事处2023年政府信息公开工作年度报告',
      '',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。',
      '',
      '1、 总体情况',
      '',
      '2023年度，某某街道严格落实《条例》要求。',
      '',
      '1、 主动公开。全年共发布各类信息四十余条。',
      '',
      '2、 依申请公开。2023年度未收到政府信息公开申请。',
    ].join('\n');
    const missing = rule(text, 'section-missing').map(([, s]) => s);
    const msgs = lint(text).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);
    assert.equal(missing.length, 5, msgs.join('\n'));
    assert.ok(!msgs.some((m) => m.includes('第一部分')), msgs.join('\n'));
    // Only part 1's number finds it: “2、 总体情况” is not part 一.
    const wrong = text.replace('1、 总体情况', '2、 总体情况');
    assert.ok(lint(wrong).findings.some((f) => f.rule === 'section-missing' && f.message.includes('第一部分')));
  });
});

describe('artifact-web (hS)', () => {
  const BODY = ['某某乡人民政府2024年政府信息公开工作年度报告', '', '一、总体情况', '2024年，我乡主动公开政府信息731条。'];

  test('a breadcrumb written 您现在所在的位置 is chrome', () => {
    const text = ['您现在所在的位置: 网站首页 > 政府信息公开 > 某某乡 > 政府信息公开年报', ...BODY].join('\n');
    assert.deepEqual(rule(text, 'artifact-web'), [['warning', '您现在所在的位置: 网站首页 > 政府信息公开 > 某某乡 > 政府信息公开年报']]);
  });

  test('a metadata table with single spaces between cells: every line is chrome', () => {
    const meta = [
      '索引号 620702074/2024-00047 发文字号 某某街道2023年度政府信息公开工作年度报告号',
      '关键词 发布机构 政务服务管理局',
      '公开形式 责任部门',
      '生成日期 2024-01-26 15:35:23 是否有效',
    ];
    const text = [...meta, '', ...BODY].join('\n');
    assert.deepEqual(rule(text, 'artifact-web').map(([s, t]) => [s, t]), meta.map((m) => ['warning', m]));
  });

  test('a metadata table one cell per line: labels and their values are chrome, the title below is not', () => {
    const meta = ['索引号', '620700112/2024-00208', '文号', '关键词', '发布机构', '市政务服务中心', '公开形式', '责任部门', '生成日期', '2024-01-31 15:23:36', '是否有效'];
    const text = ['某某县2023年度政府信息公开工作年度报告', ...meta, '', '', '某某县2023年度政府信息公开工作情况的报告', '', ...BODY.slice(2)].join('\n');
    const got = rule(text, 'artifact-web');
    assert.deepEqual(got.map(([, t]) => t), meta);
    assert.ok(got.every(([s]) => s === 'warning'));
  });

  test('a label word alone above prose is not metadata, nor is the prose after it', () => {
    const text = [...BODY, '', '关键词', '乡村振兴、民生保障、财政资金使用等核心领域信息80条。'].join('\n');
    assert.deepEqual(rule(text, 'artifact-web'), []);
  });
});

describe('reports inside the notice that issues them, bulleted metadata, 日期: headers (hS)', () => {
  test('the report title below a 关于印发……年度报告的通知 is the title; the notice alone stays none', () => {
    const notice = [
      '某政办〔2025〕1号',
      '某某区人民政府办公室关于印发某某区',
      '2024年度政府信息公开工作年度报告的通知',
      '各镇人民政府、某某街道办事处,区政府各部门:',
      '经区政府同意,现将《某某区2024年度政府信息公开工作年度报告》印发给你们,并向社会公开发布。',
      '某某区人民政府办公室',
      '2025年1月10日',
    ];
    const text = [...notice,
      '某某区2024年度政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》,由某某区人民政府办公室编制完成本报告。',
      '一、总体情况',
      '2024年,我区主动公开政府信息1171条。',
    ].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, 'gov-info-2021', a.detection.reason);
    assert.equal(a.doc.year, 2024);
    assert.equal(a.doc.title?.norm, '某某区2024年度政府信息公开工作年度报告');
    const alone = analyze(notice.join('\n'));
    assert.equal(alone.kind, null, alone.detection.reason);
  });

  test('metadata lines led by “- ” bullets and a 日期:yyyy-mm-dd page header are chrome', () => {
    const meta = ['- 索 引 号:QZ04101-0105-2025-00006', '- 发布机构:某某区人民政府办公室', '- 公文生成日期:2025-01-10'];
    const text = [...meta, '某某镇2024年政府信息公开工作年度报告', '日期:2025-01-11 来源:某某市人民政府 访问量:', '', '一、总体情况', '2024年,我镇主动公开政府信息59条。'].join('\n');
    const got = rule(text, 'artifact-web');
    assert.deepEqual(got.map(([, t]) => t), [...meta, '日期:2025-01-11 来源:某某市人民政府 访问量:']);
    assert.ok(got.every(([s]) => s === 'warning'), JSON.stringify(got));
    // A report's own date line (年月日) is not page chrome.
    const signed = ['某某镇2024年政府信息公开工作年度报告', '', '一、总体情况', '2024年,我镇主动公开政府信息59条。', '某某镇人民政府', '日期:2025年1月11日'].join('\n');
    assert.deepEqual(rule(signed, 'artifact-web'), []);
  });
});

describe('a side menu of bare channel names above the title (hS)', () => {
  test('four or more bare names, two of them disclosure channels: each line is chrome', () => {
    const menu = ['政 策', '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '依申请公开', '重点领域公开'];
    const text = [...menu.flatMap((m) => [m, '']), '某某市2023年政府信息公开工作年度报告', '', '一、总体情况', '2023年,我市主动公开政府信息4784条。'].join('\n');
    const got = rule(text, 'artifact-web');
    assert.deepEqual(got.map(([, t]) => t), menu);
    assert.ok(got.every(([s]) => s === 'warning'));
  });

  test('silent: an issuer line and a title over lines, or bare words that are no channels', () => {
    const issuer = ['某某县人民政府办公室', '政府信息公开', '工作年度报告', '', '一、总体情况', '2023年,我办主动公开政府信息120条。'].join('\n');
    assert.deepEqual(rule(issuer, 'artifact-web'), []);
    const words = ['春风化雨', '砥砺前行', '勇毅笃行', '继往开来', '某某镇2023年政府信息公开工作年度报告', '一、总体情况', '2023年,我镇主动公开政府信息59条。'].join('\n');
    assert.deepEqual(rule(words, 'artifact-web'), []);
  });
});
